/** An Espruino REPL on a fake board, with everything it wrote kept as one transcript. */
import { EspruinoRepl } from "../../hal/virtual/repl/espruino-repl";
import { FakeBoard } from "./fake-board";

export function replOnFakeBoard(): { board: FakeBoard; repl: EspruinoRepl; transcript: () => string; clear: () => void } {
  const board = new FakeBoard();
  let written = "";
  const repl = new EspruinoRepl(board, (text) => {
    written += text;
  });
  return {
    board,
    repl,
    transcript: () => written,
    clear: () => {
      written = "";
    },
  };
}
