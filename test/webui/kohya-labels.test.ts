// The labels the companion finds the kohya_ss GUI's fields by, and gives tooltips to, are the GUI's
// own: each is a label of its Dreambooth tab's code in both the v26.0.0 release and master.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KOHYA_TOOLTIPS } from '../../src/ui/tooltips/kohya-texts.js';
import { KOHYA_FIELDS } from '../../src/webui/kohya/fields.js';
import { EN_TOOLTIPS } from '../../src/i18n/en-tooltips.js';
import { JA_TOOLTIPS } from '../../src/i18n/ja-tooltips.js';
import { ZH_TOOLTIPS } from '../../src/i18n/zh-tooltips.js';

const TRAINERS = fileURLToPath(new URL('../../../shared/trainers/', import.meta.url));

/** Every string literal of the GUI's Python code that is a component's label (`label="…"`, or the lines after `label=(`). */
function guiLabels(gui: string): Set<string> {
  const folder = join(TRAINERS, gui, 'kohya_gui');
  const code = readdirSync(folder)
    .filter((name) => name.endsWith('.py'))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
  const labels = [...code.matchAll(/label\s*=\s*\(?\s*(?:f?"([^"]+)"|'([^']+)')/g)].map(
    (match) => match[1] ?? match[2]!,
  );
  // A label chosen by mode, `label=("…" if … else "…")` or `lr_label = (…)`: both strings count.
  const chosen = [...code.matchAll(/label\s*=\s*\(\s*"([^"]+)"\s*if[^"]+else\s*"([^"]+)"/g)].flatMap((match) => [
    match[1]!,
    match[2]!,
  ]);
  return new Set([...labels, ...chosen]);
}

describe.each(['kohya_ss-v26.0.0', 'kohya_ss'])('%s', (gui) => {
  const labels = guiLabels(gui);

  it('has every field the companion reads or writes, by that label', () => {
    const fields = Object.values(KOHYA_FIELDS).flat();
    expect(fields.filter((label) => !labels.has(label))).toEqual([]);
  });

  it('has every label the tooltips are for', () => {
    const tipped = KOHYA_TOOLTIPS.flatMap((entry) => entry.labels);
    expect(tipped.filter((label) => !labels.has(label))).toEqual([]);
  });
});

it('every tooltip of the GUI has its text in English, Chinese and Japanese', () => {
  for (const { id } of KOHYA_TOOLTIPS) {
    expect(EN_TOOLTIPS[id][0].length, id).toBeGreaterThan(40);
    expect(ZH_TOOLTIPS[id][0].length, id).toBeGreaterThan(20);
    expect(JA_TOOLTIPS[id][0].length, id).toBeGreaterThan(20);
  }
});
