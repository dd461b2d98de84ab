import { expect } from "chai";
import { crcA as driverCrcA } from "../../hal/drivers/mfrc522-frames";
import { crcA } from "../../hal/virtual/devices/iso14443a";
import { Mfrc522Model } from "../../hal/virtual/devices/mfrc522";

describe("CRC_A (ISO 14443-3 Annex B) in the model, the chip model's CalcCRC and the driver", () => {
  it("HLTA 50 00 → 57 CD and the check string 123456789 → 0xBF05", () => {
    expect(crcA([0x50, 0x00])).to.equal(0xcd57);
    expect(crcA(Buffer.from("123456789"))).to.equal(0xbf05);
    expect(driverCrcA([0x50, 0x00])).to.equal(0xcd57);
    expect(driverCrcA(Buffer.from("123456789"))).to.equal(0xbf05);
  });

  it("CalcCRC over the FIFO with ModeReg preset 0x6363 puts the CRC in CRCResultReg", () => {
    const model = new Mfrc522Model();
    model.transfer(Uint8Array.of(0x11 << 1, 0x3d)); // ModeReg: CRC preset 6363h
    model.transfer(Uint8Array.of(0x09 << 1, 0x93, 0x70, 0x88, 0x04, 0x11, 0x22, 0xbf));
    model.transfer(Uint8Array.of(0x01 << 1, 0x03)); // CalcCRC
    const [, high, low] = model.transfer(Uint8Array.of(0x80 | (0x21 << 1), 0x80 | (0x22 << 1), 0));
    expect((high << 8) | low).to.equal(crcA([0x93, 0x70, 0x88, 0x04, 0x11, 0x22, 0xbf]));
    expect(model.register(0x05) & 0x04, "DivIrqReg CRCIRq").to.equal(0x04);
  });
});
