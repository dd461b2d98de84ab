/**
 * The bundle's entry point: the one module that builds the Espruino HAL from the board data
 * compiled into this bundle. Everything else is plain logic.
 */
import board from "@board";
import { createEspruinoHal } from "../hal/espruino/create-hal";
import { formatEventLine } from "./events";
import { startFirmware } from "./firmware";

const hal = createEspruinoHal(board);
startFirmware(hal, { emit: (event) => hal.log.line(formatEventLine(event)) });
