// @vitest-environment jsdom
// Finding every field under the label rewrites a Chinese or Japanese WebUI makes.
import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../src/webui/fields.js';
import { locateTab, readComponent, readForm, writeComponent } from '../../src/webui/index.js';
import { CHINESE_LABELS, bilingualize, localize } from '../helpers/chinese.js';
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
  'warmupSteps',
  'precision',
  'optimizer',
  'useLora',
  'model',
];

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

describe('field finding under label rewrites', () => {
  it("A1111's localization: labels replaced, read back through the localization map", () => {
    const { tab } = buildPage('HEAD');
    localize(tab, CHINESE_LABELS);
    expect(locateTab(tab).find('batchSize')).toBeNull();
    const located = expectEveryField(CHINESE_LABELS as Record<string, string>);
    expect(located.find('learningRate')!.shownLabel).toBe('学习率');
  });

  it.each(['Translation First', 'Original First'] as const)(
    'the bilingual-localization extension, %s, with an empty localization map',
    (order) => {
      const { tab } = buildPage('HEAD');
      bilingualize(tab, CHINESE_LABELS, order);
      expect(tab.querySelector('.bilingual__trans_wrapper')).not.toBeNull();
      const located = expectEveryField();
      expect(located.find('learningRate')!.shownLabel).toBe('学习率');
      expect(located.find('learningRate')!.label).toBe('Learning Rate');
    },
  );

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
    bilingualize(tab, { ...CHINESE_LABELS, constant_with_warmup: '带预热的常数', cosine: '余弦' });
    const scheduler = locateTab(tab).find('scheduler')!;
    expect(readComponent(scheduler)).toBe('constant_with_warmup');
    writeComponent(scheduler, 'cosine');
    expect(page.state()).toMatchObject({ lr_scheduler: 'cosine' });
    expect(readForm(locateTab(tab)).input.scheduler).toBe('cosine');
  });
});
