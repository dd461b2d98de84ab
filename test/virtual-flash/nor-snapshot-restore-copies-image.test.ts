import { expect } from "chai";
import { bytes, picoFlash, STM32_FLASH } from "./fixtures";

describe("NorFlash snapshot/restore", () => {
  it("snapshot is a copy that later writes do not change, and restore brings it back", () => {
    const flash = picoFlash();
    flash.program(STM32_FLASH, bytes(1, 2, 3, 4));
    const image = flash.snapshot();
    flash.erase(STM32_FLASH);
    expect(image[0]).to.equal(1);
    flash.restore(image);
    expect([...flash.read(STM32_FLASH, 4)]).to.deep.equal([1, 2, 3, 4]);
  });

  it("refuses an image of another size", () => {
    expect(() => picoFlash().restore(new Uint8Array(10))).to.throw(/has 10 bytes/);
  });
});
