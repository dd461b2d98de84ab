import { expect } from "chai";
import { auditEventSink } from "../../src/audit/board-audit";
import { CANNOT_RECLAIM_ALARM, CANNOT_RECLAIM_EVENT, type FlashAuditLog } from "../../src/audit/flash-log";
import type { FirmwareEvent } from "../../src/events";
import { createRig, readAll, sampleEvent, type Geometry } from "./support/rig";

/** Like the Espruino Pico's log: one erase unit (here 1 KB: a header and 31 records). */
const ONE_UNIT: Geometry = { pageSize: 1024, pages: 1 };

/** Appends until the unit is full, then acknowledges every record in it: a ring would reclaim it now. */
function fillAndAcknowledge(log: FlashAuditLog): number {
  let n = 0;
  while (!log.status().alarms.includes("full") && n < 100) log.append(sampleEvent(n++));
  log.acknowledge(log.status().epoch, log.status().nextSeq - 1);
  return n;
}

describe("audit log in a single erase unit on a board whose state is RAM-only", () => {
  it("never erases its unit, even when every record is acknowledged: it stays full and says why", () => {
    const rig = createRig(ONE_UNIT);
    const log = rig.open({ stateVolatile: true });
    const n = fillAndAcknowledge(log);
    const droppedWhileUnacknowledged = log.status().dropped;
    log.append(sampleEvent(n));
    expect(rig.nor.counters.erases).to.equal(0);
    expect(readAll(log)).to.have.length(31);
    expect(log.status().alarms).to.include.members(["full", CANNOT_RECLAIM_ALARM]);
    expect(log.status().dropped).to.equal(droppedWhileUnacknowledged + 1);
    expect(log.takeNotices()).to.deep.equal([CANNOT_RECLAIM_EVENT]);
    expect(log.takeNotices(), "raised once per boot").to.deep.equal([]);
  });

  it("does erase and go on when the state is persistent (the ceiling and epoch survive a cut there)", () => {
    const rig = createRig(ONE_UNIT);
    const log = rig.open();
    const n = fillAndAcknowledge(log);
    log.append(sampleEvent(n));
    expect(rig.nor.counters.erases).to.equal(1);
    expect(log.status().alarms).to.not.include(CANNOT_RECLAIM_ALARM);
    expect(log.status().alarms).to.not.include("full");
  });

  it("does not erase a unit it cannot authenticate either (it may hold this device's records)", () => {
    const rig = createRig(ONE_UNIT);
    const log = rig.open({ stateVolatile: true });
    for (let i = 0; i < 5; i++) log.append(sampleEvent(i));
    const image = rig.nor.snapshot();
    image[21] ^= 1; // the unit header's MAC
    rig.nor.restore(image);
    const after = rig.open({ stateVolatile: true });
    after.append(sampleEvent(5));
    expect(rig.nor.counters.erases).to.equal(0);
    expect(after.status().alarms).to.include(CANNOT_RECLAIM_ALARM);
  });

  it("starts logging into an erased unit as usual", () => {
    const log = createRig(ONE_UNIT).open({ stateVolatile: true });
    log.append(sampleEvent(0));
    expect(readAll(log)).to.have.length(1);
    expect(log.status().alarms).to.deep.equal([]);
  });

  it("puts the notice on the event stream once, right after the first event the log could not store", () => {
    const rig = createRig(ONE_UNIT);
    const log = rig.open({ stateVolatile: true });
    const seen: FirmwareEvent[] = [];
    const sink = auditEventSink(log, { emit: (e) => seen.push(e) }, () => undefined);
    let i = 0;
    while (!log.status().alarms.includes("full")) sink.emit(sampleEvent(i++));
    log.acknowledge(log.status().epoch, log.status().nextSeq - 1);
    sink.emit(sampleEvent(i++));
    sink.emit(sampleEvent(i));
    const types = seen.map((e) => e.type);
    expect(types.filter((t) => t === CANNOT_RECLAIM_EVENT)).to.have.length(1);
    expect(types.slice(-3)).to.deep.equal([sampleEvent(i - 1).type, CANNOT_RECLAIM_EVENT, sampleEvent(i).type]);
  });
});
