import { expect } from "chai";
import { createFlashModule } from "../../hal/virtual/flash/flash-module";
import { picoFlash, STM32_FLASH } from "./fixtures";

const AREA = STM32_FLASH + 384 * 1024;

function flashModule() {
  const flash = picoFlash();
  return { flash, module: createFlashModule(flash, [{ addr: AREA, length: 128 * 1024 }]) };
}

describe("require('Flash') write/read/erasePage", () => {
  it("write only clears bits; erasePage sets the whole page back to 0xFF", () => {
    const { module } = flashModule();
    module.write([0xf0, 0x0f, 0xff, 0xff], AREA);
    module.write([0x3c, 0xff, 0x00, 0xff], AREA);
    expect([...module.read(4, AREA)!]).to.deep.equal([0x30, 0x0f, 0x00, 0xff]);
    module.erasePage(AREA + 1000);
    expect([...module.read(4, AREA)!]).to.deep.equal([0xff, 0xff, 0xff, 0xff]);
  });

  it("accepts any address and length: ragged words are read, patched and programmed whole", () => {
    const { flash, module } = flashModule();
    module.write("abc", AREA + 1);
    module.write(new Uint8Array([0x31, 0x32, 0x33, 0x34, 0x35]), AREA + 6);
    expect(String.fromCharCode(...module.read(12, AREA)!)).to.equal("\xffabc\xff\xff12345\xff");
    expect(flash.counters.programs).to.equal(3); // word 0; word 4 ("12"); word 8 ("345")
  });

  it("read of length <= 0 is undefined; erasePage needs an integer; write needs data", () => {
    const { module } = flashModule();
    expect(module.read(0, AREA)).to.equal(undefined);
    expect(() => module.erasePage("0x8060000")).to.throw("Address should be an integer, got String");
    expect(() => module.write(undefined, AREA)).to.throw("Data is not defined");
  });
});
