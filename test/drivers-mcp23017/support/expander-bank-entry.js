// Bundle entry for expander tests on the virtual board: the board's locks and doors through
// halWithExpanders, events printed as the firmware prints them. Plain JS so the host type-check
// (which has no Espruino globals) never follows it into hal/espruino.
import board from "@board";
import { createEspruinoHal } from "../../../hal/espruino/create-hal";
import { halWithExpanders } from "../../../hal/drivers/mcp23017-hal";

function emit(type, locker, detail) {
  var event = { t: Math.round(getTime() * 1000), type: type };
  if (locker !== undefined) event.locker = locker;
  if (detail !== undefined) event.detail = detail;
  console.log("EVT " + JSON.stringify(event));
}

var hal = halWithExpanders(createEspruinoHal(board), board.expanders, {
  onFault: function (index, fault) {
    emit("expander-fault", undefined, "expander " + index + " " + fault);
  },
  onRecovered: function (index) {
    emit("expander-recovered", undefined, "expander " + index);
  },
});
var locks = board.lockers.map(function (l) {
  return hal.digitalOutput({ pin: l.lock.pin, activeLow: l.lock.activeLow });
});
board.lockers.forEach(function (l, i) {
  hal.digitalInput({
    pin: l.door.pin,
    activeLow: l.door.activeLow,
    pull: l.door.pull,
    debounceMs: l.door.debounceMs,
    onChange: function (open) {
      emit(open ? "door-opened" : "door-closed", i + 1);
    },
  });
});
global.locks = locks;
