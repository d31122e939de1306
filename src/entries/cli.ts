/** dreambooth-calc's entry: argv in, text out, the exit status of src/cli/run.ts. */
import { writeFileSync } from 'node:fs';
import { run } from '../cli/run.js';

process.exitCode = run(
  process.argv.slice(2),
  (text) => process.stdout.write(`${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
  (path, content) => writeFileSync(path, content),
);
