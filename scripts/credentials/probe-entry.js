// Bundle entry for credential tests on the virtual board: the Espruino HAL plus the firmware's
// credential module, reachable from evaluate(). Plain JS so the host type-check never follows it
// into hal/espruino.
import board from "@board";
import { createEspruinoHal } from "../../hal/espruino/create-hal";
import { loadCredentialInbox, openBoardCredentials } from "../../src/credentials/board-credentials";
import { openBoardState } from "../../src/persist/board-state";

global.hal = createEspruinoHal(board);
global.events = [];
global.sink = { emit: function (e) { events.push(e); } };
global.state = openBoardState(hal, function () {});
global.credentials = openBoardCredentials(hal, state, sink);
global.loadInbox = function () {
  return loadCredentialInbox(credentials, hal, sink);
};
