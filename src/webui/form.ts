/**
 * What the Dreambooth form says about the training: the plan inputs the page knows, where each came
 * from, and a note for every field that is missing, empty or odd (with what was assumed instead).
 */
import { BOUNDS, type PlanInput, type Precision } from '../core/index.js';
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
}

/** Mixed Precision choices → R13's number formats ("no" trains in fp32). */
const PRECISION_OF: Readonly<Record<string, Precision>> = { no: 'fp32', fp16: 'fp16', bf16: 'bf16', fp32: 'fp32' };

export function readForm(tab: DreamboothTab): FormReading {
  const input: PlanInput = {};
  const sources: FormSource[] = [];
  const notes: FormNote[] = [];

  const read = <T>(
    key: FieldKey,
    field: keyof PlanInput,
    assumed: Assumed,
    parse: (component: Component) => T | undefined,
  ): T | undefined => {
    const component = tab.find(key);
    if (!component) {
      notes.push({
        field,
        label: FIELDS[key][0],
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
    return value;
  };
  const wholeNumber = (min: number) => (component: Component) => {
    const value = readComponent(component);
    return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : undefined;
  };

  const batchSize = read('batchSize', 'batchSize', 1, wholeNumber(1));
  if (batchSize !== undefined) input.batchSize = batchSize;
  const gradAccum = read('gradAccum', 'gradAccum', 1, wholeNumber(1));
  if (gradAccum !== undefined) input.gradAccum = gradAccum;

  if (tab.find('textEncoderRatio')) {
    const ratio = read('textEncoderRatio', 'textEncoderRatio', { key: 'noTextEncoder' }, (component) => {
      const value = readComponent(component);
      return typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined;
    });
    if (ratio !== undefined) input.textEncoderRatio = ratio;
  } else {
    const train = read(
      'trainTextEncoder',
      'textEncoder',
      { key: 'off' },
      (component) => readComponent(component) === true,
    );
    if (train !== undefined) input.textEncoder = train;
  }

  const resolution = read('resolution', 'resolution', 512, wholeNumber(1));
  if (resolution !== undefined) input.resolution = resolution;

  const scheduler = read('scheduler', 'scheduler', 'constant', (component) => {
    const value = readComponent(component);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  });
  if (scheduler !== undefined) input.scheduler = scheduler;

  // R9: since Jan 2023 the extension runs its own schedulers, with a starting factor and warmup.
  input.schedulers = tab.generation === '2022-12' ? 'research' : 'extension';
  const inRange = (min: number, max: number) => (component: Component) => {
    const value = readComponent(component);
    return typeof value === 'number' && value >= min && value <= max ? value : undefined;
  };
  if (input.schedulers === 'extension') {
    const startFactor = read('startFactor', 'startFactor', 0.5, inRange(0, 1));
    if (startFactor !== undefined) input.startFactor = startFactor;
    const scalePosition = read('scalePosition', 'scalePosition', 0.5, inRange(0, 1));
    if (scalePosition !== undefined) input.scalePosition = scalePosition;
    // The curve's shape (R9): cosine's waves, polynomial's power, cosine_annealing's floor.
    const cycles = read('cycles', 'cycles', 1, wholeNumber(1));
    if (cycles !== undefined) input.cycles = cycles;
    const power = read('power', 'power', 1, inRange(BOUNDS.power.min, BOUNDS.power.max));
    if (power !== undefined) input.power = power;
    const minLearningRate = read(
      'minLearningRate',
      'minLearningRate',
      1e-6,
      inRange(BOUNDS.minLearningRate.min, BOUNDS.minLearningRate.max),
    );
    if (minLearningRate !== undefined) input.minLearningRate = minLearningRate;
  }
  const warmup = read('warmupSteps', 'warmupSteps', { key: 'unchecked' }, wholeNumber(0));
  if (warmup !== undefined) input.warmupSteps = warmup;

  const precision = read('precision', 'precision', 'fp32', (component) => {
    const shown = String(readComponent(component)).trim();
    return Object.hasOwn(PRECISION_OF, shown) ? PRECISION_OF[shown] : undefined;
  });
  if (precision !== undefined) input.precision = precision;

  if (tab.find('optimizer')) {
    const optimizer = read('optimizer', 'optimizer', 'AdamW', (component) => {
      const value = readComponent(component);
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    });
    if (optimizer !== undefined) input.optimizer = optimizer;
  }

  const lora = read('useLora', 'lora', { key: 'off' }, (component) => readComponent(component) === true);
  if (lora !== undefined) input.lora = lora;

  // Current UI only: whether the UNet's weights are held in the mixed type (R13).
  if (tab.find('fullMixedPrecision')) {
    const full = read(
      'fullMixedPrecision',
      'fullMixedPrecision',
      { key: 'off' },
      (component) => readComponent(component) === true,
    );
    if (full !== undefined) input.fullMixedPrecision = full;
  }

  if (tab.find('scaleLr')) {
    const scale = read('scaleLr', 'scaleLr', { key: 'off' }, (component) => readComponent(component) === true);
    if (scale !== undefined) input.scaleLr = scale;
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
