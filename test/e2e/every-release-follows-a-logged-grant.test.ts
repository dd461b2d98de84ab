import { expect } from "chai";
import fc from "fast-check";
import { runOnBank, SAMPLE_USERS, type Step } from "./support/bank-run";
import { releaseViolations } from "./support/release-invariants";

// The real bundle (dist/virtual.js) on the virtual bank with the sample users, driven through the
// npm start console by people who know the PINs, people who do not, doors, the lockdown panel,
// tamper, resets and power cuts. Replay a failure with E2E_SEED=<seed> (and E2E_RUNS to go longer).
// A fixed default seed: the coverage check below (enough releases and grants to mean something)
// held for 7 of 8 random seeds, so a random default made CI fail now and then for no defect.
// Explore other sequences with E2E_SEED.
const seed = process.env.E2E_SEED !== undefined ? Number(process.env.E2E_SEED) : 20261129;
const numRuns = process.env.E2E_RUNS !== undefined ? Number(process.env.E2E_RUNS) : 60;

const cards = SAMPLE_USERS.flatMap((u) => u.cards ?? []);
const pins = SAMPLE_USERS.flatMap((u) => [u.pin, u.duressPin].filter((p): p is string => p !== undefined));
const adminCodes = ["901", "902", "903", "904", "905", "906"];
const lockerCodes = ["1", "2", "3", "4", "5", "8"];

const key = fc.constantFrom(..."0123456789*#");
const typed: fc.Arbitrary<Step> = fc
  .oneof(
    fc.constantFrom(...pins).map((p) => `${p}#`),
    fc.constantFrom(...lockerCodes, ...adminCodes).map((c) => `${c}#`),
    // A running self-test (906) takes "#" as release, "*" as skip and "0" as abort.
    fc.constantFrom("#", "*", "0", "##"),
    fc.array(key, { minLength: 1, maxLength: 8 }).map((keys) => keys.join("")),
  )
  .map((text) => ({ kind: "keys", text }));
const unknownUid = fc.integer({ min: 0, max: 0xffffffff }).map((n) => n.toString(16).padStart(8, "0"));
/** One sample user's whole session: maybe a locker or command first, then card and PIN in either order. */
const session: fc.Arbitrary<Step[]> = fc
  .record({
    user: fc.constantFrom(...SAMPLE_USERS.filter((u) => u.cards?.length && u.pin)),
    target: fc.option(fc.constantFrom(...lockerCodes, "903", "904", "906", "902", "901"), { nil: undefined }),
    pinFirst: fc.boolean(),
    duress: fc.boolean(),
  })
  .map(({ user, target, pinFirst, duress }) => {
    const pin: Step = { kind: "keys", text: `${duress && user.duressPin ? user.duressPin : user.pin}#` };
    const card: Step = { kind: "tap", uid: user.cards![0] };
    return [...(target ? [{ kind: "keys", text: `${target}#` } as Step] : []), ...(pinFirst ? [pin, card] : [card, pin])];
  });
const single: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: typed },
  { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...cards), unknownUid).map((uid): Step => ({ kind: "tap", uid })) },
  { weight: 1, arbitrary: fc.record({ facility: fc.nat(255), number: fc.nat(65535) }).map((c): Step => ({ kind: "card26", ...c })) },
  { weight: 3, arbitrary: fc.record({ locker: fc.integer({ min: 1, max: 8 }), open: fc.boolean() }).map((d): Step => ({ kind: "door", ...d })) },
  { weight: 2, arbitrary: fc.boolean().map((on): Step => ({ kind: "lockdown", on })) },
  { weight: 1, arbitrary: fc.boolean().map((on): Step => ({ kind: "tamper", on })) },
  { weight: 4, arbitrary: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 30000 })).map((ms): Step => ({ kind: "wait", ms })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: "reboot" }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 5000 }).map((offMs): Step => ({ kind: "powercut", offMs })) },
);
const scenario = fc
  .array(fc.oneof({ weight: 3, arbitrary: single.map((s) => [s]) }, { weight: 2, arbitrary: session }), { minLength: 12, maxLength: 25 })
  .map((groups) => groups.flat());

describe("end to end: every lock release on the real bundle follows a logged grant", function () {
  this.timeout(Math.max(60000, numRuns * 3000));

  it("no release without a logged reason, none during a lockdown but an override user's, no card-alone weapon locker, none at boot", () => {
    let runs = 0;
    let releases = 0;
    let grants = 0;
    try {
      fc.assert(
        fc.property(scenario, (steps) => {
          runs++;
          const trace = runOnBank(steps);
          releases += trace.releasesByLocker.flat().length;
          grants += trace.events.filter((e) => e.type === "access-granted").length;
          const problems = releaseViolations(trace);
          expect(problems, `${problems.join("\n")}\nsteps: ${JSON.stringify(steps)}`).to.deep.equal([]);
        }),
        { seed, numRuns },
      );
    } catch (error) {
      console.log(`replay with E2E_SEED=${seed}`);
      throw error;
    }
    // A property that never saw a release would prove nothing.
    expect(runs, "runs").to.equal(numRuns);
    expect(releases, "releases seen").to.be.greaterThan(numRuns);
    expect(grants, "grants seen").to.be.greaterThan(numRuns / 4);
  });
});
