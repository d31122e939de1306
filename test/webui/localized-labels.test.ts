// @vitest-environment jsdom
// Finding every field under the label rewrites a Chinese or Japanese WebUI makes.
import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../src/webui/fields.js';
import { locateTab, readComponent, readForm, writeComponent } from '../../src/webui/index.js';
import { FIELDS } from '../../src/webui/fields.js';
import { LOCALIZATION_FILES, bilingualize, localizationFile, localize } from '../helpers/localizations.js';
import { blockOf, buildPage } from './page-fixture.js';

/** Fields of the current UI the plan reads or writes. */
const CURRENT: FieldKey[] = [
  'epochs',
  'learningRate',
  'textLearningRate',
  'batchSize',
  'gradAccum',
  'textEncoderRatio',
  'resolution',
  'scheduler',
  'startFactor',
  'scalePosition',
  'cycles',
  'power',
  'minLearningRate',
  'warmupSteps',
  'precision',
  'optimizer',
  'useLora',
  'model',
];

/** A label as the page shows it, without the spaces and hint icons around it. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function expectEveryField(localization: Record<string, string> = {}) {
  const tab = locateTab(document.getElementById('tab_dreambooth_v2')!, localization);
  for (const key of CURRENT) expect(tab.find(key), key).not.toBeNull();
  for (let concept = 1; concept <= 4; concept++) {
    expect(tab.findInConcept('instanceDirectory', concept), `directory ${concept}`).not.toBeNull();
    expect(tab.findInConcept('classImagesPerInstance', concept), `class images ${concept}`).not.toBeNull();
  }
  expect(tab.ambiguous).toEqual([]);
  return tab;
}

describe('field finding under the real localization files', () => {
  describe.each(LOCALIZATION_FILES)('%s', (name) => {
    const file = localizationFile(name);
    /** The fields whose labels (as the current UI has them) this file translates: each must still be found. */
    const translated = CURRENT.filter((key) => file[FIELDS[key][0]] && file[FIELDS[key][0]] !== FIELDS[key][0]);

    it("A1111's localization: labels replaced, read back through the localization map", () => {
      const { tab } = buildPage('HEAD');
      localize(tab, file);
      expect(translated.length).toBeGreaterThan(3);
      for (const key of translated) expect(locateTab(tab).find(key), `${key} without the map`).toBeNull();
      const located = expectEveryField(file);
      for (const key of translated) expect(located.find(key)!.shownLabel, key).toBe(file[FIELDS[key][0]]);
    });

    it.each(['Translation First', 'Original First'] as const)(
      'the bilingual-localization extension, %s, with an empty localization map',
      (order) => {
        const { tab } = buildPage('HEAD');
        bilingualize(tab, file, order);
        const located = expectEveryField();
        for (const key of translated) {
          expect(located.find(key)!.shownLabel, key).toBe(normalise(file[FIELDS[key][0]]!));
          expect(located.find(key)!.label, key).toBe(FIELDS[key][0]);
        }
      },
    );
  });

  it('a translation two English labels share still finds the field, and reads its value (ja_JP: 最大解像度)', () => {
    const file = localizationFile('ja_JP.L4Ph');
    expect([file['Max Resolution'], file['Max Res']]).toEqual(['最大解像度', '最大解像度']);
    const { tab, page } = buildPage('HEAD', { hideAdvanced: false });
    localize(tab, file);
    const located = expectEveryField(file);
    const resolution = located.find('resolution')!;
    writeComponent(resolution, 768);
    expect(page.state()).toMatchObject({ resolution: 768 });
    expect(readForm(locateTab(tab, file)).input.resolution).toBe(768);
  });

  it('extra whitespace, a hint icon or an emoji another extension adds, and partial translations', () => {
    const { tab } = buildPage('HEAD');
    for (const span of tab.querySelectorAll('span[data-testid="block-info"]')) {
      if (span.textContent === 'Learning Rate') span.textContent = '  Learning   Rate ⓘ';
      if (span.textContent === 'Batch Size') span.textContent = '🔥 Batch Size';
    }
    // Only some labels translated.
    localize(tab, { 'Max Resolution': '最大分辨率' });
    expectEveryField({ 'Max Resolution': '最大分辨率' });
  });

  it('a label that matches two fields is ambiguous: neither is read or written, and the form says so', () => {
    const { tab, page } = buildPage('HEAD');
    // Another extension adds its own "Learning Rate" box to the tab.
    const clone = blockOf(tab, 'Learning Rate').cloneNode(true) as Element;
    blockOf(tab, 'Batch Size').after(clone);
    const located = locateTab(tab);
    expect(located.find('learningRate')).toBeNull();
    expect(located.ambiguous).toEqual(['learningRate']);
    // A field the plan reads: reported, not guessed.
    const batch = blockOf(tab, 'Batch Size').cloneNode(true) as Element;
    blockOf(tab, 'Gradient Accumulation Steps').after(batch);
    const reading = readForm(locateTab(tab));
    expect(reading.notes).toContainEqual({ field: 'batchSize', label: 'Batch Size', kind: 'ambiguous', assumed: 1 });
    expect(page.state()).toMatchObject({ learning_rate: 2e-6, train_batch_size: 1 });
  });

  it('a dropdown read and written through the bilingual rewrite keeps its real option value', () => {
    const { tab, page } = buildPage('HEAD');
    bilingualize(tab, localizationFile('zh_CN.dtlnor'));
    const scheduler = locateTab(tab).find('scheduler')!;
    expect(readComponent(scheduler)).toBe('constant_with_warmup');
    writeComponent(scheduler, 'cosine');
    expect(page.state()).toMatchObject({ lr_scheduler: 'cosine' });
    expect(readForm(locateTab(tab)).input.scheduler).toBe('cosine');
  });
});
