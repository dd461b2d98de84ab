import { expect } from "chai";
import { startConsoleServer, type ConsoleServer } from "../../hal/virtual/console-server";
import { FakeBoard } from "./fake-board";
import { connectClient } from "./tcp-client";

describe("console server", () => {
  let server: ConsoleServer;
  let board: FakeBoard;

  beforeEach(async () => {
    board = new FakeBoard();
    server = await startConsoleServer(board, { port: 0 });
  });
  afterEach(() => server.close());

  it("listens on a free port when given port 0 and runs what a client types", async () => {
    expect(server.port).to.be.greaterThan(0);
    const client = await connectClient(server.port);
    client.send("3*4\r");
    expect(await client.waitFor(/>$/)).to.equal("3*4\r\n=12\r\n>");
    client.socket.destroy();
  });

  it("sends what the board prints to the connected client", async () => {
    const client = await connectClient(server.port);
    client.send("\n");
    await client.waitFor(/>$/);
    board.evaluate('print("door 1 open")');
    await client.waitFor(/door 1 open\r\n>$/);
    client.socket.destroy();
  });

  it("gives the console to a new connection and closes the previous one", async () => {
    const first = await connectClient(server.port);
    first.send("var owner = 1\n");
    await first.waitFor(/=undefined\r\n>$/);
    const second = await connectClient(server.port);
    await first.closed;
    second.send("owner + 1\n");
    expect(await second.waitFor(/>$/)).to.equal("owner + 1\r\n=2\r\n>");
    second.socket.destroy();
  });

  it("stops accepting connections once closed", async () => {
    const port = server.port;
    await server.close();
    let refused = false;
    await connectClient(port).then(
      (c) => c.socket.destroy(),
      () => {
        refused = true;
      },
    );
    expect(refused).to.equal(true);
    server = await startConsoleServer(board, { port: 0 });
  });
});
