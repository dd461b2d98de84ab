import { expect } from "chai";
import { bootWith } from "./board-fixture";

// Espruino keeps an instance's prototype in a "__proto__" child (9 characters: 2 variables); an
// object literal has no such child. Prototype methods are shared, so only the link is per instance.
describe("virtual board: process.memory() counts the prototype link of instances", () => {
  it("an instance made by new costs its __proto__ property on top of what a literal with the same fields costs", () => {
    const board = bootWith("");
    board.evaluate("class Port { constructor(n) { this.n = n; } read() { return this.n; } } var keep = new Port(0); var i = 0;");
    const before = board.memory().usage;
    board.evaluate("var literals = []; for (i = 0; i < 50; i++) literals.push({ n: i });");
    const withLiterals = board.memory().usage;
    board.evaluate("var instances = []; for (i = 0; i < 50; i++) instances.push(new Port(i));");
    const withInstances = board.memory().usage;
    expect(withInstances - withLiterals - (withLiterals - before)).to.equal(50 * 2);
  });

  it("Object.create objects pay the link too; arrays do not", () => {
    const board = bootWith("");
    const before = board.memory().usage;
    board.evaluate("var proto = { a: 1 }; var plain = {};");
    const base = board.memory().usage;
    board.evaluate("var made = Object.create(proto); var list = [];");
    // made: 1 + 2 (__proto__) + its global name; list: 1 + its global name
    expect(board.memory().usage - base).to.equal(3 + 1 + 1 + 1);
    expect(base).to.be.greaterThan(before);
  });
});
