/**
 * The HAL's Clock over a VirtualClock, for running firmware drivers directly on the host (fast
 * driver tests and bench figures) on the same virtual time as the device models.
 */
import type { Clock } from "../interfaces/clock";
import type { VirtualClock } from "./clock";

export function virtualClockPort(clock: VirtualClock): Clock {
  const events = new Map<number, ReturnType<VirtualClock["schedule"]>>();
  let nextId = 1;
  return {
    now: () => clock.nowMs,
    setTimeout(callback, ms) {
      const id = nextId++;
      events.set(id, clock.schedule(ms, () => callback()));
      return id;
    },
    setInterval(callback, ms) {
      const id = nextId++;
      const tick = () => {
        events.set(id, clock.schedule(ms, tick));
        callback();
      };
      events.set(id, clock.schedule(ms, tick));
      return id;
    },
    clear(id) {
      clock.cancel(events.get(id));
      events.delete(id);
    },
  };
}
