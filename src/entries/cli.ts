/** dreambooth-calc's entry: argv in, text out, the exit status of src/cli/run.ts. */
import { run } from '../cli/run.js';

process.exitCode = run(
  process.argv.slice(2),
  (text) => process.stdout.write(`${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
);
