/**
 * What the Dreambooth form says about the training: the plan inputs the page knows, where each came
 * from, and a note for every field that is missing, empty or odd (with what was assumed instead).
 */
import { BOUNDS, type ModelFamily, type PlanInput, type Precision } from '../core/index.js';
import { readComponent, readText, type Component } from './components.js';
import { FIELDS, type FieldKey, type Generation } from './fields.js';
import type { DreamboothTab } from './locate.js';

export interface FormSource {
  /** Plan input key. */
  field: keyof PlanInput;
  /** The page's label. */
  label: string;
  /** What the page shows. */
  shown: string;
}

/** What the plan assumed for a field it could not read: a value, or one of a few words. */
export type Assumed = string | number | { key: 'off' | 'noTextEncoder' | 'unchecked' };

export interface FormNote {
  field: keyof PlanInput;
  /** The label as the page shows it (the English one when the field was not found). */
  label: string;
  kind: 'missing' | 'ambiguous' | 'empty' | 'unusable';
  /** What the page shows, for an unusable value. */
  shown?: string;
  assumed: Assumed;
}

export interface ConceptReading {
  /** 1-based slot. */
  index: number;
  directory: string;
  /** The concept's class (regularization) images folder, '' when not set. */
  classDirectory: string;
  prompt: string;
  /** Class images the concept's field holds now (per instance, or the total on the Dec 2022 UI). */
  classImages: number | null;
}

export interface FormReading {
  generation: Generation;
  /** The plan inputs read from the page (only valid values). */
  input: PlanInput;
  sources: FormSource[];
  notes: FormNote[];
  /** Concept slots with a directory set. */
  activeConcepts: ConceptReading[];
  modelName: string;
  /** The Dreambooth extension's API key as its tab shows it ('' when none): the server's counts need it. */
  apiKey: string;
  /** A warmup the page sets as a share of the run (kohya_ss GUI's), planned in the run's own steps. */
  warmupShare?: number;
  /** The page trains with class images already (kohya_ss GUI: a regularisation folder is set). */
  prior?: boolean;
  /** The model family the page trains, where it says (kohya_ss GUI's SDXL and v2 boxes). */
  family?: ModelFamily;
}

/** Mixed Precision choices → R13's number formats ("no" trains in fp32). */
export const PRECISION_OF: Readonly<Record<string, Precision>> = {
  no: 'fp32',
  fp16: 'fp16',
  bf16: 'bf16',
  fp32: 'fp32',
};

/** A page's fields by key, as a host's locator finds them. */
export interface FieldFinder<K extends string> {
  find(key: K): Component | null;
  ambiguous: readonly K[];
}

/**
 * Reads fields into the plan input (a value only where it parses; `keep` false reads without setting
 * it), noting where each value came from and, for a field that is missing, ambiguous, empty or
 * unusable, what was assumed instead.
 */
export function fieldReader<K extends string>(tab: FieldFinder<K>, input: PlanInput, englishLabel: (key: K) => string) {
  const sources: FormSource[] = [];
  const notes: FormNote[] = [];
  const read = <T>(
    key: K,
    field: keyof PlanInput,
    assumed: Assumed,
    parse: (component: Component) => T | undefined,
    keep = true,
  ): T | undefined => {
    const component = tab.find(key);
    if (!component) {
      notes.push({
        field,
        label: englishLabel(key),
        kind: tab.ambiguous.includes(key) ? 'ambiguous' : 'missing',
        assumed,
      });
      return undefined;
    }
    const value = parse(component);
    const shown = readText(component);
    if (value === undefined) {
      notes.push({
        field,
        label: component.shownLabel,
        ...(shown.trim() === '' ? { kind: 'empty' } : { kind: 'unusable', shown }),
        assumed,
      });
      return undefined;
    }
    sources.push({ field, label: component.shownLabel, shown });
    if (keep) (input as Record<string, unknown>)[field] = value;
    return value;
  };
  return { read, sources, notes };
}

/** Parsers of fieldReader: a whole number from min, a number in a range, a checkbox, non-empty text. */
export const wholeNumber = (min: number) => (component: Component) => {
  const value = readComponent(component);
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : undefined;
};
export const inRange = (min: number, max: number) => (component: Component) => {
  const value = readComponent(component);
  return typeof value === 'number' && value >= min && value <= max ? value : undefined;
};
export const isChecked = (component: Component) => readComponent(component) === true;
export const nonEmptyText = (component: Component) => {
  const value = readComponent(component);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

export function readForm(tab: DreamboothTab): FormReading {
  const input: PlanInput = {};
  const { read, sources, notes } = fieldReader(tab, input, (key: FieldKey) => FIELDS[key][0]);

  read('batchSize', 'batchSize', 1, wholeNumber(1));
  read('gradAccum', 'gradAccum', 1, wholeNumber(1));

  if (tab.find('textEncoderRatio')) {
    read('textEncoderRatio', 'textEncoderRatio', { key: 'noTextEncoder' }, (component) => {
      const value = readComponent(component);
      return typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined;
    });
  } else {
    read('trainTextEncoder', 'textEncoder', { key: 'off' }, isChecked);
  }

  read('resolution', 'resolution', 512, wholeNumber(1));

  read('scheduler', 'scheduler', 'constant', nonEmptyText);

  // R9: since Jan 2023 the extension runs its own schedulers, with a starting factor and warmup.
  input.schedulers = tab.generation === '2022-12' ? 'research' : 'extension';
  if (input.schedulers === 'extension') {
    read('startFactor', 'startFactor', 0.5, inRange(0, 1));
    read('scalePosition', 'scalePosition', 0.5, inRange(0, 1));
    // The curve's shape (R9): cosine's waves, polynomial's power, cosine_annealing's floor.
    read('cycles', 'cycles', 1, wholeNumber(1));
    read('power', 'power', 1, inRange(BOUNDS.power.min, BOUNDS.power.max));
    read('minLearningRate', 'minLearningRate', 1e-6, inRange(BOUNDS.minLearningRate.min, BOUNDS.minLearningRate.max));
  }
  read('warmupSteps', 'warmupSteps', { key: 'unchecked' }, wholeNumber(0));

  read('precision', 'precision', 'fp32', (component) => {
    const shown = String(readComponent(component)).trim();
    return Object.hasOwn(PRECISION_OF, shown) ? PRECISION_OF[shown] : undefined;
  });

  if (tab.find('optimizer')) {
    read('optimizer', 'optimizer', 'AdamW', nonEmptyText);
  }

  read('useLora', 'lora', { key: 'off' }, isChecked);

  // Current UI only: whether the UNet's weights are held in the mixed type (R13).
  if (tab.find('fullMixedPrecision')) {
    read('fullMixedPrecision', 'fullMixedPrecision', { key: 'off' }, isChecked);
  }

  if (tab.find('scaleLr')) {
    read('scaleLr', 'scaleLr', { key: 'off' }, isChecked);
  }

  const model = tab.find('model');
  const modelName = model ? String(readComponent(model) ?? '').trim() : '';

  const activeConcepts: ConceptReading[] = [];
  tab.concepts.forEach((_, slot) => {
    const index = slot + 1;
    const directory = tab.findInConcept('instanceDirectory', index);
    const text = directory ? String(readComponent(directory) ?? '').trim() : '';
    if (text === '') return;
    const prompt = tab.findInConcept('instancePrompt', index);
    const classDirectory = tab.findInConcept('classDirectory', index);
    const classField = tab.findInConcept(
      tab.generation === '2022-12' ? 'classImagesTotal' : 'classImagesPerInstance',
      index,
    );
    const classImages = classField ? readComponent(classField) : null;
    activeConcepts.push({
      index,
      directory: text,
      classDirectory: classDirectory ? String(readComponent(classDirectory) ?? '').trim() : '',
      prompt: prompt ? String(readComponent(prompt) ?? '') : '',
      classImages: typeof classImages === 'number' ? classImages : null,
    });
  });

  const apiKeyField = tab.find('apiKey');
  const apiKey = apiKeyField ? String(readComponent(apiKeyField) ?? '').trim() : '';
  return { generation: tab.generation, input, sources, notes, activeConcepts, modelName, apiKey };
}
