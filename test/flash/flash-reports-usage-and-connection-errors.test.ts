import { expect } from "chai";
import { createServer } from "node:net";
import { exitCodes, flashBoard, FlashError, type FlashDependencies, type FlashOptions } from "../../scripts/flash/flash-board";
import { boardFixtures } from "./flash-fixtures";

/** Dependencies that must not be reached: these errors are found before building or running the CLI. */
const untouched: FlashDependencies = {
  loadBoards: boardFixtures,
  build: () => Promise.reject(new Error("build must not run")),
  runEspruino: () => Promise.reject(new Error("the espruino CLI must not run")),
};

async function failure(options: Partial<FlashOptions>, deps: FlashDependencies = untouched): Promise<FlashError> {
  const error = await flashBoard({ board: "virtual", save: true, force: false, ...options }, deps).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(FlashError);
  return error as FlashError;
}

/** A TCP port on loopback that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}

describe("flash: errors found before uploading", () => {
  it("an unknown board id lists the known boards", async () => {
    const error = await failure({ board: "pico", port: "tcp://127.0.0.1:1" });
    expect(error.exitCode).to.equal(exitCodes.usage);
    expect(error.message).to.equal('unknown board "pico"; known boards: virtual, espruino-pico');
  });

  it("no port says how to give one", async () => {
    const error = await failure({ port: undefined });
    expect(error.exitCode).to.equal(exitCodes.usage);
    expect(error.message).to.match(/^no port given: pass --port, e\.g\. --port \/dev\/ttyACM0/);
  });

  it("a refused TCP connection names the port", async () => {
    const port = `tcp://127.0.0.1:${await closedPort()}`;
    const error = await failure({ port });
    expect(error.exitCode).to.equal(exitCodes.connection);
    expect(error.message).to.contain(`cannot connect to ${port}: connection refused`);
  });

  it("a serial device that does not exist is reported as not found", async () => {
    const error = await failure({ port: "/dev/ttyNO-SUCH-BOARD" });
    expect(error.exitCode).to.equal(exitCodes.connection);
    expect(error.message).to.match(/^port \/dev\/ttyNO-SUCH-BOARD not found: is the board plugged in\?/);
  });

  it("a failing build is reported as such", async () => {
    const server = createServer((s) => s.destroy());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = `tcp://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      const error = await failure({ port }, { ...untouched, build: () => Promise.reject(new Error("gate refused src/x.ts")) });
      expect(error.exitCode).to.equal(exitCodes.build);
      expect(error.message).to.equal("build failed for virtual: gate refused src/x.ts");
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
