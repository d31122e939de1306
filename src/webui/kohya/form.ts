/**
 * What the kohya_ss GUI's Dreambooth tab says about the training, in the plan's terms, and what it
 * holds beyond them (model family, folders, the current steps) for the rows a plan writes there.
 * Its text encoder and warmup are read the way sd-scripts will apply them (see kohyaTextEncoderRatio).
 */
import { sdScriptsTextEncoderRatio, type ModelFamily, type PlanInput } from '../../core/index.js';
import { readComponent, type Component } from '../components.js';
import {
  PRECISION_OF,
  fieldReader,
  inRange,
  isChecked,
  nonEmptyText,
  wholeNumber,
  type ConceptReading,
  type FormReading,
} from '../form.js';
import { KOHYA_FIELDS, type KohyaFieldKey } from './fields.js';
import type { KohyaTab } from './locate.js';

/** sd-scripts' option that stops the text encoder, as the Additional parameters field may hold it. */
const STOP_OPTION = /(^|\s)--stop_text_encoder_training(?:\s+|=)(-?\d+)(?=\s|$)/;

export interface KohyaReading extends FormReading {
  family: ModelFamily;
  /** The steps the GUI passes to sd-scripts now (0: it derives them from the folders). */
  maxTrainSteps: number | null;
  trainDataDir: string;
  regDataDir: string;
  /** A dataset config file replaces the folders' names (and so the plan's repeats). */
  datasetConfig: string;
  additionalParameters: string;
  /** The share of the run after which the GUI's values stop the text encoder, where train_db.py crashes. */
  crashingStop: number | null;
}

const text = (component: Component | null) => (component ? String(readComponent(component) ?? '').trim() : '');
const number = (component: Component | null) => {
  const value = component ? readComponent(component) : null;
  return typeof value === 'number' ? value : null;
};

/** "512,512" or "768": the larger side is what sd-scripts buckets around. */
function resolutionOf(component: Component): number | undefined {
  const sides = String(readComponent(component) ?? '')
    .split(',')
    .map((part) => part.trim());
  if (sides.length > 2 || sides.some((side) => !/^\d+$/.test(side))) return undefined;
  const largest = Math.max(...sides.map(Number));
  return largest >= 1 ? largest : undefined;
}

/**
 * The share of the run the text encoder trains, as sd-scripts' train_db.py applies the GUI's values:
 * none at rate 0 or a stop of -1; until step N when Additional parameters or the "Stop TE" slider
 * (which the GUI passes on as a step number, not a %) give N; else the whole run.
 */
export function kohyaTextEncoderRatio(values: {
  rate: number | null;
  stop: number | null;
  additional: string;
  maxTrainSteps: number | null;
}): number {
  if (values.rate === 0 || values.stop === -1) return 0;
  const option = STOP_OPTION.exec(values.additional);
  const steps = option ? Number(option[2]) : values.stop && values.stop > 0 ? values.stop : null;
  if (steps === null) return 1;
  if (steps < 0) return 0;
  const total = values.maxTrainSteps;
  // To the hundredth: the steps Autofill writes then read back as the share it planned.
  return total && total > 0 ? Math.min(1, Math.round((100 * steps) / total) / 100) : 1;
}

/** The Additional parameters without a stop of the text encoder (the rest kept as it was). */
export function withoutStopOption(additional: string): string {
  return additional.replace(STOP_OPTION, ' ').replace(/\s+/g, ' ').trim();
}

export function readKohyaForm(tab: KohyaTab): KohyaReading {
  const input: PlanInput = { schedulers: 'research' };
  const { read, sources, notes } = fieldReader(tab, input, (key: KohyaFieldKey) => KOHYA_FIELDS[key][0]);
  const checked = (key: KohyaFieldKey) => {
    const component = tab.find(key);
    return component !== null && isChecked(component);
  };

  read('batchSize', 'batchSize', 1, wholeNumber(1));
  read('gradAccum', 'gradAccum', 1, wholeNumber(1));
  read('resolution', 'resolution', 512, resolutionOf);
  read('scheduler', 'scheduler', 'constant', nonEmptyText);
  read('optimizer', 'optimizer', 'AdamW', nonEmptyText);
  read('precision', 'precision', 'fp32', (component) => {
    const shown = String(readComponent(component)).trim();
    return Object.hasOwn(PRECISION_OF, shown) ? PRECISION_OF[shown] : undefined;
  });
  // R13: sd-scripts' full fp16/bf16 holds the weights themselves in the mixed type.
  input.fullMixedPrecision = checked('fullFp16') || checked('fullBf16');

  const family: ModelFamily = checked('sdxl') ? 'sdxl' : checked('v2') ? 'sd2' : 'sd15';
  const maxTrainSteps = number(tab.find('maxTrainSteps'));
  const additionalParameters = text(tab.find('additionalParameters'));

  // SDXL's text encoders train at rates TE1/TE2 (all run or not at all); the others as sd-scripts stops it.
  const teRate =
    family === 'sdxl'
      ? Math.max(number(tab.find('textLearningRate1')) ?? 0, number(tab.find('textLearningRate2')) ?? 0)
      : read('textLearningRate', 'textEncoderRatio', 1, inRange(0, 1), false);
  const stop = family === 'sdxl' ? null : read('stopTextEncoder', 'textEncoderRatio', 1, inRange(-1, 100), false);
  const share =
    family === 'sdxl'
      ? teRate
        ? 1
        : 0
      : kohyaTextEncoderRatio({
          rate: teRate ?? null,
          stop: stop ?? null,
          additional: additionalParameters,
          maxTrainSteps,
        });
  // A stop inside the run crashes train_db.py: the plan is for the share it can run.
  input.textEncoderRatio = sdScriptsTextEncoderRatio(share);

  // The warmup is a share of the run: the override in steps of the run as set now, else the %.
  const warmupSteps = number(tab.find('warmupSteps'));
  const warmupPercent = number(tab.find('warmupPercent'));
  const warmupShare =
    warmupSteps && warmupSteps > 0 && maxTrainSteps && maxTrainSteps > 0
      ? Math.min(1, warmupSteps / maxTrainSteps)
      : warmupPercent && warmupPercent > 0
        ? Math.min(1, warmupPercent / 100)
        : 0;

  const trainDataDir = text(tab.find('trainDataDir'));
  const regDataDir = text(tab.find('regDataDir'));
  // One concept: the image folder (its subfolders' names carry the repeats and the caption).
  const concept: ConceptReading = {
    index: 1,
    directory: trainDataDir,
    classDirectory: regDataDir,
    prompt: '',
    classImages: null,
  };
  return {
    generation: 'kohya',
    input,
    sources,
    notes,
    activeConcepts: trainDataDir ? [concept] : [],
    modelName: text(tab.find('outputName')),
    apiKey: '',
    warmupShare,
    prior: regDataDir !== '',
    family,
    maxTrainSteps,
    trainDataDir,
    regDataDir,
    datasetConfig: text(tab.find('datasetConfig')),
    additionalParameters,
    crashingStop: share > 0 && share < 1 ? share : null,
  };
}
