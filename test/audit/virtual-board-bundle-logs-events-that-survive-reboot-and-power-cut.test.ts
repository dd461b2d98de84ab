import { expect } from "chai";
import type { FlashPages } from "../../hal/interfaces/flash";
import { createPortableCrypto } from "../../hal/crypto/portable-crypto";
import { DEVELOPMENT_KEY_FILE } from "../../src/audit/board-audit";
import { openFlashAuditLog } from "../../src/audit/flash-log";
import { decodeRecord, verifyChain } from "../../src/audit/record";
import { EVENT_TYPES } from "../../src/event-types";
import { createMemoryState } from "../../src/persist/memory-state";
import { bankWithBundle, shippedBoards } from "../boot/boot-fixture";

const crypto = createPortableCrypto();
const devKey = new Uint8Array(32).map((_, i) => 0x40 + i);

function exportedRecords(bank: ReturnType<typeof bankWithBundle>["bank"]): Uint8Array[] {
  const nor = bank.device.flash;
  const pages: FlashPages = {
    regions: [],
    read: (a, n) => nor.peek(a, n),
    program: () => {
      throw new Error("read-only");
    },
    erase: () => {
      throw new Error("read-only");
    },
    eraseUnitAt: (a) => nor.eraseUnitAt(a),
  };
  // A host reader with its own RAM state: it only reads (no record is due, no key is a dev key).
  const log = openFlashAuditLog({ flash: pages, partition: bank.device.board.flash.partitions.log, key: devKey, developmentKey: false, crypto, state: createMemoryState() });
  return log.read(0, 1, 100000);
}

describe("audit log in the real bundle on the virtual board", () => {
  it("stores boot and door events with a verifying chain, across a reboot and a power cut mid-write", function () {
    this.timeout(20_000);
    const board = shippedBoards().find((b) => b.id === "virtual")!;
    const { bank } = bankWithBundle(board);
    bank.device.storage.write(DEVELOPMENT_KEY_FILE, devKey);
    bank.device.powerOn();
    bank.device.advance(200);
    bank.door(1).open();
    bank.device.advance(500);
    bank.device.reboot("pin");
    bank.device.advance(200);
    bank.device.flash.armPowerCut({ afterOps: 0, mode: "torn", on: "program", seed: 5 });
    bank.door(1).close();
    bank.device.advance(500);
    expect(bank.device.flash.powerFailed).to.equal(true);
    bank.device.powerCut();
    bank.device.flash.restorePower();
    bank.device.powerOn();
    bank.device.advance(500);
    expect(bank.device.output).to.not.contain("AUDIT audit log unavailable");

    const records = exportedRecords(bank);
    const names = records.map((r) => EVENT_TYPES[r[1]]);
    expect(names.filter((n) => n === "boot")).to.have.length(3);
    expect(names).to.include("door-opened");
    expect(names).to.include("log-development-key");
    expect(names).to.include("log-torn-record");
    expect(verifyChain(records, { crypto, key: devKey })).to.equal(undefined);
    expect(new Set(records.map((r) => decodeRecord(r).epoch)).size).to.equal(3);
  });
});
