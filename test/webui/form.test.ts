// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { locateTab, readForm } from '../../src/webui/index.js';
import { blockOf, buildPage } from './page-fixture.js';

describe('reading the form', () => {
  it('reads the current UI defaults with where each came from', () => {
    const { tab } = buildPage('HEAD', {
      initial: { 'concepts_list[0].instance_data_dir': '/data/dog', 'concepts_list[2].instance_data_dir': '/data/cat' },
    });
    const reading = readForm(locateTab(tab));
    expect(reading.input).toEqual({
      batchSize: 1,
      gradAccum: 1,
      textEncoderRatio: 1,
      resolution: 512,
      scheduler: 'constant_with_warmup',
      schedulers: 'extension',
      startFactor: 0.5,
      scalePosition: 0.5,
      cycles: 1,
      power: 1,
      minLearningRate: 1e-6,
      warmupSteps: 500,
      precision: 'bf16',
      fullMixedPrecision: true,
      optimizer: '8bit AdamW',
      lora: false,
    });
    expect(reading.notes).toEqual([]);
    expect(reading.sources.find((source) => source.field === 'batchSize')).toEqual({
      field: 'batchSize',
      label: 'Batch Size',
      shown: '1',
    });
    expect(reading.activeConcepts.map((concept) => [concept.index, concept.directory, concept.prompt])).toEqual([
      [1, '/data/dog', '[filewords]'],
      [3, '/data/cat', '[filewords]'],
    ]);
  });

  it('reads the Dec 2022 UI: text encoder checkbox, "no" precision as fp32, Scale Learning Rate', () => {
    const { tab } = buildPage('2022-12-20');
    const reading = readForm(locateTab(tab));
    expect(reading.generation).toBe('2022-12');
    expect(reading.input).toEqual({
      batchSize: 1,
      gradAccum: 1,
      textEncoder: true,
      resolution: 512,
      scheduler: 'constant',
      schedulers: 'research',
      warmupSteps: 500,
      precision: 'fp32',
      lora: false,
      scaleLr: false,
    });
  });

  it('names a missing, empty or odd field and says what it assumed', () => {
    const { tab } = buildPage('HEAD');
    blockOf(tab, 'Gradient Accumulation Steps').remove();
    (blockOf(tab, 'Batch Size').querySelector('input[type=number]') as HTMLInputElement).value = '';
    (blockOf(tab, 'Max Resolution').querySelector('input[type=number]') as HTMLInputElement).value = '512.5';
    const reading = readForm(locateTab(tab));
    expect(reading.notes).toEqual([
      { field: 'batchSize', label: 'Batch Size', kind: 'empty', assumed: 1 },
      { field: 'gradAccum', label: 'Gradient Accumulation Steps', kind: 'missing', assumed: 1 },
      { field: 'resolution', label: 'Max Resolution', kind: 'unusable', shown: '512.5', assumed: 512 },
    ]);
    expect(reading.input.batchSize).toBeUndefined();
  });
});
