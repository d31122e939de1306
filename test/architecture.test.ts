// The layers stay where they belong: the core imports only the core; the page adapter never knows
// our UI; our UI reaches the page only through the adapter's index; nothing below the entries
// reaches up to them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Each relative import of each source file, as a path below src/. */
const IMPORTS = sources(SRC).map((file) => {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)].map(
    (match) => {
      const target = resolve(dirname(file), (match[1] ?? match[2])!).replace(/\.js$/, '.ts');
      return relative(SRC, target);
    },
  );
  const packages = [...text.matchAll(/from\s+'([^.][^']*)'/g)].map((match) => match[1]!);
  return { file: relative(SRC, file), targets, packages };
});

const layer = (path: string) => path.split('/')[0]!;

describe('layers', () => {
  it('found the sources', () => {
    expect(IMPORTS.length).toBeGreaterThan(30);
  });

  it.each([
    ['core', ['core']],
    ['i18n', ['i18n', 'core']],
    ['webui', ['webui', 'core']],
    ['ui', ['ui', 'webui', 'core', 'i18n']],
    ['cli', ['cli', 'core', 'i18n']],
    ['extension', ['extension', 'i18n', 'core']],
    ['demo', ['demo']],
  ])('%s imports only from %j', (name, allowed) => {
    const crossings = IMPORTS.filter((entry) => layer(entry.file) === name).flatMap((entry) =>
      entry.targets.filter((target) => !allowed.includes(layer(target))).map((target) => `${entry.file} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });

  it('the core uses no package but zod, and no browser API', () => {
    const core = IMPORTS.filter((entry) => layer(entry.file) === 'core');
    expect(core.flatMap((entry) => entry.packages.filter((name) => name !== 'zod/mini'))).toEqual([]);
    for (const entry of core)
      expect(readFileSync(join(SRC, entry.file), 'utf8'), entry.file).not.toMatch(
        /\b(document|window|localStorage|HTMLElement)\b/,
      );
  });

  it('our UI reaches the page only through src/webui/index.ts', () => {
    const deep = IMPORTS.filter((entry) => layer(entry.file) === 'ui').flatMap((entry) =>
      entry.targets
        .filter((target) => layer(target) === 'webui' && target !== 'webui/index.ts')
        .map((target) => `${entry.file} → ${target}`),
    );
    expect(deep).toEqual([]);
  });

  it('only the page adapter touches Gradio markup: no Gradio selector outside src/webui', () => {
    const gradio = /data-testid|block-info|\.tabitem|input\.border-none|ul\.options|bilingual__/;
    const outside = IMPORTS.filter((entry) => !['webui', 'demo'].includes(layer(entry.file))).filter((entry) =>
      gradio.test(readFileSync(join(SRC, entry.file), 'utf8')),
    );
    expect(outside.map((entry) => entry.file)).toEqual([]);
  });
});
