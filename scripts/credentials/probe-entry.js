// Bundle entry for credential tests on the virtual board: the Espruino HAL plus the firmware's
// credential module, reachable from evaluate(). Plain JS so the host type-check never follows it
// into hal/espruino.
import board from "@board";
import { createEspruinoHal } from "../../hal/espruino/create-hal";
import { loadCredentialInbox, openBoardCredentials } from "../../src/credentials/board-credentials";

global.hal = createEspruinoHal(board);
global.events = [];
global.credentials = openBoardCredentials(hal);
global.loadInbox = function () {
  return loadCredentialInbox(credentials, hal, { emit: function (e) { events.push(e); } });
};
