// What each channel installs with: the manifest's minimum versions in step with the build targets,
// icons from the SVG master with store padding, the userscript's metadata and its .meta.js, and the
// packages for the stores and for add-on review. Runs on the built files (npm test builds first).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM tool without types
import { browserTargets } from '../../tools/targets.mjs';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Width, height and RGBA pixels of one of our PNGs (8-bit RGBA, filter 0 on every row). */
function decodePng(file: string) {
  const png = readFileSync(file);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const alpha = (x: number, y: number) => raw[y * (1 + width * 4) + 1 + x * 4 + 3]!;
  return { width, height, alpha };
}

describe('browser extension manifest', () => {
  it('declares the minimum versions the build targets, and the build holds to them', async () => {
    expect(manifest.minimum_chrome_version).toBe('111');
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    const targets = browserTargets(manifest);
    expect(targets).toEqual(['chrome111', 'firefox140']);
    // esbuild refuses syntax these browsers cannot run, so the content script must build for them.
    const result = await build({
      entryPoints: ['src/entries/content-script.ts'],
      bundle: true,
      write: false,
      format: 'iife',
      target: targets,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
  });

  it('has icons at 16, 32, 48, 96 and 128 px, drawn with the store padding', () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
    for (const [size, file] of Object.entries<string>(manifest.icons)) {
      expect(decodePng(`dist/extension/${file}`)).toMatchObject({ width: Number(size), height: Number(size) });
    }
    const icon = decodePng('dist/extension/icons/icon-128.png');
    // 16 px of transparent border around a 96 px artwork.
    for (const [x, y] of [
      [8, 8],
      [64, 8],
      [8, 64],
      [120, 120],
      [64, 119],
    ])
      expect(icon.alpha(x!, y!), `${x},${y}`).toBe(0);
    for (const [x, y] of [
      [64, 20],
      [20, 64],
      [64, 64],
    ])
      expect(icon.alpha(x!, y!), `${x},${y}`).toBe(255);
  });
});

describe('userscript', () => {
  const script = readFileSync('dist/dreambooth-companion.user.js', 'utf8');
  const meta = readFileSync('dist/dreambooth-companion.meta.js', 'utf8');
  const header = (name: string) =>
    [...script.matchAll(new RegExp(`^// @${name}\\s+(.+)$`, 'gm'))].map((match) => match[1]);

  it('runs on every port of 127.0.0.1 and localhost in Tampermonkey, Violentmonkey and FireMonkey', () => {
    expect(header('match')).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(header('include')).toEqual(['http://127.0.0.1:*/*', 'http://localhost:*/*']);
  });

  it('checks for updates through its .meta.js, which is its metadata block alone', () => {
    expect(header('updateURL')[0]).toMatch(/\/dist\/dreambooth-companion\.meta\.js$/);
    expect(header('downloadURL')[0]).toMatch(/\/dist\/dreambooth-companion\.user\.js$/);
    expect(script.startsWith(meta)).toBe(true);
    expect(meta.trim().endsWith('// ==/UserScript==')).toBe(true);
    expect(meta.length).toBeLessThan(4000);
  });

  it('names its license, support page and icon, and its language setting', () => {
    expect(header('license')).toEqual([pkg.license]);
    expect(header('supportURL')[0]).toBe(`${pkg.repository.url}/issues`);
    expect(header('icon')[0]).toMatch(/^data:image\/png;base64,/);
    expect(script).toContain("var DREAMBOOTH_COMPANION_LANGUAGE = 'auto';");
  });
});

describe('npm run package', () => {
  it('writes the Chrome and Firefox zips and the sources zip with build notes for add-on review', () => {
    execFileSync(process.execPath, ['tools/package.mjs'], { encoding: 'utf8' });
    const version = pkg.version;
    const firefox = readFileSync(`artifacts/dreambooth-companion-${version}-firefox.zip`).toString('latin1');
    const chrome = readFileSync(`artifacts/dreambooth-companion-${version}-chrome.zip`).toString('latin1');
    expect(firefox).toContain('content-script.js');
    expect(chrome).toContain('icons/icon-32.png');
    const sources = readFileSync(`artifacts/dreambooth-companion-${version}-sources.zip`).toString('latin1');
    expect(sources).toContain('BUILD.md');
    expect(sources).toContain('src/entries/content-script.ts');
    expect(sources).toContain('tools/build.mjs');
    expect(sources).not.toContain('dist/extension/content-script.js');
  });
});
