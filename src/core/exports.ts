/**
 * The plan as files the trainers users moved to load: the kohya_ss GUI's config JSON, sd-scripts'
 * TOML pair (--config_file, --dataset_config) and a OneTrainer preset. Each is a pure function of the
 * plan; notes and warnings are codes with parameters (src/i18n renders them). Key names and values
 * were checked against each trainer's source; test/core/exports.test.ts lists them with the commit.
 *
 * R16 (docs/formulas.md): kohya counts regularisation images as samples of their own (its GUI
 * multiplies steps by 2 when a reg folder is set; sd-scripts repeats reg images up to the train
 * images), while the research's trainer puts each class image into the same step as its instance
 * image. So with prior preservation the same training is twice kohya's steps.
 */
import type { DerivationStep, Plan } from './plan.js';
import type { PlanRequest } from './request.js';

export const EXPORT_FORMATS = ['kohya-json', 'sd-scripts-toml', 'onetrainer-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  content: string;
}

/** What to do beside loading the file, as data. */
export type ExportNote =
  | { key: 'kohya-folders'; concepts: number }
  | { key: 'reg-images'; images: number; folder: string }
  | { key: 'onetrainer-epochs'; epochs: number; stepsPerEpoch: number; steps: number }
  | { key: 'sd-scripts-files'; config: string; dataset: string };

/** Where the trainer's model differs from the research's, as data. */
export type ExportWarning =
  | { key: 'reg-doubles-steps'; steps: number; trainerSteps: number }
  | { key: 'scheduler-substituted'; scheduler: string; used: string }
  | { key: 'sdxl-te-rates' }
  | { key: 'prior-prediction' }
  | { key: 'no-rate' };

export interface PlanExport {
  format: ExportFormat;
  files: ExportFile[];
  notes: ExportNote[];
  warnings: ExportWarning[];
  /** R16 and the trainer's own numbers, as formulas. */
  derivation: DerivationStep[];
}

export interface ExportOptions {
  /** Prior preservation: class images go to a regularisation folder. */
  prior: boolean;
  /** The main file's name (sd-scripts' dataset file is named after it); each format has a default. */
  fileName?: string;
}

/** Folder of concept n's images, as the notes and files name it. */
const conceptFolder = (concept: number) => `concept-${concept}`;
const REG_FOLDER = 'class';

/** R16: the trainer's steps for the research's steps, and its derivation line. */
function trainerSteps(plan: Plan, prior: boolean): { steps: number; step?: DerivationStep } {
  if (!prior) return { steps: plan.maxTrainSteps };
  const steps = 2 * plan.maxTrainSteps;
  return {
    steps,
    step: {
      rule: 'R16',
      quantity: 'maxTrainSteps',
      text: `steps(kohya) = 2 · steps = 2 · ${plan.maxTrainSteps} = ${steps}`,
    },
  };
}

/** The research's schedulers as each trainer names them; unmeasured ones were planned as constant (×1). */
const KOHYA_SCHEDULERS: Readonly<Record<string, string>> = {
  constant: 'constant',
  constant_with_warmup: 'constant_with_warmup',
  linear: 'linear',
  linear_with_warmup: 'linear',
  cosine: 'cosine',
  cosine_with_restarts: 'cosine_with_restarts',
  polynomial: 'polynomial',
};
const ONETRAINER_SCHEDULERS: Readonly<Record<string, string>> = {
  constant: 'CONSTANT',
  constant_with_warmup: 'CONSTANT',
  linear: 'LINEAR',
  linear_with_warmup: 'LINEAR',
  // polynomial at the research's power 1 is a linear decay.
  polynomial: 'LINEAR',
  cosine: 'COSINE',
  cosine_with_restarts: 'COSINE_WITH_HARD_RESTARTS',
};

/** The scheduler the steps were planned for, in the trainer's names. */
function scheduler(plan: Plan, request: PlanRequest, names: Readonly<Record<string, string>>, constant: string) {
  // The extension's own `constant`, `linear` and the unmeasured curves were planned as ×1.
  const measured = !plan.warnings.some((notice) => notice.code.startsWith('scheduler-'));
  const name = measured && Object.hasOwn(names, request.scheduler) ? names[request.scheduler]! : undefined;
  return name
    ? { name }
    : {
        name: constant,
        warning: { key: 'scheduler-substituted', scheduler: request.scheduler, used: constant } as const,
      };
}

const rate = (value: number) => Number(value.toPrecision(4));

/** What kohya's GUI and sd-scripts differ in from the research, for both of their files. */
function kohyaWarnings(
  plan: Plan,
  steps: number,
  substituted: ExportWarning | undefined,
  prior: boolean,
): ExportWarning[] {
  return [
    ...(prior ? [{ key: 'reg-doubles-steps', steps: plan.maxTrainSteps, trainerSteps: steps } as const] : []),
    ...(substituted ? [substituted] : []),
    { key: 'sdxl-te-rates' },
    ...(plan.learningRateApplies ? [] : [{ key: 'no-rate' } as const]),
  ];
}
/** The training resolution (the largest of dynamic ones). */
const side = (request: PlanRequest) => request.resolutions[request.resolutions.length - 1]!;
const mixedPrecision = (request: PlanRequest) =>
  request.precision === 'fp16' || request.precision === 'bf16' ? request.precision : 'no';

function kohyaJson(plan: Plan, request: PlanRequest, options: ExportOptions): PlanExport {
  const { steps, step } = trainerSteps(plan, options.prior);
  const chosen = scheduler(plan, request, KOHYA_SCHEDULERS, 'constant');
  const resolution = side(request);
  const config: Record<string, unknown> = {
    max_train_steps: steps,
    max_train_epochs: 0,
    train_batch_size: request.batchSize,
    gradient_accumulation_steps: request.gradAccum,
    lr_scheduler: chosen.name,
    mixed_precision: mixedPrecision(request),
    max_resolution: `${resolution},${resolution}`,
  };
  if (chosen.name === 'cosine_with_restarts') config.lr_scheduler_num_cycles = 1;
  if (plan.learningRateApplies) {
    config.learning_rate = rate(plan.learningRate);
    config.learning_rate_te = request.textEncoderRatio > 0 ? rate(plan.learningRate) : 0;
  }
  return {
    format: 'kohya-json',
    files: [{ name: options.fileName ?? 'kohya-dreambooth.json', content: `${JSON.stringify(config, null, 2)}\n` }],
    notes: [
      { key: 'kohya-folders', concepts: plan.concepts.length },
      ...(options.prior ? [{ key: 'reg-images', images: plan.classImages, folder: `1_${REG_FOLDER}` } as const] : []),
    ],
    warnings: kohyaWarnings(plan, steps, chosen.warning, options.prior),
    derivation: step ? [step] : [],
  };
}

/** TOML values for what these files hold: numbers, strings, booleans and number pairs. */
function toml(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toml).join(', ')}]`;
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : value.toExponential().replace('e+', 'e');
  return String(value);
}
const tomlTable = (entries: Record<string, unknown>) =>
  Object.entries(entries)
    .map(([key, value]) => `${key} = ${toml(value)}`)
    .join('\n');

function sdScriptsToml(plan: Plan, request: PlanRequest, options: ExportOptions): PlanExport {
  const { steps, step } = trainerSteps(plan, options.prior);
  const chosen = scheduler(plan, request, KOHYA_SCHEDULERS, 'constant');
  const resolution = side(request);
  const configName = options.fileName ?? 'config.toml';
  const datasetName = `${configName.replace(/\.toml$/i, '')}.dataset.toml`;
  const config: Record<string, unknown> = {
    dataset_config: datasetName,
    max_train_steps: steps,
    gradient_accumulation_steps: request.gradAccum,
    lr_scheduler: chosen.name,
    mixed_precision: mixedPrecision(request),
    prior_loss_weight: 1.0,
  };
  if (plan.learningRateApplies) {
    config.learning_rate = rate(plan.learningRate);
    config.learning_rate_te = rate(plan.learningRate);
  }
  if (request.textEncoderRatio === 0) config.stop_text_encoder_training = -1;
  const subsets = plan.concepts.map(
    (_, index) => `[[datasets.subsets]]\n${tomlTable({ image_dir: conceptFolder(index + 1), num_repeats: 1 })}`,
  );
  if (options.prior)
    subsets.push(`[[datasets.subsets]]\n${tomlTable({ image_dir: REG_FOLDER, num_repeats: 1, is_reg: true })}`);
  const dataset = [
    `[general]\n${tomlTable({ resolution: [resolution, resolution], caption_extension: '.txt' })}`,
    `[[datasets]]\n${tomlTable({ batch_size: request.batchSize })}`,
    ...subsets,
  ].join('\n\n');
  return {
    format: 'sd-scripts-toml',
    files: [
      { name: configName, content: `${tomlTable(config)}\n` },
      { name: datasetName, content: `${dataset}\n` },
    ],
    notes: [
      { key: 'sd-scripts-files', config: configName, dataset: datasetName },
      ...(options.prior ? [{ key: 'reg-images', images: plan.classImages, folder: REG_FOLDER } as const] : []),
    ],
    warnings: kohyaWarnings(plan, steps, chosen.warning, options.prior),
    derivation: step ? [step] : [],
  };
}

/** OneTrainer counts epochs: the steps of an epoch are ⌈images / batch⌉ / GA, and the epochs what covers the plan's steps. */
function oneTrainerJson(plan: Plan, request: PlanRequest, options: ExportOptions): PlanExport {
  const chosen = scheduler(plan, request, ONETRAINER_SCHEDULERS, 'CONSTANT');
  const stepsPerEpoch = Math.max(1, Math.ceil(plan.frames / request.batchSize) / request.gradAccum);
  const epochs = Math.max(1, Math.round(plan.maxTrainSteps / stepsPerEpoch));
  const precision = { fp16: 'FLOAT_16', bf16: 'BFLOAT_16', tf32: 'TFLOAT_32', fp32: 'FLOAT_32', fp64: 'FLOAT_32' }[
    request.precision
  ];
  const learningRate = plan.learningRateApplies ? rate(plan.learningRate) : null;
  const config = {
    __version: 11,
    epochs,
    batch_size: request.batchSize,
    gradient_accumulation_steps: request.gradAccum,
    learning_rate_scheduler: chosen.name,
    // OneTrainer warms up 200 steps by default; the research's constant has no warmup.
    learning_rate_warmup_steps: plan.proposedWarmupSteps ?? request.warmupSteps ?? 0,
    ...(learningRate === null ? {} : { learning_rate: learningRate }),
    resolution: String(side(request)),
    train_dtype: precision,
    unet: { train: true, learning_rate: learningRate },
    text_encoder: { train: request.textEncoderRatio > 0, learning_rate: learningRate },
    concepts: plan.concepts.map((_, index) => ({
      name: conceptFolder(index + 1),
      path: conceptFolder(index + 1),
      type: 'STANDARD',
      include_subdirectories: true,
      balancing: 1,
      balancing_strategy: 'REPEATS',
    })),
  };
  return {
    format: 'onetrainer-json',
    files: [{ name: options.fileName ?? 'onetrainer-preset.json', content: `${JSON.stringify(config, null, 2)}\n` }],
    notes: [{ key: 'onetrainer-epochs', epochs, stepsPerEpoch, steps: plan.maxTrainSteps }],
    warnings: [
      ...(chosen.warning ? [chosen.warning] : []),
      ...(options.prior ? [{ key: 'prior-prediction' } as const] : []),
      ...(plan.learningRateApplies ? [] : [{ key: 'no-rate' } as const]),
    ],
    derivation: [
      {
        rule: 'R16',
        quantity: 'epochs',
        text: `epochs(OneTrainer) = round(steps / (⌈FN / BS⌉ / GA)) = round(${plan.maxTrainSteps} / ${stepsPerEpoch}) = ${epochs}`,
      },
    ],
  };
}

/** The plan as a trainer's files; a plan with errors exports nothing (null). */
export function exportPlan(
  format: ExportFormat,
  plan: Plan,
  request: PlanRequest,
  options: ExportOptions,
): PlanExport | null {
  if (plan.errors.length > 0) return null;
  switch (format) {
    case 'kohya-json':
      return kohyaJson(plan, request, options);
    case 'sd-scripts-toml':
      return sdScriptsToml(plan, request, options);
    case 'onetrainer-json':
      return oneTrainerJson(plan, request, options);
  }
}
