import { expect } from "chai";
import { EVENT_TYPES } from "../../src/event-types";
import { createRig, readAll, sampleEvent, SMALL_RING } from "./support/rig";

describe("audit log fill alarms", () => {
  it("writes one alarm record at 80% and one at 95% unacknowledged, again only after falling below", () => {
    const rig = createRig(SMALL_RING);
    const log = rig.open();
    for (let i = 0; i < 120; i++) log.append(sampleEvent(i));
    const alarmCodes = () => readAll(log).map((r) => EVENT_TYPES[r[1]]).filter((name) => name.startsWith("log-fill"));
    expect(alarmCodes()).to.deep.equal(["log-fill-80", "log-fill-95"]);
    expect(log.status().alarms).to.include.members(["fill-80", "fill-95"]);
    log.acknowledge(1, 110);
    expect(log.status().alarms).to.not.include("fill-80");
    for (let i = 0; i < 20; i++) log.append(sampleEvent(i));
    expect(alarmCodes().length).to.equal(2);
  });
});
