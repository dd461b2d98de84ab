import { expect } from "chai";
import { VirtualBoard } from "../../hal/virtual/virtual-board";
import { bundle, newIdentity, USERS } from "./support/fixture";
import { bootCredentialsBoard } from "./support/virtual-board";

/**
 * The firmware's credential module running inside the virtual board, on hal.flash and the
 * board's A/B partitions: the bundle arrives in the Storage inbox, the board loads it, power is
 * cut at each flash operation of the update, and the board boots again with one whole table.
 */
describe("A/B credential update on the virtual board", () => {
  const identity = newIdentity("vbank-1");
  // 60 users: a 4 KB table, so the update programs several chunks.
  const users = (v: number) => [
    ...USERS,
    ...Array.from({ length: 56 }, (_, i) => ({ id: 10_000 + i, role: "sro" as const, lockers: [2], cards: [(0x70000000 + v * 1000 + i).toString(16)], pin: String(v * 100_000 + 1000 + i) })),
  ];
  const v1 = bundle(identity, 1, users(1));
  const v2 = bundle(identity, 2, users(2));

  function versionAfterBoot(device: VirtualBoard): number {
    return device.evaluate("credentials.store.version()") as number;
  }

  function cardOf(v: number): string {
    return `credentials.store.lookupCard(new Uint8Array([${[...Buffer.from((0x70000000 + v * 1000 + 5).toString(16), "hex")].join(",")}]))`;
  }

  it("loads a bundle from the Storage inbox, reports it, and keeps it across a reboot", async () => {
    const device = await bootCredentialsBoard(identity);
    device.storage.write("cred-inbox", v1);
    expect(device.evaluate("JSON.stringify(loadInbox())")).to.equal(JSON.stringify({ accepted: true, version: 1, reason: "installed" }));
    expect(device.evaluate("events[0].type")).to.equal("credentials-loaded");
    expect(device.evaluate("hal.store.read('cred-inbox')")).to.equal(undefined);
    device.reboot();
    expect(versionAfterBoot(device)).to.equal(1);
    expect(device.evaluate(`${cardOf(1)}.id`)).to.equal(10_005);
  });

  it("after a cut at any flash operation of the update, boots with exactly version 1 or version 2", async () => {
    const device = await bootCredentialsBoard(identity);
    device.storage.write("cred-inbox", v1);
    device.evaluate("loadInbox()");

    device.storage.write("cred-inbox", v2);
    const withInbox = device.flash.snapshot();
    device.flash.resetCounters();
    device.evaluate("loadInbox()");
    const ops = device.flash.counters.programs + device.flash.counters.erases;
    expect(ops).to.be.greaterThan(15);

    const seen = new Set<number>();
    for (let k = 0; k < ops; k++) {
      device.flash.restore(withInbox);
      device.reboot();
      device.flash.armPowerCut({ afterOps: k, mode: k % 2 === 0 ? "torn" : "partial-erase", on: "any", seed: k });
      try {
        device.evaluate("loadInbox()");
      } catch (error) {
        expect(String(error)).to.match(/PowerCut|power/i);
      }
      expect(device.flash.powerFailed, `cut ${k}`).to.equal(true);
      device.powerCut();
      device.flash.restorePower();
      device.powerOn();
      const version = versionAfterBoot(device);
      expect([1, 2], `cut ${k}`).to.include(version);
      expect(device.evaluate(`${cardOf(version)}.id`), `cut ${k}`).to.equal(10_005);
      expect(device.evaluate(`${cardOf(3 - version)} === undefined`), `cut ${k}`).to.equal(true);
      seen.add(version);
    }
    expect([...seen].sort()).to.deep.equal([1, 2]);
  });
});
