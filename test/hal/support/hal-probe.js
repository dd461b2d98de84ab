// Bundle entry for HAL tests on the virtual board: exposes the Espruino HAL to evaluate().
// Plain JS so the host type-check (which has no Espruino globals) never follows it into hal/espruino.
import board from "@board";
import { createEspruinoHal } from "../../../hal/espruino/create-hal";

global.hal = createEspruinoHal(board);
