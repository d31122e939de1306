// One build for every artifact: the CLI and the core library, the demo page, and the three ways the
// companion ships (MV3 extension, userscript, A1111 extension folder). Same source, thin entries.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { iconPng } from './lib/icon.mjs';
import { browserTargets } from './targets.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const repository = pkg.repository.url.replace(/\.git$/, '');
const rawBase = `${repository.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main`;

const common = { bundle: true, legalComments: 'none', logLevel: 'warning', charset: 'utf8' };
const manifest = JSON.parse(await readFile('manifest.json', 'utf8'));
const page = { ...common, platform: 'browser', format: 'iife', target: browserTargets(manifest) };

// The CLI and the core as a library (scripts, the benchmark): pure, no DOM.
await build({
  ...common,
  entryPoints: ['src/entries/cli.ts'],
  outfile: 'dist/cli.js',
  define: { DREAMBOOTH_COMPANION_VERSION: JSON.stringify(pkg.version) },
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
});
await build({
  ...common,
  entryPoints: ['src/core/index.ts'],
  outfile: 'dist/core.js',
  platform: 'neutral',
  format: 'esm',
  target: 'es2022',
});

// The standalone planner page: static, works from disk or any host.
await build({ ...page, entryPoints: ['src/entries/planner.ts'], outfile: 'dist/planner/planner.js' });
await copyFile('src/ui/planner/index.html', 'dist/planner/index.html');

// The demo page served by `npm start`.
await build({ ...page, entryPoints: ['src/entries/demo.ts'], outfile: 'dist/demo/demo.js' });
await copyFile('src/demo/index.html', 'dist/demo/index.html');

// 1. The MV3 extension, unpacked in dist/extension (npm run package zips it per store). The content
// script is minified: it loads on every WebUI page (its sources go to the add-on reviewers in the
// sources zip). The small bridge and options page, the userscript and the A1111 script stay readable.
// Our CSS lives in template literals (src/ui/styles.ts, the tooltip's): minified with the code.
const compactCss = {
  name: 'compact-css',
  setup(builder) {
    builder.onLoad({ filter: /src[\\/]ui[\\/](styles|tooltips[\\/]tooltips)\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/`[^`]*`/g, (literal) =>
        literal
          .replace(/\s*\n\s*/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/:\s+/g, ':'),
      ),
      loader: 'ts',
    }));
  },
};
const extension = { ...page, minify: true, plugins: [compactCss] };
await build({
  ...extension,
  entryPoints: ['src/entries/content-script.ts'],
  outfile: 'dist/extension/content-script.js',
});
// The kohya_ss GUI's host, an ES module the content script imports on that page only.
await build({
  ...extension,
  format: 'esm',
  entryPoints: ['src/entries/kohya.ts'],
  outfile: 'dist/extension/kohya.js',
});
await build({ ...page, entryPoints: ['src/entries/page-bridge.ts'], outfile: 'dist/extension/page-bridge.js' });
await build({ ...page, entryPoints: ['src/entries/options.ts'], outfile: 'dist/extension/options.js' });
// Each language as JSON (pure text), fetched by the content script for the language in use only.
await mkdir('dist/extension/i18n', { recursive: true });
for (const pack of ['en', 'zh', 'ja']) {
  const bundled = await build({
    ...common,
    platform: 'neutral',
    format: 'esm',
    write: false,
    entryPoints: [`src/entries/catalog-${pack}.ts`],
  });
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
  );
  await writeFile(`dist/extension/i18n/${pack}.json`, JSON.stringify(module.default));
}
await copyFile('src/extension/options.html', 'dist/extension/options.html');
await writeFile('dist/extension/manifest.json', `${JSON.stringify({ ...manifest, version: pkg.version }, null, 2)}\n`);
await mkdir('dist/extension/icons', { recursive: true });
for (const size of Object.keys(manifest.icons))
  await writeFile(`dist/extension/icons/icon-${size}.png`, iconPng(Number(size)));

// 2. The userscript, with the metadata block userscript managers read, and that block alone in a
// .meta.js, which managers fetch to check for updates without downloading the whole script.
// Every port of 127.0.0.1 and localhost, in each manager: @match without a port covers all ports in
// Tampermonkey (which ignores ports) and FireMonkey (Firefox match patterns have none); the @include
// globs with `:*` cover them in Violentmonkey.
const userscriptUrl = `${rawBase}/dist/dreambooth-companion.user.js`;
const metaUrl = `${rawBase}/dist/dreambooth-companion.meta.js`;
const metadata = [
  '// ==UserScript==',
  '// @name         Dreambooth Companion',
  `// @namespace    ${repository}`,
  `// @version      ${pkg.version}`,
  `// @description  ${pkg.description}`,
  '// @description:zh-CN  在 AUTOMATIC1111 WebUI 的 Dreambooth 标签页中按训练研究自动填写参数，并解释每个参数',
  '// @description:ja     AUTOMATIC1111 WebUI の Dreambooth タブを学習研究の数値で自動入力し、各パラメータを説明します',
  `// @license      ${pkg.license}`,
  `// @homepageURL  ${repository}`,
  `// @supportURL   ${repository}/issues`,
  `// @icon         data:image/png;base64,${iconPng(48).toString('base64')}`,
  '// @match        http://127.0.0.1/*',
  '// @match        http://localhost/*',
  '// @include      http://127.0.0.1:*/*',
  '// @include      http://localhost:*/*',
  '// @grant        none',
  '// @run-at       document-idle',
  `// @downloadURL  ${userscriptUrl}`,
  `// @updateURL    ${metaUrl}`,
  '// ==/UserScript==',
].join('\n');
const languageSetting = [
  '',
  "// The companion's language: 'auto' (the WebUI's, else the browser's), 'en', 'zh' (简体中文) or 'ja' (日本語).",
  "var DREAMBOOTH_COMPANION_LANGUAGE = 'auto';",
].join('\n');
await build({
  ...page,
  entryPoints: ['src/entries/userscript.ts'],
  outfile: 'dist/dreambooth-companion.user.js',
  banner: { js: `${metadata}\n${languageSetting}` },
});
await writeFile('dist/dreambooth-companion.meta.js', `${metadata}\n`);

// 3. The A1111 extension folder: the WebUI loads javascript/*.js of an installed extension by itself.
await build({
  ...page,
  entryPoints: ['src/entries/a1111.ts'],
  outfile: 'javascript/dreambooth-companion.js',
  banner: { js: `// Dreambooth Companion ${pkg.version}: built from src/entries/a1111.ts; do not edit.` },
});
