import { expect } from "chai";
import { BuildError, buildBoards, codeBudgetBytes } from "../../scripts/build";
import { builtBoards, shippedBoards } from "./boot-fixture";

describe("boards whose Storage cannot hold the firmware", () => {
  it("the Espruino Pico is not built (its Storage is 48 KB); the rest, the Espruino WiFi (64 KB) included, are", () => {
    expect(builtBoards().map((b) => b.id)).to.have.members(["esp32", "espruino-wifi", "virtual", "virtual-32"]);
    const built = builtBoards().map((b) => b.id);
    const notBuilt = shippedBoards().filter((b) => !built.includes(b.id)).map((b) => b.id);
    expect(notBuilt).to.have.members(["espruino-pico"]);
  });

  it("asking for such a board by name (as npm run flash does) fails, giving the sizes", async () => {
    const pico = shippedBoards().find((b) => b.id === "espruino-pico")!;
    let error: unknown;
    try {
      await buildBoards({ boards: ["espruino-pico"], quiet: true });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(BuildError);
    expect((error as BuildError).message).to.contain(`espruino-pico: NOT BUILT`);
    expect((error as BuildError).message).to.contain(`leaves ${codeBudgetBytes(pico)} bytes for the saved program`);
  });
});
