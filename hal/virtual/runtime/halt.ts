/** Thrown through firmware code to stop it once the board has died (power cut, E.reboot()). */
export class HaltSignal extends Error {
  constructor(reason: string) {
    super(`virtual board halted: ${reason}`);
    this.name = "HaltSignal";
  }
}
