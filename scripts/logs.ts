/** `npm run logs -- --port PORT ...`: see scripts/logs/run.ts and README "For maintenance staff". */
import { runLogs } from "./logs/run";

runLogs(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
