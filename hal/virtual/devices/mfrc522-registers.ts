/**
 * MFRC522 register map and reset values (NXP MFRC522 product data sheet rev. 3.9, §9.2–9.3), and
 * the digital self-test's expected FIFO contents per version (§16.1.1).
 */
export const REG = {
  Command: 0x01,
  ComIEn: 0x02,
  DivIEn: 0x03,
  ComIrq: 0x04,
  DivIrq: 0x05,
  Error: 0x06,
  Status1: 0x07,
  Status2: 0x08,
  FIFOData: 0x09,
  FIFOLevel: 0x0a,
  WaterLevel: 0x0b,
  Control: 0x0c,
  BitFraming: 0x0d,
  Coll: 0x0e,
  Mode: 0x11,
  TxMode: 0x12,
  RxMode: 0x13,
  TxControl: 0x14,
  TxASK: 0x15,
  TxSel: 0x16,
  RxSel: 0x17,
  RxThreshold: 0x18,
  Demod: 0x19,
  MfTx: 0x1c,
  MfRx: 0x1d,
  SerialSpeed: 0x1f,
  CRCResultH: 0x21,
  CRCResultL: 0x22,
  ModWidth: 0x24,
  RFCfg: 0x26,
  GsN: 0x27,
  CWGsP: 0x28,
  ModGsP: 0x29,
  TMode: 0x2a,
  TPrescaler: 0x2b,
  TReloadH: 0x2c,
  TReloadL: 0x2d,
  TCounterH: 0x2e,
  TCounterL: 0x2f,
  TestPinEn: 0x33,
  AutoTest: 0x36,
  Version: 0x37,
} as const;

/** Register values after power-on or SoftReset (VersionReg is the model's own). */
export const MFRC522_RESET_VALUES: Uint8Array = (() => {
  const values = new Uint8Array(64);
  const set: Array<[number, number]> = [
    [REG.Command, 0x20],
    [REG.ComIEn, 0x80],
    [REG.ComIrq, 0x14],
    [REG.Status1, 0x21],
    [REG.WaterLevel, 0x08],
    [REG.Control, 0x10],
    [REG.Coll, 0x80],
    [REG.Mode, 0x3f],
    [REG.TxControl, 0x80],
    [REG.TxSel, 0x10],
    [REG.RxSel, 0x84],
    [REG.RxThreshold, 0x84],
    [REG.Demod, 0x4d],
    [REG.MfTx, 0x62],
    [REG.SerialSpeed, 0xeb],
    [REG.CRCResultH, 0xff],
    [REG.CRCResultL, 0xff],
    [REG.ModWidth, 0x26],
    [REG.RFCfg, 0x48],
    [REG.GsN, 0x88],
    [REG.CWGsP, 0x20],
    [REG.ModGsP, 0x20],
    [REG.TestPinEn, 0x80],
    [REG.AutoTest, 0x40],
  ];
  for (const [reg, value] of set) values[reg] = value;
  return values;
})();

function hexBytes(hex: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hex.length; i += 2) out.push(parseInt(hex.substring(i, i + 2), 16));
  return out;
}

/**
 * FIFO contents after the digital self-test, datasheet §16.1.1, for version 1.0 (0x91) and
 * 2.0 (0x92). The firmware keeps its own copy (hal/drivers/mfrc522-chip.ts); both were taken from
 * the data sheet's table, so a test comparing them checks the transcription twice.
 */
export const SELF_TEST_REFERENCE: Record<number, number[]> = {
  0x91: hexBytes(
    "00C637D532B7575CC2D87C4DD970C77310E6D2AA5EA13E5A14AF3061C970DB2E642272B5BD65F4EC22BCD37235CDAA411FA7F35314DE7E02D90FB55E251D2979",
  ),
  0x92: hexBytes(
    "00EB66BA57BF2395D0E30D3D27895CDE9D3BA700215B8982513AEB020CA500497C844DB3CCD21B815D4876D5716121A986968338CF9D5B6DDC15BA3E7D953B2F",
  ),
};
