import { expect } from "chai";
import fc from "fast-check";
import { equalConstantTime } from "../../hal/crypto/constant-time";

/** A byte array that counts how many of its elements were read. */
function counted(bytes: Uint8Array): { view: Uint8Array; reads: () => number } {
  let reads = 0;
  const view = new Proxy(bytes, {
    get(target, property) {
      if (typeof property === "string" && /^\d+$/.test(property)) reads++;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { view, reads: () => reads };
}

describe("constant-time comparison", () => {
  it("says equal exactly when the bytes are equal", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.nat(31), fc.integer({ min: 1, max: 255 }), (a, at, flip) => {
        const b = a.slice();
        expect(equalConstantTime(a, b)).to.equal(true);
        b[at] ^= flip;
        expect(equalConstantTime(a, b)).to.equal(false);
      }),
    );
  });

  it("reads every byte even when the first byte already differs", () => {
    const a = counted(new Uint8Array(32).fill(1));
    const b = counted(new Uint8Array(32).fill(2));
    expect(equalConstantTime(a.view, b.view)).to.equal(false);
    expect(a.reads()).to.equal(32);
    expect(b.reads()).to.equal(32);
  });

  it("says unequal for different lengths", () => {
    expect(equalConstantTime(new Uint8Array(31), new Uint8Array(32))).to.equal(false);
  });
});
