/**
 * Random sites (locker classes, users) and step sequences for the property tests, with the
 * same data handed to the firmware (AccessConfig, UserRecord) and to the reference model.
 */
import fc from "fast-check";
import type { AccessConfig, Factors, LockerClass } from "../../../src/access/access-config";
import { defaultAccessConfig } from "../../../src/access/access-config";
import type { ModelClass, ModelSite, ModelStep, ModelUser } from "../reference-model";
import { user, type FakeUser } from "./fakes";

const ROLE_NAMES = ["sro", "administrator", "maintenance"] as const;
const TRUST_NAMES = ["unknown", "rtc", "trusted"] as const;

const factorPair = fc.constantFrom([true, false], [false, true], [true, true]);

export const modelClass: fc.Arbitrary<ModelClass> = fc.record({
  factors: factorPair,
  stale: factorPair,
  twoPerson: fc.constantFrom(false, false, true),
  weapon: fc.boolean(),
  roles: fc.oneof(fc.constant<string[]>([...ROLE_NAMES]), fc.subarray<string>([...ROLE_NAMES], { minLength: 1 })),
  minTrust: fc.constantFrom(0, 0, 1, 2),
  failClosed: fc.boolean(),
}).map((c) => ({
  needCard: c.factors[0], needPin: c.factors[1], staleNeedCard: c.stale[0], staleNeedPin: c.stale[1],
  twoPerson: c.twoPerson, weapon: c.weapon, roles: c.roles, minTrust: c.minTrust, failClosed: c.failClosed,
}));

export const START_MS = Date.UTC(2025, 2, 5, 7, 0, 0);

export function modelUsers(count: number): fc.Arbitrary<ModelUser[]> {
  const one = (id: number) =>
    fc.record({
      role: fc.constantFrom(...ROLE_NAMES),
      lockers: fc.oneof(fc.constantFrom(1, 2, 4, 8), fc.integer({ min: 0, max: 15 })),
      flags: fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 19 })).map(([f, s]) => f | (s === 0 ? 16 : 0)),
      schedule: fc.oneof(
        { weight: 2, arbitrary: fc.constant<ModelUser["schedule"]>([]) },
        fc.array(fc.record({ days: fc.integer({ min: 0, max: 127 }), startMinute: fc.integer({ min: 0, max: 720 }), endMinute: fc.integer({ min: 721, max: 1440 }) }), { minLength: 1, maxLength: 2 }),
      ),
      validFrom: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: START_MS / 1000 - 3600, max: START_MS / 1000 + 7200 })),
      validUntil: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: START_MS / 1000, max: START_MS / 1000 + 86400 })),
    }).map((u): ModelUser => ({ ...u, schedule: [...u.schedule], id, card: `${id}${id}${id}${id}5678`, pin: `${id}00${id}`, duressPin: `${id}00${id}9` }));
  return fc.tuple(...Array.from({ length: count }, (_, i) => one(i + 1)));
}

export const modelSite = fc.record({
  lockers: fc.integer({ min: 1, max: 4 }),
  classes: fc.array(modelClass, { minLength: 4, maxLength: 4 }),
  utcOffsetMinutes: fc.constantFrom(-300, 0, 60, 330),
  windowMs: fc.constantFrom(30000, 60000),
  sessionMs: fc.constant(20000),
  leaseSeconds: fc.constantFrom(0, 0, 3600, 86400),
  hasRtc: fc.boolean(),
  delayAfter: fc.constant(5),
  disableAfter: fc.constant(10),
  baseDelayMs: fc.constantFrom(1000, 30000),
});

/** Steps, plus whole attempts (locker number, card, PIN in some order) so that openings are common. */
export function stepsArbitrary(site: ModelSite, users: ModelUser[]): fc.Arbitrary<ModelStep[]> {
  const proof = (u: ModelUser, pinFirst: boolean, card: boolean, pin: boolean): ModelStep[] => {
    const c: ModelStep = { kind: "card", hex: u.card, reader: 0 };
    const p: ModelStep = { kind: "entry", digits: u.pin };
    return (pinFirst ? [p, c] : [c, p]).filter((step) => (step === c && card) || (step === p && pin) || (!card && !pin));
  };
  const attempt = fc
    .record({ u: fc.constantFrom(...users), pick: fc.integer({ min: 0, max: 7 }), pinFirst: fc.boolean(), card: fc.boolean(), pin: fc.boolean() })
    .map(({ u, pick, pinFirst, card, pin }) => {
      const out: ModelStep[] = [];
      // Mostly one of the user's own lockers (typed), sometimes none typed, sometimes any.
      const own = [1, 2, 3, 4].filter((n) => n <= site.lockers && (u.lockers & (1 << (n - 1))) !== 0);
      const target = pick === 0 || own.length === 0 ? 0 : pick === 1 ? 1 + (pick % site.lockers) : own[pick % own.length];
      if (target > 0) out.push({ kind: "entry", digits: String(target) });
      return out.concat(proof(u, pinFirst, card, pin));
    });
  // 906 (self-test) with some proof, then the keys a technician (or a passer-by) presses.
  const selfTestAttempt = fc
    .record({ u: fc.constantFrom(...users), pinFirst: fc.boolean(), card: fc.boolean(), pin: fc.boolean(), keys: fc.array(selfTestKey, { maxLength: 5 }) })
    .map(({ u, pinFirst, card, pin, keys }) =>
      ([{ kind: "entry", digits: "906" }] as ModelStep[]).concat(proof(u, pinFirst, card, pin), keys.map((key): ModelStep => ({ kind: "key", key }))),
    );
  const chunk = fc.oneof(
    { weight: 3, arbitrary: attempt },
    { weight: 1, arbitrary: selfTestAttempt },
    { weight: 4, arbitrary: stepArbitrary(site, users).map((s) => [s]) },
  );
  return fc.array(chunk, { minLength: 1, maxLength: 40, size: "max" }).map((chunks) => ([] as ModelStep[]).concat(...chunks));
}

const selfTestKey = fc.constantFrom<"#" | "*" | "0">("#", "#", "#", "*", "0");

export function stepArbitrary(site: ModelSite, users: ModelUser[]): fc.Arbitrary<ModelStep> {
  const someone = fc.constantFrom(...users);
  return fc.oneof(
    { weight: 6, arbitrary: someone.map((u): ModelStep => ({ kind: "entry", digits: u.pin })) },
    { weight: 4, arbitrary: someone.map((u): ModelStep => ({ kind: "card", hex: u.card, reader: 0 })) },
    { weight: 1, arbitrary: someone.map((u): ModelStep => ({ kind: "entry", digits: u.duressPin })) },
    { weight: 2, arbitrary: someone.map((u): ModelStep => ({ kind: "entry", digits: u.card })) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: site.lockers + 1 }).map((n): ModelStep => ({ kind: "entry", digits: String(n) })) },
    { weight: 2, arbitrary: fc.stringMatching(/^[0-9]{0,8}$/).filter((d) => !/^90[1-5]$/.test(d)).map((digits): ModelStep => ({ kind: "entry", digits })) },
    { weight: 1, arbitrary: fc.constantFrom("deadbeef", "00000000").map((hex): ModelStep => ({ kind: "card", hex, reader: 1 })) },
    { weight: 4, arbitrary: fc.constantFrom(100, 5000, 21000, 61000, 600000, 3600000, 86400000).map((ms): ModelStep => ({ kind: "wait", ms })) },
    { weight: 1, arbitrary: fc.constantFrom("lockdown", "clear-lockdown", "open-all", "clear-open-all").map((name): ModelStep => ({ kind: "command", name: name as "lockdown" })) },
    { weight: 1, arbitrary: fc.boolean().map((active): ModelStep => ({ kind: "input", active })) },
    { weight: 1, arbitrary: fc.record({ locker: fc.integer({ min: 1, max: site.lockers }), open: fc.boolean() }).map((d): ModelStep => ({ kind: "door", ...d })) },
    { weight: 1, arbitrary: fc.constant<ModelStep>({ kind: "reboot" }) },
    { weight: 2, arbitrary: fc.constant<ModelStep>({ kind: "clock-set" }) },
    { weight: 1, arbitrary: fc.constant<ModelStep>({ kind: "sync" }) },
    { weight: 2, arbitrary: selfTestKey.map((key): ModelStep => ({ kind: "key", key })) },
  );
}

function factors(card: boolean, pin: boolean): Factors {
  return card && pin ? "card+pin" : card ? "card" : "pin";
}

export function toConfig(site: ModelSite): Partial<AccessConfig> {
  const classes: LockerClass[] = site.classes.map((c, i) => ({
    name: "c" + i,
    factors: factors(c.needCard, c.needPin),
    staleFactors: factors(c.staleNeedCard, c.staleNeedPin),
    twoPerson: c.twoPerson,
    weapon: c.weapon,
    roles: c.roles.reduce((bits, r) => bits | (1 << ROLE_NAMES.indexOf(r as "sro")), 0),
    minClockTrust: TRUST_NAMES[c.minTrust],
    untrustedClock: c.failClosed ? "deny" : "skip",
  }));
  return {
    ...defaultAccessConfig(),
    classes,
    lockerClass: [0, 1, 2, 3],
    utcOffsetMinutes: site.utcOffsetMinutes,
    dst: "none",
    twoPersonWindowMs: site.windowMs,
    sessionTimeoutMs: site.sessionMs,
    leaseSeconds: site.leaseSeconds,
    hasRtc: site.hasRtc,
    throttleDelayAfter: site.delayAfter,
    throttleDisableAfter: site.disableAfter,
    throttleBaseDelayMs: site.baseDelayMs,
  };
}

export function toFakeUsers(users: ModelUser[]): FakeUser[] {
  return users.map((u) =>
    user(u.id, { role: u.role, lockers: u.lockers, flags: u.flags, schedule: u.schedule, validFrom: u.validFrom, validUntil: u.validUntil, cards: [u.card], pin: u.pin, duressPin: u.duressPin }),
  );
}

/** One replayable seed per run: ACCESS_SEED=<n> to replay, printed when a property fails. */
export function seedFromEnv(): number {
  const fromEnv = process.env.ACCESS_SEED;
  return fromEnv !== undefined ? Number(fromEnv) : (Date.now() ^ (process.pid << 8)) | 0;
}
