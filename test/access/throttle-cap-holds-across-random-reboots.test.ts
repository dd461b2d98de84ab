import { expect } from "chai";
import fc from "fast-check";
import { cardRead, rig, user } from "./support/fakes";
import { seedFromEnv } from "./support/site-arbitraries";
import { READER_FORGIVE_MS } from "../../src/access/access-config";

describe("access: the throttle cap holds across random reboots", () => {
  it("never more than 10 wrong-PIN comparisons per credential without a reset; per keypad, 10 plus one per 10 minutes of uptime (each boot counts alone)", () => {
    const seed = seedFromEnv();
    const alice = user(1, { cards: ["a1a1a1a1"], pin: "1111" });
    const step = fc.oneof(
      fc.constant("card-guess" as const),
      fc.constant("anon-guess" as const),
      fc.constant("reboot" as const),
      fc.constantFrom(500, 30000, 600000, 86400000),
    );
    try {
      fc.assert(
        fc.property(fc.array(step, { minLength: 40, maxLength: 120 }), (steps) => {
          const r = rig({ users: [alice], config: { throttleBaseDelayMs: 1000 } });
          let withCard = 0;
          let anonymous = 0;
          // The keypad is forgiven one failure per READER_FORGIVE_MS of uptime, and a reboot starts
          // that wait again: forgiveness in a boot never exceeds that boot's uptime.
          let forgivableBefore = 0;
          let bootMs = 0;
          const forgivable = () => forgivableBefore + Math.floor(bootMs / READER_FORGIVE_MS);
          for (const s of steps) {
            if (s === "reboot") {
              forgivableBefore = forgivable();
              bootMs = 0;
              r.reboot();
            } else if (typeof s === "number") {
              bootMs += s;
              r.clock.advance(s);
            } else {
              const before = r.credentials.pinLookups;
              const eventsBefore = r.events.length;
              if (s === "card-guess") r.access.card(cardRead("a1a1a1a1"));
              // A refused card ends the session: the PIN after it is then a PIN alone (keypad counter).
              const cardAccepted = r.events.slice(eventsBefore).some((e) => e.type === "access-pending");
              r.access.keypadEntry("9999");
              if (r.credentials.pinLookups > before) cardAccepted ? withCard++ : anonymous++;
            }
            expect(withCard).to.be.at.most(10);
            expect(anonymous).to.be.at.most(10 + forgivable());
          }
          expect(r.bank.releases()).to.deep.equal([]);
        }),
        { seed, numRuns: 200 },
      );
    } catch (error) {
      console.log(`replay with ACCESS_SEED=${seed}`);
      throw error;
    }
  });
});
