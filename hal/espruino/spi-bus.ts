import type { SpiBus, SpiBusOptions } from "../interfaces/bus";
import { resolvePin } from "./pins";

function spiNamed(name: string): EspruinoSpi {
  if (name === "SPI1") return SPI1;
  if (name === "SPI2") return SPI2;
  if (name === "SPI3") return SPI3;
  throw new Error("Unknown SPI bus " + name);
}

export function createSpiBus(options: SpiBusOptions): SpiBus {
  const spi = spiNamed(options.bus);
  spi.setup({
    sck: resolvePin(options.sck),
    miso: resolvePin(options.miso),
    mosi: resolvePin(options.mosi),
    baud: options.baud,
    mode: 0,
    order: "msb",
  });
  return {
    transfer(cs: string, bytes: Uint8Array): Uint8Array {
      return spi.send(bytes, resolvePin(cs));
    },
  };
}
