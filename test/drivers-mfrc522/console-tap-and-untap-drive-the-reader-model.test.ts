import { expect } from "chai";
import { BankConsole } from "../../scripts/sim/bank-console";
import { bankWithBundle, eventsIn, shippedBoards } from "../boot/boot-fixture";

describe("npm start console: tap and untap", () => {
  it("tap <hex> puts a card of that UID length on the reader, untap takes it off", () => {
    const { bank } = bankWithBundle(shippedBoards().find((b) => b.id === "virtual")!);
    bank.device.powerOn();
    const printed: string[] = [];
    const console = new BankConsole({ bank, print: (line) => printed.push(line) });
    console.run("tap 04:11:22:33:44:55:66");
    console.run("wait 500");
    expect(bank.mfrc522!.cards.map((c) => c.uid.length)).to.deep.equal([7]);
    console.run("untap");
    console.run("wait 1000");
    const types = eventsIn(bank.device.output).map((e) => e.type);
    expect(types).to.include.members(["card-read", "card-removed"]);
    expect(bank.mfrc522!.cards).to.deep.equal([]);
  });

  it("refuses a UID that is not 4, 7 or 10 bytes", () => {
    const { bank } = bankWithBundle(shippedBoards().find((b) => b.id === "virtual")!);
    const printed: string[] = [];
    const console = new BankConsole({ bank, print: (line) => printed.push(line) });
    console.run("tap 0411");
    expect(printed.join("\n")).to.match(/error: tap needs a 4, 7 or 10-byte UID/);
    expect(bank.mfrc522!.cards).to.deep.equal([]);
  });
});
