// Bundle entry for driver tests on the virtual board: the Espruino HAL and the lock, indicator and
// contact drivers as globals for evaluate(). Plain JS so the host type-check never follows it
// into hal/espruino.
import board from "@board";
import { createEspruinoHal } from "../../../hal/espruino/create-hal";
import { createLockerBank } from "../../../hal/drivers/locker-bank-pins";
import { IndicatorOutputs } from "../../../hal/drivers/indicators";
import { ContactInput } from "../../../hal/drivers/contact-input";
import { SelfTest } from "../../../src/self-test";

global.hal = createEspruinoHal(board);
global.drivers = { createLockerBank: createLockerBank, IndicatorOutputs: IndicatorOutputs, ContactInput: ContactInput, SelfTest: SelfTest };
global.events = [];
global.record = function (event) {
  events.push(event);
};
