import { expect } from "chai";
import { bundle, newIdentity, USERS } from "./support/fixture";
import { bootCredentialsBoard, virtualBoardDefinition } from "./support/virtual-board";

/**
 * The version floor on the board's own state partition: after version 6 (which revoked user
 * 666) its slot is erased; the board boots with no credentials, logs why, and refuses version 5
 * from the inbox.
 */
describe("credential version floor on the virtual board", () => {
  it("boots with no credentials and a rolled-back event, and refuses the older bundle from the inbox", async () => {
    const identity = newIdentity("vbank-floor");
    const v5 = bundle(identity, 5, [...USERS, { id: 666, role: "sro", lockers: [1], cards: ["0dd0dd0d"], pin: "6666" }]);
    const v6 = bundle(identity, 6, USERS);
    const device = await bootCredentialsBoard(identity);
    for (const next of [v5, v6]) {
      device.storage.write("cred-inbox", next);
      expect(device.evaluate("loadInbox().reason")).to.equal("installed");
    }
    const slotB = virtualBoardDefinition().flash.partitions.credentials!.b;
    expect(device.evaluate("credentials.describe()")).to.match(/version 6 in slot B/);
    device.flash.erase(slotB.start);
    device.reboot();

    expect(device.evaluate("credentials.store.version()")).to.equal(0);
    expect(device.evaluate('credentials.store.lookupPin("6666") === undefined')).to.equal(true);
    expect(device.evaluate('credentials.store.lookupPin("4821") === undefined')).to.equal(true);
    expect(device.evaluate("JSON.stringify([events[0].type, events[0].reason])")).to.equal('["credentials-refused","rolled-back"]');

    device.storage.write("cred-inbox", v5);
    expect(device.evaluate("JSON.stringify(loadInbox())")).to.equal(JSON.stringify({ accepted: false, version: 0, reason: "not-newer" }));
    device.reboot();
    expect(device.evaluate("credentials.store.version()")).to.equal(0);
  });
});
