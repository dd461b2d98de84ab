/**
 * Access core: what one decision costs in credential lookups (each one is a binary search of the
 * flash table: see the Credentials section for flash reads per lookup) and in DurableState writes
 * (throttle counters persisted before the comparison, then reset or taken back after a match),
 * and how many
 * interpreter variables the access core holds on the virtual board.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { loadBoards } from "../build/boards";
import { bundleForEspruino, repoRoot } from "../build";
import { cardRead, rig, user, type Rig } from "../../test/access/support/fakes";
import { USER_FLAGS } from "../../src/credentials/types";

export const title = "Access: credential lookups and DurableState writes per decision, variables held by the access core";

interface Scenario {
  name: string;
  act: (r: Rig) => void;
}

const SCENARIOS: Scenario[] = [
  { name: "card-only locker, granted", act: (r) => (r.access.keypadEntry("2"), r.access.card(cardRead("0a0a0a0a"))) },
  { name: "PIN-only locker, granted", act: (r) => (r.access.keypadEntry("3"), r.access.keypadEntry("1111")) },
  { name: "card + PIN (weapon), granted", act: (r) => (r.access.keypadEntry("1"), r.access.card(cardRead("0a0a0a0a")), r.access.keypadEntry("1111")) },
  { name: "card + wrong PIN, denied", act: (r) => (r.access.keypadEntry("1"), r.access.card(cardRead("0a0a0a0a")), r.access.keypadEntry("9999")) },
  { name: "PIN matching nobody, denied", act: (r) => (r.access.keypadEntry("3"), r.access.keypadEntry("9999")) },
  { name: "unknown card, denied", act: (r) => r.access.card(cardRead("deadbeef")) },
  { name: "two-person, both people", act: (r) => { for (const [c, p] of [["0a0a0a0a", "1111"], ["0b0b0b0b", "2222"]]) { r.access.keypadEntry("4"); r.access.card(cardRead(c)); r.access.keypadEntry(p); } } },
];

function countsTable(): string[] {
  const lines = ["decision                          card lookups  PIN lookups  state writes  released"];
  const flags = USER_FLAGS.twoPersonEligible;
  for (const s of SCENARIOS) {
    const users = [user(1, { lockers: 0b1111, cards: ["0a0a0a0a"], pin: "1111", flags }), user(2, { lockers: 0b1111, cards: ["0b0b0b0b"], pin: "2222", flags })];
    const r = rig({ users, config: { lockerClass: [0, 1, 2, 3] } });
    const writes = r.state.writes();
    s.act(r);
    lines.push(
      `${s.name.padEnd(33)} ${String(r.credentials.cardLookups).padStart(12)} ${String(r.credentials.pinLookups).padStart(12)} ${String(r.state.writes() - writes).padStart(13)}  ${r.bank.releases().join(",") || "-"}`,
    );
  }
  return lines;
}

const PROBE_ENTRY = `
import { AccessController } from "${join(repoRoot, "src/access/controller")}";
import { defaultAccessConfig } from "${join(repoRoot, "src/access/access-config")}";
import { createMemoryState } from "${join(repoRoot, "src/persist/memory-state")}";
const users = [{ id: 1, role: "sro", lockers: 1, schedule: [], validFrom: 0, validUntil: 0, flags: 0 }];
const credentials = {
  version: () => 1, issuedAt: () => 0, userCount: () => 1,
  lookupCard: (uid) => (uid[0] === 10 ? users[0] : undefined),
  lookupPin: (pin) => (pin === "1111" ? { user: users[0], duress: false } : undefined),
  user: (id) => (id === 1 ? users[0] : undefined),
};
const bank = { count: 8, release: () => {}, releaseAll: () => {}, secure: () => {}, secureAll: () => {}, isReleased: () => false, isDoorOpen: () => false };
const clock = { now: () => getTime() * 1000, setTimeout: (f, ms) => setTimeout(f, ms), setInterval: (f, ms) => setInterval(f, ms), clear: (id) => clearTimeout(id) };
global.probeState = createMemoryState();
global.probeStart = () => {
  global.probeAccess = new AccessController({ config: defaultAccessConfig(), bank: bank, credentials: credentials, state: global.probeState, clock: clock, events: { emit: () => {} } });
  global.probeAccess.clockSet();
  global.probeAccess.synced();
};
global.probeDecide = () => {
  global.probeAccess.card({ reader: 0, source: "mfrc522", uid: new Uint8Array([10, 1, 2, 3]), bits: 32, timeMs: 0 });
  global.probeAccess.keypadEntry("1111");
};
`;

async function variablesTable(): Promise<string[]> {
  const board = loadBoards().find((b) => b.id === "virtual")!;
  const dir = mkdtempSync(join(tmpdir(), "access-probe-"));
  const entry = join(dir, "entry.js");
  writeFileSync(entry, PROBE_ENTRY);
  const { code, problems } = await bundleForEspruino({ entry, board });
  if (problems.length > 0) return [`probe bundle refused: ${problems.join("; ")}`];
  const bank = new LockerBank({ board });
  bank.device.installBundle(code);
  bank.device.powerOn();
  bank.device.advance(10);
  const before = bank.device.memory().usage;
  bank.device.evaluate("probeStart()");
  const built = bank.device.memory().usage;
  bank.device.evaluate("probeDecide()");
  bank.device.advance(25000);
  const afterDecisions = bank.device.memory().usage;
  bank.device.dispose();
  return [
    `variables: access controller with its throttle and latches ${built - before} (incl. the fake DurableState); after a card+PIN decision and session timeout ${afterDecisions - before}`,
    "RAM does not grow with users: the controller keeps one session (target, two user records) and one pending two-person entry.",
  ];
}

export async function run(): Promise<string[]> {
  return [...countsTable(), "", ...(await variablesTable())];
}
