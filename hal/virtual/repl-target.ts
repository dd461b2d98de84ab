/**
 * What a console (TCP REPL server, terminal) needs from a board: evaluate typed source in the
 * board's global scope and hear what the board prints. Kept apart from the runtime so a console
 * can be built and tested without loading the virtual board.
 */
export interface ReplTarget {
  /** Evaluates like Espruino's REPL: in the global scope; throws what the code throws. */
  evaluate(source: string): unknown;
  /** Subscribes to printed text; returns the unsubscribe function. */
  onOutput(listener: (text: string) => void): () => void;
}
