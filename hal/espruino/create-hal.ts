import type { BoardDefinition } from "../board";
import type { Hal } from "../interfaces/hal";
import { createClock } from "./clock";
import { createCrypto } from "./crypto";
import { createDigitalInput } from "./digital-input";
import { createDigitalOutput } from "./digital-output";
import { createFlashPages } from "./flash-pages";
import { createI2cBus } from "./i2c-bus";
import { createNetSockets } from "./net-sockets";
import { createPulseInput } from "./pulse-input";
import { createResetCause } from "./reset-cause";
import { createSerialPort } from "./serial-port";
import { createSpiBus } from "./spi-bus";
import { createStorageStore } from "./storage-store";
import { createLogSink, createSystemInfo } from "./system";
import { createWatchdog } from "./watchdog";

/** Touches no pin: the caller creates the lock outputs first, at their secured level. */
export function createEspruinoHal(board: BoardDefinition): Hal {
  return {
    board: board,
    clock: createClock(),
    flash: createFlashPages(board.flash.free),
    store: createStorageStore(),
    crypto: createCrypto(board.crypto),
    net: (typeof __BOARD_HAS_WIFI__ === "undefined" || __BOARD_HAS_WIFI__) && board.transports.wifi ? createNetSockets() : undefined,
    watchdog: createWatchdog(),
    resetCause: createResetCause(board.espruinoBoard),
    log: createLogSink(),
    system: createSystemInfo(),
    digitalOutput: createDigitalOutput,
    digitalInput: createDigitalInput,
    pulseInput: createPulseInput,
    spiBus: createSpiBus,
    i2cBus: createI2cBus,
    serialPort: createSerialPort,
  };
}
