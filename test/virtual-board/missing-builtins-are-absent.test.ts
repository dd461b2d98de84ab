import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: built-ins Espruino lacks are absent", () => {
  const missing = [
    "typeof Map", "typeof Set", "typeof WeakMap", "typeof WeakSet", "typeof Symbol", "typeof Proxy", "typeof Reflect",
    "typeof BigInt", "typeof RangeError", "typeof EvalError", "typeof URIError", "typeof queueMicrotask",
    "typeof Array.from", "typeof Array.of", "typeof [].flat", "typeof [].flatMap", "typeof [].lastIndexOf",
    "typeof [].reduceRight", "typeof [].entries", "typeof [].keys", "typeof [].values",
    "typeof Math.imul", "typeof Math.clz32", "typeof Math.trunc", "typeof Math.log2", "typeof Math.log10",
    "typeof Math.hypot", "typeof Math.cbrt", "typeof Math.fround",
    "typeof Number.isInteger", "typeof Number.isNaN", "typeof Number.isFinite", "typeof Number.parseInt",
    "typeof Number.parseFloat", "typeof Number.EPSILON", "typeof Number.MAX_SAFE_INTEGER",
    "typeof Object.freeze", "typeof Object.is",
    "typeof ''.trimStart", "typeof ''.trimEnd", "typeof ''.localeCompare", "typeof ''.search", "typeof ''.normalize",
    "typeof ''.at", "typeof ''.codePointAt",
    "typeof Promise.race", "typeof Promise.allSettled", "typeof Promise.resolve().finally",
    "typeof Uint8Array.from", "typeof Uint8Array.of", "typeof new ArrayBuffer(2).slice", "typeof ArrayBuffer.isView",
  ];
  for (const expression of missing) {
    it(`${expression} is undefined`, () => {
      const board = bootWith("");
      expect(board.evaluate(expression), expression).to.equal("undefined");
    });
  }

  it("keeps what Espruino has", () => {
    const board = bootWith("");
    expect(board.evaluate("[typeof Object.assign, typeof [].includes, typeof ''.padStart, typeof Promise.all, typeof Math.sign, typeof new Uint8Array(2).subarray, typeof DataView, typeof InternalError].join()"))
      .to.equal("function,function,function,function,function,function,function,function");
  });
});
