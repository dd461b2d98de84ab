import { expect } from "chai";
import { BankConsole } from "../../scripts/sim/bank-console";
import { bankWithBundle, eventsIn, shippedBoards } from "../boot/boot-fixture";

function consoleOnVirtualBank() {
  const { bank } = bankWithBundle(shippedBoards().find((b) => b.id === "virtual")!);
  bank.device.powerOn();
  const printed: string[] = [];
  const console = new BankConsole({ bank, print: (line) => printed.push(line) });
  const seen = () => eventsIn(bank.device.output).map((e) => [e.type, e.reason, e.detail].filter((p) => p !== undefined).join(" "));
  return { bank, console, printed, seen };
}

describe("npm start console: Wiegand cards, Wiegand keys, held keys", () => {
  it("card26, card34 and wiegand-key reach the firmware as a card read and a PIN entry", () => {
    const { console, seen } = consoleOnVirtualBank();
    console.run("card26 12 3456");
    console.run("wait 200");
    console.run("card34 deadbeef");
    console.run("wait 200");
    console.run("wiegand-key 12#");
    console.run("wait 1000");
    console.run("wiegand-key8 9#");
    console.run("wait 1000");
    expect(seen().filter((s) => /^(card|pin)/.test(s))).to.deep.equal([
      "card-read reader 1 bits 26",
      "card-read reader 1 bits 34",
      "pin-entered length 2",
      "pin-entered length 1",
    ]);
  });

  it("hold and release make two keys at once", () => {
    const { console, seen } = consoleOnVirtualBank();
    console.run("hold 1");
    console.run("hold 5");
    console.run("wait 300");
    console.run("release");
    console.run("wait 300");
    expect(seen()).to.include("key-fault two-keys");
  });

  it("refuses a facility code out of range", () => {
    const { console, printed, seen } = consoleOnVirtualBank();
    console.run("card26 300 1");
    console.run("wait 200");
    expect(printed.join("\n")).to.match(/error: the facility code is 0 to 255/);
    expect(seen().filter((s) => s.startsWith("card"))).to.deep.equal([]);
  });
});
