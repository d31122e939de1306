/** dreambooth-calc's entry: argv in, text out, the exit status of src/cli/run.ts. */
import { writeFileSync } from 'node:fs';
import { run } from '../cli/run.js';

/** package.json's version, put in by the build. */
declare const DREAMBOOTH_COMPANION_VERSION: string;

process.exitCode = run(
  process.argv.slice(2),
  (text) => process.stdout.write(`${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
  (path, content) => writeFileSync(path, content),
  DREAMBOOTH_COMPANION_VERSION,
);
