// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FIELDS, type FieldKey } from '../../src/webui/fields.js';
import { findTabElement, locateTab, writeComponent } from '../../src/webui/index.js';
import { GENERATIONS, blockOf, buildPage } from './page-fixture.js';

/** Which fields each generation has (from the extension's catalog). */
const PRESENT: Record<string, FieldKey[]> = {
  '2022-12': [
    'epochs',
    'maxTrainSteps',
    'learningRate',
    'batchSize',
    'gradAccum',
    'trainTextEncoder',
    'resolution',
    'scheduler',
    'warmupSteps',
    'precision',
    'useLora',
    'scaleLr',
    'model',
    'apiKey',
  ],
  '2023-01': [
    'epochs',
    'learningRate',
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
    'useLora',
    'model',
    'apiKey',
  ],
  '2023-04': [
    'epochs',
    'learningRate',
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
    'apiKey',
  ],
  current: [
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
    'fullMixedPrecision',
    'optimizer',
    'useLora',
    'model',
    'apiKey',
  ],
};

describe.each(GENERATIONS)('the $key UI', ({ key, generation, tabId, slots }) => {
  it('finds the tab and knows its generation', () => {
    buildPage(key);
    const tabElement = findTabElement(document);
    expect(tabElement?.id).toBe(tabId);
    expect(locateTab(tabElement!).generation).toBe(generation);
  });

  it('finds every field the plan reads or writes, and only those that exist', () => {
    const { tab } = buildPage(key);
    const located = locateTab(tab);
    for (const field of Object.keys(FIELDS) as FieldKey[]) {
      const component = located.find(field);
      if (PRESENT[generation]!.includes(field)) expect(component, field).not.toBeNull();
      else expect(component, field).toBeNull();
    }
  });

  it('scopes fields to the Dreambooth tab (txt2img also has a "Batch size" and a "Prompt")', () => {
    const { tab } = buildPage(key);
    const batch = locateTab(tab).find('batchSize')!;
    expect(tab.contains(batch.block)).toBe(true);
  });

  it(`has ${slots} concept slots and finds each one's own fields`, () => {
    const { tab, page } = buildPage(key);
    const located = locateTab(tab);
    expect(located.concepts).toHaveLength(slots);
    const classField = generation === '2022-12' ? 'classImagesTotal' : 'classImagesPerInstance';
    const stateKey = generation === '2022-12' ? 'num_class_images' : 'num_class_images_per';
    for (let concept = 1; concept <= slots; concept++) {
      writeComponent(located.findInConcept('instanceDirectory', concept)!, `/data/concept-${concept}`);
      writeComponent(located.findInConcept(classField, concept)!, concept * 10);
    }
    const state = page.state();
    for (let concept = 1; concept <= slots; concept++) {
      expect(state[`concepts_list[${concept - 1}].instance_data_dir`]).toBe(`/data/concept-${concept}`);
      expect(state[`concepts_list[${concept - 1}].${stateKey}`]).toBe(concept * 10);
    }
  });
});

describe('localized labels', () => {
  it('finds fields by their English originals through the localization map', () => {
    const { tab } = buildPage('HEAD');
    const localization = {
      'Batch Size': 'Taille du lot',
      'Training Steps Per Image (Epochs)': 'Époques',
      'Class Images Per Instance Image': 'Images de classe par image',
    };
    for (const [english, shown] of Object.entries(localization)) {
      for (const span of tab.querySelectorAll('span')) if (span.textContent === english) span.textContent = shown;
    }
    expect(locateTab(tab).find('batchSize')).toBeNull();
    const located = locateTab(tab, localization);
    expect(located.find('batchSize')?.block).toBe(blockOf(tab, 'Taille du lot'));
    expect(located.find('epochs')?.label).toBe('Training Steps Per Image (Epochs)');
    expect(located.findInConcept('classImagesPerInstance', 2)).not.toBeNull();
  });
});
