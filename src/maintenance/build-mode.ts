/**
 * Whether this bundle is a production build: `npm run build -- --production` defines
 * __PRODUCTION_BUILD__ as true (scripts/build.ts). A production build takes the JavaScript REPL
 * off USB; a development build keeps it. Host code importing this module (no define) gets false.
 */
declare const __PRODUCTION_BUILD__: boolean;

export const PRODUCTION_BUILD: boolean = typeof __PRODUCTION_BUILD__ !== "undefined" && __PRODUCTION_BUILD__ === true;
