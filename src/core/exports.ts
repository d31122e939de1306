/**
 * The plan as files the trainers users moved to load: the kohya_ss GUI's config JSON, sd-scripts'
 * config TOML and a OneTrainer preset. Each is a pure function of the plan; notes, warnings and
 * refusals are codes with parameters (src/i18n renders them). docs/formulas.md "Exports" says how
 * each trainer counts and why each value is what it is; test/python/test_trainer_exports.py loads
 * the files with the trainers' own code.
 *
 * R16 (docs/formulas.md): kohya and OneTrainer count class images as samples of their own, so with
 * prior preservation the same training is twice their batches. All three count a step after
 * gradient accumulation (one optimizer update), where the plan's steps are batches.
 */
import { computePlan, type DerivationStep, type Plan } from './plan.js';
import type { PlanRequest } from './request.js';
import { schedulerIgnoresWarmup } from './rules.js';

export const EXPORT_FORMATS = ['kohya-json', 'sd-scripts-toml', 'onetrainer-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MODEL_FAMILIES = ['sd15', 'sd2', 'sdxl'] as const;
export type ModelFamily = (typeof MODEL_FAMILIES)[number];

/** The folders and model a run needs, as the export options name them. */
export const EXPORT_PATHS = ['model', 'outputDir', 'trainDataDir', 'regDataDir'] as const;
export type ExportPath = (typeof EXPORT_PATHS)[number];

export interface ExportFile {
  name: string;
  content: string;
}

/** What to do beside loading the file, as data. */
export type ExportNote =
  | { key: 'instance-folders'; folders: string }
  | { key: 'reg-folder'; images: number; folder: string }
  | { key: 'kohya-gui-paths' }
  | { key: 'saves-final' }
  | { key: 'saves-every'; every: number; trainerEvery: number }
  | { key: 'onetrainer-captions'; folder: string; caption: string }
  | { key: 'onetrainer-concepts'; name: string; file: string }
  | { key: 'start-sd-scripts'; script: string; config: string }
  | { key: 'start-onetrainer'; config: string }
  | { key: 'start-kohya-gui'; config: string };

/** Where the trainer's model differs from the research's, as data. */
export type ExportWarning =
  | { key: 'scheduler-substituted'; scheduler: string; used: string }
  | { key: 'family-unmeasured' }
  | { key: 'sd2-v-prediction'; model: '768-v' | 'base' }
  | { key: 'te-share-snapped'; share: number; used: number }
  | { key: 'dynamic-resolution'; resolution: number }
  | { key: 'scale-lr-unscaled'; rate: number }
  | { key: 'buckets' }
  | { key: 'extension-schedulers'; scheduler: string }
  | { key: 'no-rate' };

/** Why a plan cannot be exported as asked, as data. */
export type ExportRefusal =
  | { key: 'lora' }
  | { key: 'missing-paths'; paths: ExportPath[] }
  | { key: 'relative-path'; path: ExportPath; value: string }
  | { key: 'token-count'; concepts: number; tokens: number }
  | { key: 'token-invalid'; option: 'instanceToken' | 'classToken'; value: string }
  | { key: 'save-every-invalid' }
  | { key: 'plan-errors' };

export interface PlanExport {
  format: ExportFormat;
  files: ExportFile[];
  notes: ExportNote[];
  warnings: ExportWarning[];
  /** R16 and the trainer's own counting, as formulas. */
  derivation: DerivationStep[];
}

export interface ExportOptions {
  /** The file's name; each format has a default. */
  fileName?: string;
  /** The folder the files are saved in, when known (the CLI's --out, made absolute): the notes and
   * OneTrainer's concept file name it; else the notes name the file alone and the concept file is
   * in the training folder. */
  folder?: string;
  modelFamily?: ModelFamily;
  /** Absolute paths (the CLI resolves relative ones against where it runs). */
  paths?: Partial<Record<ExportPath, string>>;
  /** One per concept; default `sks`, `sks2`, … */
  instanceTokens?: string[];
  /** The class word; default `person`. */
  classToken?: string;
  /** A checkpoint every this many of the plan's steps besides the final model (default: the final only). */
  saveEvery?: number;
}

/** What each format cannot run without: sd-scripts and OneTrainer would otherwise start on their own defaults. */
const REQUIRED_PATHS: Readonly<Record<ExportFormat, readonly ExportPath[]>> = {
  // The GUI keeps its own fields for what the file leaves out, and checks them before it starts.
  'kohya-json': [],
  'sd-scripts-toml': ['model', 'outputDir', 'trainDataDir'],
  'onetrainer-json': ['model', 'outputDir', 'trainDataDir'],
};

export const DEFAULT_CLASS_TOKEN = 'person';

/** POSIX `/…`, Windows `C:\…` or `C:/…`, or a UNC share `\\server\…`. */
export const isAbsolutePath = (path: string) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path);

/** The trainer's view of the plan, shared by the three formats. */
interface TrainerRun {
  /** R16: class images are samples of their own (2 with prior preservation, else 1). */
  sampleFactor: number;
  /** Batches the trainer runs: the plan's steps · sampleFactor. */
  batches: number;
  /** Optimizer updates: ⌈batches / GA⌉. */
  optimizerSteps: number;
  /** Folder repeats of each instance image, so that an epoch draws every class image. */
  repeats: number;
  /** The optimizer steps the text encoder trains (the whole run when null). */
  textEncoderSteps: number | null;
  warmupSteps: number;
  /** A checkpoint every this many optimizer steps / batches (OneTrainer), when asked. */
  saveEverySteps?: number;
  saveEveryBatches?: number;
  instanceFolders: string[];
  regFolder: string;
  derivation: DerivationStep[];
}

function trainerRun(plan: Plan, request: PlanRequest, options: ExportOptions): TrainerRun {
  const sampleFactor = request.prior ? 2 : 1;
  const batches = plan.maxTrainSteps * sampleFactor;
  const optimizerSteps = Math.ceil(batches / request.gradAccum);
  const repeats = request.prior ? Math.max(1, Math.ceil(plan.classImages / plan.frames)) : 1;
  const ratio = request.textEncoderRatio;
  const textEncoderSteps = ratio >= 1 ? null : Math.round(ratio * optimizerSteps);
  // The warmup keeps its share of the run (the plan counts it in the scheduler's steps); a warmup the
  // planned scheduler ignores stays 0, since OneTrainer would warm up any scheduler.
  const ignored = schedulerIgnoresWarmup(plan.proposedScheduler ?? request.scheduler, request.schedulers);
  const warmup = ignored ? 0 : (plan.proposedWarmupSteps ?? request.warmupSteps ?? 0);
  const warmupSteps = Math.round((warmup / plan.schedulerSteps) * optimizerSteps);
  const saveEvery = options.saveEvery;
  const tokens = instanceTokens(options, plan.concepts.length);
  const classToken = options.classToken ?? DEFAULT_CLASS_TOKEN;
  const derivation: DerivationStep[] = [];
  const line = (quantity: string, text: string) => derivation.push({ rule: 'R16', quantity, text });
  if (request.prior) line('batches', `batches = 2 · steps = 2 · ${plan.maxTrainSteps} = ${batches}`);
  if (request.gradAccum > 1)
    line(
      'optimizerSteps',
      `optimizer steps = ⌈batches / GA⌉ = ⌈${batches} / ${request.gradAccum}⌉ = ${optimizerSteps}`,
    );
  if (request.prior)
    line('repeats', `repeats = ⌈class images / FN⌉ = ⌈${plan.classImages} / ${plan.frames}⌉ = ${repeats}`);
  if (textEncoderSteps !== null && textEncoderSteps > 0)
    line('textEncoderSteps', `TE steps = r · steps = ${ratio} · ${optimizerSteps} = ${textEncoderSteps}`);
  return {
    sampleFactor,
    batches,
    optimizerSteps,
    repeats,
    textEncoderSteps,
    warmupSteps,
    ...(saveEvery
      ? {
          saveEverySteps: Math.max(1, Math.round((saveEvery * sampleFactor) / request.gradAccum)),
          saveEveryBatches: saveEvery * sampleFactor,
        }
      : {}),
    instanceFolders: tokens.map((token) => `${repeats}_${token} ${classToken}`),
    regFolder: `1_${classToken}`,
    derivation,
  };
}

function instanceTokens(options: ExportOptions, concepts: number): string[] {
  if (options.instanceTokens) return options.instanceTokens;
  return Array.from({ length: concepts }, (_, index) => (index === 0 ? 'sks' : `sks${index + 1}`));
}

/**
 * The text encoder's share of the run that sd-scripts can train: train_db.py crashes where the text
 * encoder stops inside the run (at that step it leaves the bare UNet where accelerate unpacks a list,
 * train_db.py:340-348; kohya_ss #2695), and sdxl_train.py cannot stop it at all. A share in between is
 * planned as the nearer of the two the research measured: all run (r ≥ ½) or not at all.
 */
export function sdScriptsTextEncoderRatio(ratio: number): number {
  return ratio > 0 && ratio < 1 ? (ratio >= 0.5 ? 1 : 0) : ratio;
}

/** The plan as sd-scripts can run it: re-planned for its text encoder share where that differs. */
function sdScriptsPlan(
  plan: Plan,
  request: PlanRequest,
): { plan: Plan; request: PlanRequest; warning?: ExportWarning } {
  const ratio = sdScriptsTextEncoderRatio(request.textEncoderRatio);
  if (ratio === request.textEncoderRatio) return { plan, request };
  const runnable = { ...request, textEncoderRatio: ratio };
  return {
    plan: computePlan(runnable),
    request: runnable,
    warning: { key: 'te-share-snapped', share: request.textEncoderRatio, used: ratio },
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
  const planned = plan.proposedScheduler ?? request.scheduler;
  // The extension's own `constant`, `linear` and the unmeasured curves were planned as ×1.
  const unmeasured = ['scheduler-unknown', 'scheduler-start-factor', 'scheduler-ramp-up'];
  const measured = !plan.warnings.some((notice) => unmeasured.includes(notice.code));
  const name = measured && Object.hasOwn(names, planned) ? names[planned]! : undefined;
  return name
    ? { name }
    : { name: constant, warning: { key: 'scheduler-substituted', scheduler: planned, used: constant } as const };
}

const rate = (value: number) => Number(value.toPrecision(4));
/** The training resolution: the trainers here train at one, the largest of dynamic ones. */
const side = (request: PlanRequest) => request.resolutions[request.resolutions.length - 1]!;
const mixedPrecision = (request: PlanRequest) =>
  request.precision === 'fp16' || request.precision === 'bf16' ? request.precision : 'no';
/** SD 2.x at 768 px is the v-prediction model (768-v); at 512 px the base model predicts noise. */
const vPrediction = (family: ModelFamily, request: PlanRequest) => family === 'sd2' && side(request) >= 768;
const joinPath = (folder: string, name: string) => `${folder.replace(/[\\/]+$/, '')}/${name}`;
/** A file as the how-to-start notes name it: its full path where the folder is known. */
const savedAs = (options: ExportOptions, name: string) => (options.folder ? joinPath(options.folder, name) : name);

/** Warnings every format shares: what the research did not measure or the trainer does differently. */
function commonWarnings(plan: Plan, request: PlanRequest, family: ModelFamily): ExportWarning[] {
  return [
    // The extension's own curves cover another share of the run than these trainers' (R9).
    ...(request.schedulers === 'extension'
      ? [{ key: 'extension-schedulers', scheduler: plan.proposedScheduler ?? request.scheduler } as const]
      : []),
    ...(family === 'sdxl' ? [{ key: 'family-unmeasured' } as const] : []),
    ...(family === 'sd2'
      ? [{ key: 'sd2-v-prediction', model: vPrediction(family, request) ? '768-v' : 'base' } as const]
      : []),
    ...(request.resolutions.length > 1 ? [{ key: 'dynamic-resolution', resolution: side(request) } as const] : []),
    ...(request.scaleLr && plan.learningRateApplies
      ? [{ key: 'scale-lr-unscaled', rate: rate(plan.learningRate) } as const]
      : []),
    ...(plan.learningRateApplies ? [] : [{ key: 'no-rate' } as const]),
  ];
}

/** What the run saves, in the plan's steps and the trainer's count. */
function savesNote(options: ExportOptions, trainerEvery: number | undefined): ExportNote {
  return options.saveEvery && trainerEvery
    ? { key: 'saves-every', every: options.saveEvery, trainerEvery }
    : { key: 'saves-final' };
}

function folderNotes(run: TrainerRun, plan: Plan, request: PlanRequest): ExportNote[] {
  return [
    { key: 'instance-folders', folders: run.instanceFolders.map((folder) => `"${folder}"`).join(', ') },
    ...(request.prior ? [{ key: 'reg-folder', images: plan.classImages, folder: run.regFolder } as const] : []),
  ];
}

/** Epochs a kohya run covers: sd-scripts stops at max_train_steps inside the last one. */
function kohyaEpochs(run: TrainerRun, plan: Plan, request: PlanRequest) {
  const batchesPerEpoch = Math.ceil((run.sampleFactor * run.repeats * plan.frames) / request.batchSize);
  const stepsPerEpoch = Math.ceil(batchesPerEpoch / request.gradAccum);
  return Math.ceil(run.optimizerSteps / stepsPerEpoch);
}

/**
 * The checkpoints sd-scripts writes before the final model: after every Nth epoch but the last
 * (`epoch_no % N == 0 and epoch_no < num_train_epochs`, library/train_util.py:5863-5867) and at every
 * Mth optimizer step (train_db.py:426). 0 or less turns either off.
 */
export function sdScriptsCheckpoints(run: {
  epochs: number;
  steps: number;
  saveEveryEpochs: number;
  saveEverySteps: number;
}): number {
  const byEpoch = run.saveEveryEpochs > 0 ? Math.floor((run.epochs - 1) / run.saveEveryEpochs) : 0;
  const byStep = run.saveEverySteps > 0 ? Math.floor(run.steps / run.saveEverySteps) : 0;
  return byEpoch + byStep;
}

/** About how large one full checkpoint is, in GB (fp16 safetensors: SD 1.x/2.x ≈ 2, SDXL ≈ 7). */
export const CHECKPOINT_GB: Readonly<Record<ModelFamily, number>> = { sd15: 2, sd2: 2, sdxl: 7 };

/** The kohya_ss GUI's settings for a plan: its config file's values, and the Autofill's on its page. */
export interface KohyaGuiSettings {
  /** The GUI's own keys (its config file's and its Dreambooth tab's parameters) → values. */
  config: Record<string, string | number | boolean>;
  /** The folders the GUI's image and regularisation folders must hold. */
  notes: ExportNote[];
  warnings: ExportWarning[];
  derivation: DerivationStep[];
}

/**
 * The warmup a kohya file carries: sd-scripts refuses any warmup with `constant`
 * (library/train_util.py:5294-5297, 5329-5330), where it would not change the curve anyway.
 */
const kohyaWarmupSteps = (run: TrainerRun, schedulerName: string) =>
  schedulerName === 'constant' ? 0 : run.warmupSteps;

/** The plan in the kohya_ss GUI's terms (R16): its steps after accumulation, its epochs, warmup and text encoder. */
export function kohyaGuiSettings(
  asked: Plan,
  askedRequest: PlanRequest,
  options: Pick<ExportOptions, 'paths' | 'instanceTokens' | 'classToken' | 'saveEvery' | 'modelFamily'> = {},
): KohyaGuiSettings {
  const family = options.modelFamily ?? 'sd15';
  const { plan, request, warning: snapped } = sdScriptsPlan(asked, askedRequest);
  const run = trainerRun(plan, request, options);
  const chosen = scheduler(plan, request, KOHYA_SCHEDULERS, 'constant');
  const resolution = side(request);
  const learningRate = plan.learningRateApplies ? rate(plan.learningRate) : undefined;
  const trainsTextEncoder = request.textEncoderRatio > 0;
  const paths = options.paths ?? {};
  const config: KohyaGuiSettings['config'] = {
    ...(paths.model ? { pretrained_model_name_or_path: paths.model } : {}),
    ...(paths.outputDir ? { output_dir: paths.outputDir } : {}),
    ...(paths.trainDataDir ? { train_data_dir: paths.trainDataDir } : {}),
    reg_data_dir: request.prior ? (paths.regDataDir ?? '') : '',
    // The folders' names carry repeats and captions; a dataset file would replace them.
    dataset_config: '',
    v2: family === 'sd2',
    v_parameterization: vPrediction(family, request),
    sdxl: family === 'sdxl',
    max_train_steps: run.optimizerSteps,
    max_train_epochs: 0,
    epoch: kohyaEpochs(run, plan, request),
    train_batch_size: request.batchSize,
    gradient_accumulation_steps: request.gradAccum,
    lr_scheduler: chosen.name,
    lr_scheduler_num_cycles: 1,
    lr_warmup: 0,
    lr_warmup_steps: kohyaWarmupSteps(run, chosen.name),
    mixed_precision: mixedPrecision(request),
    max_resolution: `${resolution},${resolution}`,
    caption_extension: '.txt',
    prior_loss_weight: 1,
    save_every_n_epochs: 0,
    save_every_n_steps: run.saveEverySteps ?? 0,
    save_state: false,
  };
  const warnings: ExportWarning[] = [
    ...(snapped ? [snapped] : []),
    ...(chosen.warning ? [chosen.warning] : []),
    ...commonWarnings(plan, request, family),
  ];
  if (learningRate !== undefined) {
    config.learning_rate = learningRate;
    config.learning_rate_te = trainsTextEncoder ? learningRate : 0;
    config.learning_rate_te1 = trainsTextEncoder ? learningRate : 0;
    config.learning_rate_te2 = trainsTextEncoder ? learningRate : 0;
  }
  // The GUI passes its "Stop TE" slider on as a step number: 0 for the whole run, -1 for none (the
  // text encoder trains all run or not at all, see sdScriptsTextEncoderRatio).
  if (family !== 'sdxl') config.stop_text_encoder_training = trainsTextEncoder ? 0 : -1;
  return { config, notes: folderNotes(run, plan, request), warnings, derivation: run.derivation };
}

function kohyaJson(plan: Plan, request: PlanRequest, options: ExportOptions, family: ModelFamily): PlanExport {
  const settings = kohyaGuiSettings(plan, request, { ...options, modelFamily: family });
  const paths = options.paths ?? {};
  const name = options.fileName ?? 'kohya-dreambooth.json';
  return {
    format: 'kohya-json',
    files: [{ name, content: `${JSON.stringify(settings.config, null, 2)}\n` }],
    notes: [
      ...settings.notes,
      ...(paths.model && paths.outputDir && paths.trainDataDir ? [] : [{ key: 'kohya-gui-paths' } as const]),
      savesNote(options, settings.config.save_every_n_steps ? Number(settings.config.save_every_n_steps) : undefined),
      { key: 'start-kohya-gui', config: savedAs(options, name) },
    ],
    warnings: settings.warnings,
    derivation: settings.derivation,
  };
}

/** TOML values for what these files hold: numbers, strings and booleans. */
function toml(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : value.toExponential().replace('e+', 'e');
  return String(value);
}

function sdScriptsToml(
  asked: Plan,
  askedRequest: PlanRequest,
  options: ExportOptions,
  family: ModelFamily,
): PlanExport {
  const { plan, request, warning: snapped } = sdScriptsPlan(asked, askedRequest);
  const run = trainerRun(plan, request, options);
  const chosen = scheduler(plan, request, KOHYA_SCHEDULERS, 'constant');
  const resolution = side(request);
  const paths = options.paths ?? {};
  const learningRate = plan.learningRateApplies ? rate(plan.learningRate) : undefined;
  const trainsTextEncoder = request.textEncoderRatio > 0;
  const warnings: ExportWarning[] = [
    ...(snapped ? [snapped] : []),
    ...(chosen.warning ? [chosen.warning] : []),
    ...commonWarnings(plan, request, family),
  ];
  const config: Record<string, unknown> = {
    pretrained_model_name_or_path: paths.model,
    output_dir: paths.outputDir,
    save_model_as: 'safetensors',
    // Folders named "<repeats>_<token> <class>": sd-scripts reads repeats and captions from the names.
    train_data_dir: paths.trainDataDir,
    ...(request.prior ? { reg_data_dir: paths.regDataDir, prior_loss_weight: 1 } : {}),
    caption_extension: '.txt',
    resolution: `${resolution},${resolution}`,
    train_batch_size: request.batchSize,
    max_train_steps: run.optimizerSteps,
    gradient_accumulation_steps: request.gradAccum,
    lr_scheduler: chosen.name,
    ...(chosen.name === 'cosine_with_restarts' ? { lr_scheduler_num_cycles: 1 } : {}),
    lr_warmup_steps: kohyaWarmupSteps(run, chosen.name),
    mixed_precision: mixedPrecision(request),
    ...(run.saveEverySteps ? { save_every_n_steps: run.saveEverySteps } : {}),
    ...(family === 'sd2' ? { v2: true, v_parameterization: vPrediction(family, request) } : {}),
  };
  if (learningRate !== undefined) config.learning_rate = learningRate;
  if (family === 'sdxl') {
    config.train_text_encoder = trainsTextEncoder;
    if (trainsTextEncoder && learningRate !== undefined) {
      config.learning_rate_te1 = learningRate;
      config.learning_rate_te2 = learningRate;
    }
  } else {
    if (learningRate !== undefined && trainsTextEncoder) config.learning_rate_te = learningRate;
    if (!trainsTextEncoder) config.stop_text_encoder_training = -1;
  }
  const script = family === 'sdxl' ? 'sdxl_train.py' : 'train_db.py';
  const name = options.fileName ?? 'sd-scripts-dreambooth.toml';
  const content = [
    `# sd-scripts ${script}: accelerate launch ${script} --config_file ${name}`,
    run.saveEverySteps
      ? `# Saves a checkpoint every ${run.saveEverySteps} steps and the final model.`
      : '# Saves the final model only: no save_every_n_epochs or save_every_n_steps.',
    ...Object.entries(config)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key} = ${toml(value)}`),
  ].join('\n');
  return {
    format: 'sd-scripts-toml',
    files: [{ name, content: `${content}\n` }],
    notes: [
      ...folderNotes(run, plan, request),
      savesNote(options, run.saveEverySteps),
      { key: 'start-sd-scripts', script, config: savedAs(options, name) },
    ],
    warnings,
    derivation: run.derivation,
  };
}

const ONETRAINER_MODEL_TYPES = {
  sd15: 'STABLE_DIFFUSION_15',
  sd2: 'STABLE_DIFFUSION_20_BASE',
  sdxl: 'STABLE_DIFFUSION_XL_10_BASE',
} as const;
const ONETRAINER_PRECISIONS = {
  fp16: 'FLOAT_16',
  bf16: 'BFLOAT_16',
  tf32: 'TFLOAT_32',
  fp32: 'FLOAT_32',
  fp64: 'FLOAT_32',
} as const;

/**
 * OneTrainer's warmup field: above 1 it is batches, which it divides by the accumulation (then steps
 * its scheduler once per update); 1 or less is a share of the run (modules/util/create.py:1127-1132).
 * So the plan's updates are written × GA, and a single batch as 1.5, which it takes as 1.
 */
function oneTrainerWarmup(updates: number, gradAccum: number): number {
  const batches = updates * gradAccum;
  return batches === 1 ? 1.5 : batches;
}

/**
 * OneTrainer counts epochs of batches, and drops each epoch's incomplete batch: an epoch is
 * ⌊samples / BS⌋ batches (class images are a concept of their own, R16), and the epochs are what
 * covers the plan's batches.
 */
function oneTrainerJson(plan: Plan, request: PlanRequest, options: ExportOptions, family: ModelFamily): PlanExport {
  const run = trainerRun(plan, request, options);
  const chosen = scheduler(plan, request, ONETRAINER_SCHEDULERS, 'CONSTANT');
  const paths = options.paths ?? {};
  // Each epoch draws every instance image once and, like the research's pairing, as many class
  // images (SAMPLES), which mgds takes in turn across epochs, so the run goes through them all.
  const samples = plan.frames * run.sampleFactor;
  const batchesPerEpoch = Math.floor(samples / request.batchSize);
  const epochs = Math.max(1, Math.round(run.batches / batchesPerEpoch));
  const batches = epochs * batchesPerEpoch;
  // OneTrainer's step counter counts batches (GenericTrainer: next_step per batch).
  const textEncoderBatches = run.textEncoderSteps === null ? null : Math.round(request.textEncoderRatio * batches);
  const learningRate = plan.learningRateApplies ? rate(plan.learningRate) : null;
  const textEncoder = {
    train: request.textEncoderRatio > 0,
    learning_rate: learningRate,
    // OneTrainer stops the text encoder after 30 epochs wherever a file is silent.
    stop_training_after: textEncoderBatches ?? 0,
    stop_training_after_unit: textEncoderBatches === null ? 'NEVER' : 'STEP',
  };
  const concept = (name: string, path: string | undefined, balancing: number, strategy: 'REPEATS' | 'SAMPLES') => ({
    name,
    path: path ? joinPath(path, name) : '',
    type: 'STANDARD',
    enabled: true,
    include_subdirectories: false,
    balancing,
    balancing_strategy: strategy,
    text: { prompt_source: 'sample' },
  });
  const config = {
    __version: 11,
    training_method: 'FINE_TUNE',
    model_type: vPrediction(family, request) ? 'STABLE_DIFFUSION_20' : ONETRAINER_MODEL_TYPES[family],
    base_model_name: paths.model,
    output_model_destination: paths.outputDir ? joinPath(paths.outputDir, 'dreambooth.safetensors') : undefined,
    output_model_format: 'SAFETENSORS',
    epochs,
    batch_size: request.batchSize,
    gradient_accumulation_steps: request.gradAccum,
    learning_rate_scheduler: chosen.name,
    learning_rate_warmup_steps: oneTrainerWarmup(run.warmupSteps, request.gradAccum),
    // Its scaler multiplies the rate by √(batch · accumulation) (NamedParameterGroup); the plan's is the rate.
    learning_rate_scaler: 'NONE',
    ...(learningRate === null ? {} : { learning_rate: learningRate }),
    resolution: String(side(request)),
    train_dtype: ONETRAINER_PRECISIONS[request.precision],
    unet: { train: true, learning_rate: learningRate },
    text_encoder: textEncoder,
    ...(family === 'sdxl' ? { text_encoder_2: textEncoder } : {}),
    // OneTrainer's step is a batch (GenericTrainer), not an optimizer update.
    save_every: run.saveEveryBatches ?? 0,
    save_every_unit: run.saveEveryBatches ? 'STEP' : 'NEVER',
  };
  const concepts = [
    ...run.instanceFolders.map((folder) => concept(folder, paths.trainDataDir, 1, 'REPEATS')),
    ...(request.prior ? [concept(run.regFolder, paths.regDataDir, plan.frames, 'SAMPLES')] : []),
  ];
  const name = options.fileName ?? 'onetrainer-dreambooth.json';
  const conceptsName = `${name.replace(/\.json$/i, '')}.concepts.json`;
  // scripts/train.py reads the concepts inside the preset; the UI's Load config drops them
  // (TrainConfig.to_unpacked_config) and reads concept_file_name instead, so both carry them.
  const conceptsFile = joinPath(options.folder ?? paths.trainDataDir ?? '', conceptsName);
  const preset = { ...config, concept_file_name: conceptsFile, concepts };
  return {
    format: 'onetrainer-json',
    files: [
      { name, content: `${JSON.stringify(preset, null, 2)}\n` },
      { name: conceptsName, content: `${JSON.stringify(concepts, null, 2)}\n` },
    ],
    notes: [
      { key: 'onetrainer-concepts', name: conceptsName, file: conceptsFile },
      ...folderNotes(run, plan, request),
      ...[...run.instanceFolders, ...(request.prior ? [run.regFolder] : [])].map(
        (folder) => ({ key: 'onetrainer-captions', folder, caption: folder.slice(folder.indexOf('_') + 1) }) as const,
      ),
      savesNote(options, run.saveEveryBatches),
      { key: 'start-onetrainer', config: savedAs(options, name) },
    ],
    warnings: [
      ...(chosen.warning ? [chosen.warning] : []),
      ...commonWarnings(plan, request, family),
      ...(request.resolutions.length > 1 || request.batchSize > 1 ? [{ key: 'buckets' } as const] : []),
    ],
    derivation: [
      ...run.derivation,
      {
        rule: 'R16',
        quantity: 'epochs',
        text: `epochs(OneTrainer) = round(batches / ⌊samples / BS⌋) = round(${run.batches} / ⌊${samples} / ${request.batchSize}⌋) = ${epochs} (${batches} batches)`,
      },
    ],
  };
}

/** Why these options cannot make this format's files, or null. */
export function exportRefusal(
  format: ExportFormat,
  plan: Plan,
  request: PlanRequest,
  options: ExportOptions,
): ExportRefusal | null {
  if (plan.errors.length > 0) return { key: 'plan-errors' };
  // The research measured full fine-tuning: it has no LoRA rates or steps to write.
  if (request.lora) return { key: 'lora' };
  const paths = options.paths ?? {};
  for (const path of EXPORT_PATHS) {
    const value = paths[path];
    if (value !== undefined && !isAbsolutePath(value)) return { key: 'relative-path', path, value };
  }
  const required = [...REQUIRED_PATHS[format], ...(request.prior ? (['regDataDir'] as const) : [])];
  const missing = required.filter((path) => !paths[path]);
  if (missing.length > 0) return { key: 'missing-paths', paths: missing };
  const every = options.saveEvery;
  if (every !== undefined && !(Number.isInteger(every) && every >= 1)) return { key: 'save-every-invalid' };
  const tokens = options.instanceTokens;
  if (tokens && tokens.length !== plan.concepts.length)
    return { key: 'token-count', concepts: plan.concepts.length, tokens: tokens.length };
  for (const value of tokens ?? [])
    if (!validToken(value)) return { key: 'token-invalid', option: 'instanceToken', value };
  if (options.classToken !== undefined && !validToken(options.classToken))
    return { key: 'token-invalid', option: 'classToken', value: options.classToken };
  return null;
}

/** A token is part of a folder name: words, no path separators. */
const validToken = (token: string) => token.trim() === token && token !== '' && !/[\\/:*?"<>|\n]/.test(token);

/** The plan as a trainer's files, or why not. */
export function exportPlan(
  format: ExportFormat,
  plan: Plan,
  request: PlanRequest,
  options: ExportOptions = {},
): PlanExport | { refusal: ExportRefusal } {
  const refusal = exportRefusal(format, plan, request, options);
  if (refusal) return { refusal };
  const family = options.modelFamily ?? 'sd15';
  switch (format) {
    case 'kohya-json':
      return kohyaJson(plan, request, options, family);
    case 'sd-scripts-toml':
      return sdScriptsToml(plan, request, options, family);
    case 'onetrainer-json':
      return oneTrainerJson(plan, request, options, family);
  }
}
