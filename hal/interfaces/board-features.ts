/**
 * What the board being built has, defined by the build from its board file
 * (scripts/build.ts, boardFeatureDefines) as `true`/`false` literals. Guarding a wiring point
 * with one lets the minifier drop the branch and then the modules only that branch imports,
 * so a board's bundle carries no driver it does not wire (Storage is what limits the Pico and WiFi).
 *
 * Only bundles built by bundleForEspruino define them; host code and other bundles do not. So
 * read them only as `typeof __X__ === "undefined" || __X__` (undefined: assume the feature is
 * there and let the runtime check on the board data decide), which the minifier folds. Guard with `if (feature) {…}` or `feature ? … : …` around the code to drop: code after an
 * early `return` is dropped by the minifier but keeps its imports in the bundle.
 */
declare global {
  /** Some `cardReaders` entry is an MFRC522. */
  const __BOARD_HAS_MFRC522__: boolean;
  /** `expanders` is present and not empty. */
  const __BOARD_HAS_EXPANDERS__: boolean;
  /** `crypto.sha256`: the interpreter's SHA-256 is used and ours is not needed. */
  const __BOARD_NATIVE_SHA256__: boolean;
  /** `transports.wifi`. */
  const __BOARD_HAS_WIFI__: boolean;
  /** `flash.partitions.state` is present. */
  const __BOARD_HAS_STATE_PARTITION__: boolean;
  /** `flash.partitions.credentials` is present. */
  const __BOARD_HAS_CREDENTIAL_PARTITIONS__: boolean;
}

export {};
