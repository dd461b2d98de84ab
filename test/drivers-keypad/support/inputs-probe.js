// Bundle entry for keypad and Wiegand tests on the virtual board: the firmware's inputs as the
// firmware builds them, with everything they report pushed to `seen` as short strings.
// Plain JS so the host type-check (which has no Espruino globals) never follows it into hal/espruino.
import board from "@board";
import { createEspruinoHal } from "../../../hal/espruino/create-hal";
import { createInputs } from "../../../src/inputs";

function hex(bytes) {
  var text = "";
  for (var i = 0; i < bytes.length; i++) text += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
  return text;
}

global.seen = [];
// Set by a test to act like the self-test waiting for a confirmation.
global.claiming = false;
global.hal = createEspruinoHal(board);
global.inputs = createInputs({
  hal: global.hal,
  claimKey: function (key) {
    if (!global.claiming || "#*0".indexOf(key) < 0) return false;
    global.seen.push("claimed:" + key);
    return true;
  },
  onEntry: function (digits) { global.seen.push("entry:" + digits); },
  onCleared: function (why) { global.seen.push("cleared:" + why); },
  onKey: function (key) { global.seen.push("key:" + key); },
  onCard: function (card) { global.seen.push("card:" + card.reader + ":" + card.bits + ":" + hex(card.uid)); },
  onFault: function (source, reader, fault) { global.seen.push("fault:" + source + ":" + fault); },
});
