import { expect } from "chai";
import { replOnFakeBoard } from "./repl-transcript";

describe("Espruino REPL: an error in a line", () => {
  it("prints 'Uncaught Error: <message>' instead of a result, then the prompt", () => {
    const { repl, transcript } = replOnFakeBoard();
    repl.receive('throw new Error("boom")\n');
    expect(transcript()).to.equal('throw new Error("boom")\r\nUncaught Error: boom\r\n>');
  });

  it("names the error's class and prints thrown strings as they are", () => {
    const { repl, transcript, clear } = replOnFakeBoard();
    repl.receive("nosuchthing\n");
    expect(transcript()).to.contain("Uncaught ReferenceError: nosuchthing is not defined\r\n");
    clear();
    repl.receive('\x10throw "plain"\n');
    expect(transcript()).to.equal("Uncaught plain\r\n>");
  });

  it("does not stop the console: the next line runs", () => {
    const { repl, transcript, clear } = replOnFakeBoard();
    repl.receive("(\n");
    clear();
    repl.receive(")\n6*7\n");
    expect(transcript()).to.contain("=42\r\n");
  });
});
