import { expect } from "chai";
import { AccessController } from "../../src/access/controller";
import { defaultAccessConfig } from "../../src/access/access-config";
import { readerThrottleKey, userThrottleKey } from "../../src/access/throttle";
import type { DurableState } from "../../src/persist/durable-state";
import { createMemoryState, type MemoryDurableState } from "../../src/persist/memory-state";
import { cardRead, FakeBank, FakeClock, FakeCredentials, rig, user, WEDNESDAY_10_UTC } from "./support/fakes";

/**
 * The silent alarm summons help for an officer forced to open a locker. A watchdog reset or a
 * power blip turns every output off, so the alarm is latched in DurableState before it is
 * driven and driven again at boot, until someone silences it on purpose.
 */
describe("access: the duress alarm stays on through reboots until it is silenced", () => {
  const alice = user(1, { cards: ["a1a1a1a1"], pin: "1111", duressPin: "1112" });

  it("is driven again at every boot after a duress PIN, and not after the silence command", () => {
    const r = rig({ users: [alice] });
    r.access.card(cardRead("a1a1a1a1"));
    r.access.keypadEntry("1112");
    expect(r.alarm).to.deep.equal([true]);
    for (let boot = 1; boot <= 2; boot++) {
      const before = r.alarm.length;
      r.reboot();
      expect(r.alarm.slice(before), `boot ${boot}`).to.deep.equal([true]);
    }
    expect(r.access.command("silence-alarm", "hub")).to.equal("ok");
    expect(r.alarm[r.alarm.length - 1]).to.equal(false);
    const before = r.alarm.length;
    r.reboot();
    expect(r.alarm.slice(before), "after silencing, a reboot leaves the output off").to.deep.equal([]);
  });

  /** A controller on `state`; its alarm output calls `onAlarm`. */
  function controller(state: DurableState, onAlarm: (active: boolean) => void): AccessController {
    return new AccessController({
      config: { ...defaultAccessConfig(), lockerClass: [] },
      bank: new FakeBank(8),
      credentials: new FakeCredentials([alice]),
      state,
      clock: new FakeClock(WEDNESDAY_10_UTC),
      events: { emit: () => {} },
      silentAlarm: { setActive: onAlarm },
    });
  }

  it("is durable before the output is driven: a reset at that instant still brings it back", () => {
    const state = createMemoryState();
    let atDrive: MemoryDurableState | undefined;
    const access = controller(state, (active) => {
      if (active) atDrive = state.reboot();
    });
    access.card(cardRead("a1a1a1a1"));
    access.keypadEntry("1112");
    expect(atDrive, "the alarm was driven").to.not.equal(undefined);
    const afterReset: boolean[] = [];
    controller(atDrive!, (active) => afterReset.push(active));
    expect(afterReset).to.deep.equal([true]);
  });

  it("still sounds when its flag cannot be written (flash refusing)", () => {
    const inner = createMemoryState();
    const throttleKeys = [userThrottleKey(1), readerThrottleKey(0), readerThrottleKey(-1)];
    const refusing: DurableState = {
      get: (key) => inner.get(key),
      entries: () => inner.entries(),
      describe: () => inner.describe(),
      set: (key, value) => {
        if (!throttleKeys.includes(key)) throw new Error("flash refused");
        inner.set(key, value);
      },
    };
    const alarm: boolean[] = [];
    const access = controller(refusing, (active) => alarm.push(active));
    access.card(cardRead("a1a1a1a1"));
    access.keypadEntry("1112");
    expect(alarm).to.deep.equal([true]);
  });
});
