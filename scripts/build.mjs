// One build for every artifact: the CLI now; the page bundles join as the channels land.
import { build } from 'esbuild';
import { copyFile, readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const common = { bundle: true, legalComments: 'none', logLevel: 'warning', define: { __VERSION__: JSON.stringify(pkg.version) } };

await build({
  ...common,
  entryPoints: ['src/entries/cli.ts'],
  outfile: 'dist/cli.js',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
});

// The core as a library (scripts, the benchmark): pure, no DOM.
await build({
  ...common,
  entryPoints: ['src/core/index.ts'],
  outfile: 'dist/core.js',
  platform: 'neutral',
  format: 'esm',
  target: 'es2022',
});

// The demo page: the stand-in WebUI with the companion, served by `npm start`.
await build({
  ...common,
  entryPoints: ['src/entries/demo.ts'],
  outfile: 'dist/demo/demo.js',
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
});
await copyFile('src/demo/index.html', 'dist/demo/index.html');
