/**
 * "@board" is the definition of the board being built: the build (esbuild plugin) resolves it to
 * that board's JSON, so each bundle has its board compiled in.
 */
declare module "@board" {
  const board: import("../../hal/board").BoardDefinition;
  export default board;
}
