// The plan as trainers' files, field by field in each trainer's own units (the research's worked
// examples and random requests), the keys each trainer's source reads, the refusals, and the CLI.
// test/python/test_trainer_exports.py loads the same files with the trainers' own code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  computePlan,
  exportPlan,
  sdScriptsTextEncoderRatio,
  validatePlanInput,
  type ExportFormat,
  type ExportOptions,
  type PlanExport,
  type PlanInput,
} from '../../src/core/index.js';

/**
 * Every key we emit, with the trainer's source it was checked against: the kohya_ss GUI loads a
 * config with `my_data.get(key, value)` for the parameters of open_configuration (missing keys keep
 * their values); sd-scripts reads argparse names from --config_file; OneTrainer reads TrainConfig /
 * ConceptConfig default_values() (config version 11).
 */
const VERIFIED: Record<ExportFormat, { source: string; keys: readonly string[] }> = {
  'kohya-json': {
    source:
      'bmaltais/kohya_ss@45088f04af78e11cec5407ff4652ea3ed2c14422 (and v26.0.0) kohya_gui/dreambooth_gui.py open_configuration',
    keys: [
      'pretrained_model_name_or_path',
      'output_dir',
      'train_data_dir',
      'reg_data_dir',
      'dataset_config',
      'v2',
      'v_parameterization',
      'sdxl',
      'max_train_steps',
      'max_train_epochs',
      'epoch',
      'train_batch_size',
      'gradient_accumulation_steps',
      'lr_scheduler',
      'lr_scheduler_num_cycles',
      'lr_warmup',
      'lr_warmup_steps',
      'mixed_precision',
      'max_resolution',
      'caption_extension',
      'prior_loss_weight',
      'save_every_n_epochs',
      'save_every_n_steps',
      'save_state',
      'learning_rate',
      'learning_rate_te',
      'learning_rate_te1',
      'learning_rate_te2',
      'stop_text_encoder_training',
      'additional_parameters',
    ],
  },
  'sd-scripts-toml': {
    source:
      'kohya-ss/sd-scripts@48d368fa557731ad0488c07304dfeba8c07910eb train_db.py, sdxl_train.py, library/train_util.py',
    keys: [
      'pretrained_model_name_or_path',
      'output_dir',
      'save_model_as',
      'train_data_dir',
      'reg_data_dir',
      'prior_loss_weight',
      'caption_extension',
      'resolution',
      'train_batch_size',
      'max_train_steps',
      'gradient_accumulation_steps',
      'lr_scheduler',
      'lr_scheduler_num_cycles',
      'lr_warmup_steps',
      'mixed_precision',
      'save_every_n_steps',
      'v2',
      'v_parameterization',
      'learning_rate',
      'learning_rate_te',
      'learning_rate_te1',
      'learning_rate_te2',
      'train_text_encoder',
      'stop_text_encoder_training',
    ],
  },
  'onetrainer-json': {
    source:
      'Nerogar/OneTrainer@23df3832e8f213d64c337e39f9365ba46e99fed0 modules/util/config/TrainConfig.py, ConceptConfig.py',
    keys: [
      '__version',
      'concept_file_name',
      'training_method',
      'model_type',
      'base_model_name',
      'output_model_destination',
      'output_model_format',
      'epochs',
      'batch_size',
      'gradient_accumulation_steps',
      'learning_rate_scheduler',
      'learning_rate_warmup_steps',
      'learning_rate_scaler',
      'learning_rate',
      'resolution',
      'train_dtype',
      'unet',
      'unet.train',
      'unet.learning_rate',
      'text_encoder',
      'text_encoder.train',
      'text_encoder.learning_rate',
      'text_encoder.stop_training_after',
      'text_encoder.stop_training_after_unit',
      'text_encoder_2',
      'text_encoder_2.train',
      'text_encoder_2.learning_rate',
      'text_encoder_2.stop_training_after',
      'text_encoder_2.stop_training_after_unit',
      'save_every',
      'save_every_unit',
      'concepts',
      'concepts.name',
      'concepts.path',
      'concepts.type',
      'concepts.enabled',
      'concepts.include_subdirectories',
      'concepts.balancing',
      'concepts.balancing_strategy',
      'concepts.text',
      'concepts.text.prompt_source',
    ],
  },
};

const PATHS = {
  model: '/models/base.safetensors',
  outputDir: '/runs/out',
  trainDataDir: '/data/img',
  regDataDir: '/data/reg',
};

function planOf(input: PlanInput) {
  const validated = validatePlanInput(input);
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  return { plan: computePlan(validated.request), request: validated.request };
}

function exported(format: ExportFormat, input: PlanInput, options: ExportOptions = { paths: PATHS }): PlanExport {
  const { plan, request } = planOf(input);
  const result = exportPlan(format, plan, request, options);
  if ('refusal' in result) throw new Error(JSON.stringify(result.refusal));
  return result;
}

/** Key paths of a parsed document (arrays counted by their entries' keys). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((entry) => (typeof entry === 'object' && entry !== null ? keyPaths(entry, prefix) : []));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = `${prefix}${key}`;
    return typeof inner === 'object' && inner !== null ? [path, ...keyPaths(inner, `${path}.`)] : [path];
  });
}

const rate = (value: number) => Number(value.toPrecision(4));

function documents(input: PlanInput, family: ExportOptions['modelFamily'] = 'sd15') {
  const options = { paths: PATHS, modelFamily: family };
  return {
    kohya: JSON.parse(exported('kohya-json', input, options).files[0]!.content),
    config: parseToml(exported('sd-scripts-toml', input, options).files[0]!.content) as Record<string, unknown>,
    oneTrainer: JSON.parse(exported('onetrainer-json', input, options).files[0]!.content),
  };
}

/**
 * The trainers' units: optimizer steps after accumulation, class images as samples of their own (R16);
 * for sd-scripts, the plan for the text encoder share it can run (all run or not at all).
 */
function expectFaithful(input: PlanInput, family: ExportOptions['modelFamily'] = 'sd15') {
  const { plan, request } = planOf(input);
  const { kohya, config, oneTrainer } = documents(input, family);
  const teRatio = sdScriptsTextEncoderRatio(request.textEncoderRatio);
  const kohyaPlan = computePlan({ ...request, textEncoderRatio: teRatio });
  const steps = Math.ceil((kohyaPlan.maxTrainSteps * (request.prior ? 2 : 1)) / request.gradAccum);
  const batches = plan.maxTrainSteps * (request.prior ? 2 : 1);
  const resolution = Math.max(...request.resolutions);
  expect(kohya).toMatchObject({
    max_train_steps: steps,
    max_train_epochs: 0,
    train_batch_size: request.batchSize,
    gradient_accumulation_steps: request.gradAccum,
    max_resolution: `${resolution},${resolution}`,
    save_every_n_epochs: 0,
    save_every_n_steps: 0,
    sdxl: family === 'sdxl',
  });
  expect(config).toMatchObject({
    max_train_steps: steps,
    gradient_accumulation_steps: request.gradAccum,
    train_batch_size: request.batchSize,
    resolution: `${resolution},${resolution}`,
    output_dir: PATHS.outputDir,
    train_data_dir: PATHS.trainDataDir,
  });
  expect(config.save_every_n_epochs).toBeUndefined();
  // Never a stop inside the run: train_db.py crashes there.
  expect(kohya.additional_parameters).toBeUndefined();
  if (family !== 'sdxl') {
    expect(config.stop_text_encoder_training).toBe(teRatio === 0 ? -1 : undefined);
    expect(kohya.stop_text_encoder_training).toBe(teRatio === 0 ? -1 : 0);
  } else expect(config.train_text_encoder).toBe(teRatio > 0);
  // OneTrainer: whole epochs of ⌊samples / BS⌋ batches, within half an epoch of the plan's batches.
  // Each epoch: every instance image once, and as many class images (OneTrainer's SAMPLES balancing).
  const perEpoch = Math.floor((plan.frames * (request.prior ? 2 : 1)) / request.batchSize);
  expect(Math.abs(oneTrainer.epochs * perEpoch - batches)).toBeLessThanOrEqual(Math.max(perEpoch / 2, 0.5));
  expect(oneTrainer).toMatchObject({
    training_method: 'FINE_TUNE',
    batch_size: request.batchSize,
    gradient_accumulation_steps: request.gradAccum,
    resolution: String(resolution),
    save_every_unit: 'NEVER',
  });
  expect(oneTrainer.concepts).toHaveLength(request.concepts.length + (request.prior ? 1 : 0));
  if (request.prior)
    expect(oneTrainer.concepts.at(-1)).toMatchObject({ balancing: plan.frames, balancing_strategy: 'SAMPLES' });
  if (plan.learningRateApplies) {
    for (const value of [kohya.learning_rate, config.learning_rate]) expect(value).toBe(rate(kohyaPlan.learningRate));
    for (const value of [oneTrainer.learning_rate, oneTrainer.unet.learning_rate])
      expect(value).toBe(rate(plan.learningRate));
  } else {
    expect(kohya.learning_rate).toBeUndefined();
    expect(config.learning_rate).toBeUndefined();
  }
  for (const [format, document] of [
    ['kohya-json', kohya],
    ['sd-scripts-toml', config],
    ['onetrainer-json', oneTrainer],
  ] as const)
    expect(
      keyPaths(document).filter((key) => !VERIFIED[format].keys.includes(key)),
      format,
    ).toEqual([]);
}

describe('exports equal the plan in each trainer’s units', () => {
  it.each([
    [{ frames: 10, textEncoder: true }],
    [{ frames: 10, textEncoder: true, batchSize: 5, prior: true }],
    [{ frames: 100, textEncoder: true, batchSize: 10 }],
    [{ frames: 125, strength: 'medium', prior: true }],
    [{ frames: 1, resolution: 768 }],
    [{ frames: 10, textEncoder: true, dynamicResolutions: [512, 768] }],
    [{ frames: 5, mode: 'standard', learningRate: 1e-5 }],
    [{ concepts: [10, 10], scheduler: 'cosine', precision: 'bf16', prior: true }],
    [{ frames: 20, textEncoderRatio: 0.5, gradAccum: 3 }],
    [{ frames: 20, optimizer: 'Prodigy' }],
  ] as [PlanInput][])('%j', (input) => {
    expectFaithful(input);
    expectFaithful(input, 'sdxl');
  });

  it('for random requests', () => {
    const request = fc.record({
      concepts: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 }),
      textEncoderRatio: fc.constantFrom(0, 0.25, 0.5, 1),
      resolution: fc.constantFrom(512, 640, 768, 1024),
      gradAccum: fc.integer({ min: 1, max: 4 }),
      scheduler: fc.constantFrom('constant', 'constant_with_warmup', 'linear', 'cosine', 'cosine_with_restarts', 'rex'),
      precision: fc.constantFrom('fp16', 'bf16', 'fp32'),
      prior: fc.boolean(),
      batchPick: fc.nat(),
    });
    fc.assert(
      fc.property(request, fc.constantFrom('sd15', 'sd2', 'sdxl'), ({ batchPick, ...input }, family) => {
        const frames = input.concepts.reduce((sum, count) => sum + count, 0);
        const candidate = { ...input, batchSize: 1 + (batchPick % Math.min(frames, 16)) } as PlanInput;
        if (planOf(candidate).plan.errors.length === 0) expectFaithful(candidate, family as 'sd15');
      }),
      { numRuns: 200 },
    );
  });

  it('case C: 1680 batches at GA 2 are 840 optimizer steps in every kohya file', () => {
    const input: PlanInput = {
      frames: 20,
      textEncoder: true,
      resolution: 1024,
      batchSize: 2,
      gradAccum: 2,
      scheduler: 'cosine',
      precision: 'bf16',
    };
    const { plan } = planOf(input);
    const { kohya, config } = documents(input, 'sdxl');
    expect(kohya.max_train_steps).toBe(plan.maxTrainSteps / 2);
    expect(config).toMatchObject({ max_train_steps: plan.maxTrainSteps / 2, train_text_encoder: true });
    expect(config.learning_rate_te1).toBe(rate(plan.learningRate));
    expect(config.learning_rate_te2).toBe(rate(plan.learningRate));
    // The GUI's epoch: sd-scripts' own count for these steps (20 images, batch 2, GA 2: 5 steps an epoch).
    expect(kohya.epoch).toBe(Math.ceil(plan.maxTrainSteps / 2 / 5));
  });

  it('a warmup keeps its share of the run; one the scheduler ignores is 0', () => {
    const warmup = { frames: 20, scheduler: 'constant_with_warmup', warmupSteps: 100 };
    expect(documents(warmup).kohya.lr_warmup_steps).toBe(100);
    expect(documents({ ...warmup, prior: true }).config.lr_warmup_steps).toBe(200);
    // GA 4: 8000 batches (R8), 2000 optimizer steps; 100 of 8000 is 25 of 2000, which OneTrainer takes
    // as 100 batches (it divides a warmup above 1 by GA).
    expect(documents({ ...warmup, gradAccum: 4 }).oneTrainer.learning_rate_warmup_steps).toBe(100);
    expect(documents({ ...warmup, scheduler: 'constant' }).oneTrainer.learning_rate_warmup_steps).toBe(0);
  });

  it('OneTrainer: a warmup of one batch is never written as 1, which it reads as the whole run', () => {
    // 20 frames, 4000 steps: a warmup of 1 of 4000 is 1 batch at GA 1.
    expect(
      documents({ frames: 20, scheduler: 'constant_with_warmup', warmupSteps: 1 }).oneTrainer
        .learning_rate_warmup_steps,
    ).toBe(1.5);
  });

  it('sd-scripts gets no warmup with the constant it is written, which it would refuse', () => {
    // An unmeasured scheduler is written as constant; the warmup the user set stays out of the file.
    for (const input of [
      { frames: 20, scheduler: 'cosine_annealing', warmupSteps: 200 },
      { frames: 20, scheduler: 'constant', warmupSteps: 200 },
    ]) {
      const { kohya, config } = documents(input);
      expect([kohya.lr_scheduler, config.lr_scheduler]).toEqual(['constant', 'constant']);
      expect([kohya.lr_warmup_steps, config.lr_warmup_steps]).toEqual([0, 0]);
    }
  });

  it('a partial text encoder share: sd-scripts files are planned for the nearer share it can run, OneTrainer keeps it', () => {
    const input = { frames: 20, textEncoderRatio: 0.5, gradAccum: 2 };
    const whole = planOf({ ...input, textEncoderRatio: 1 }).plan;
    for (const format of ['kohya-json', 'sd-scripts-toml'] as const) {
      const file = exported(format, input);
      expect(file.warnings).toContainEqual({ key: 'te-share-snapped', share: 0.5, used: 1 });
    }
    const { kohya, config, oneTrainer } = documents(input);
    expect([kohya.max_train_steps, config.max_train_steps]).toEqual([whole.maxTrainSteps / 2, whole.maxTrainSteps / 2]);
    expect(kohya.stop_text_encoder_training).toBe(0);
    expect(config.stop_text_encoder_training).toBeUndefined();
    // OneTrainer stops it after half of its batches.
    const { plan } = planOf(input);
    expect(oneTrainer.text_encoder.stop_training_after_unit).toBe('STEP');
    expect(oneTrainer.epochs * 20).toBeCloseTo(plan.maxTrainSteps, -2);
    expect(documents({ ...input, textEncoderRatio: 0.25 }).kohya.stop_text_encoder_training).toBe(-1);
  });

  it('OneTrainer: the concepts inside the preset (scripts/train.py) and in the concept file it names (the UI)', () => {
    const files = exported('onetrainer-json', { frames: 10, prior: true }).files;
    expect(files.map((file) => file.name)).toEqual([
      'onetrainer-dreambooth.json',
      'onetrainer-dreambooth.concepts.json',
    ]);
    const preset = JSON.parse(files[0]!.content);
    expect(preset.concept_file_name).toBe('/data/img/onetrainer-dreambooth.concepts.json');
    expect(JSON.parse(files[1]!.content)).toEqual(preset.concepts);
    const saved = exported('onetrainer-json', { frames: 10 }, { paths: PATHS, fileName: 'a.json', folder: '/runs' });
    expect(JSON.parse(saved.files[0]!.content).concept_file_name).toBe('/runs/a.concepts.json');
  });

  it("a checkpoint every N of the plan's steps, in each trainer's count, when asked", () => {
    const every = (input: PlanInput) => {
      const options = { paths: PATHS, saveEvery: 500 };
      return [
        JSON.parse(exported('kohya-json', input, options).files[0]!.content).save_every_n_steps,
        (parseToml(exported('sd-scripts-toml', input, options).files[0]!.content) as Record<string, unknown>)
          .save_every_n_steps,
        JSON.parse(exported('onetrainer-json', input, options).files[0]!.content).save_every,
      ];
    };
    expect(every({ frames: 20, textEncoder: true })).toEqual([500, 500, 500]);
    // Class images double the batches (R16); accumulation counts updates, OneTrainer batches.
    expect(every({ frames: 20, textEncoder: true, prior: true })).toEqual([1000, 1000, 1000]);
    expect(every({ frames: 20, textEncoder: true, gradAccum: 2 })).toEqual([250, 250, 500]);
    expect(documents({ frames: 20 }).oneTrainer).toMatchObject({ save_every: 0, save_every_unit: 'NEVER' });
  });

  it('OneTrainer drops the incomplete batch: 25 frames at batch 2 are 12 batches an epoch', () => {
    const { plan } = planOf({ frames: 25, batchSize: 2 });
    const { oneTrainer } = documents({ frames: 25, batchSize: 2 });
    expect(oneTrainer.epochs).toBe(Math.round(plan.maxTrainSteps / 12));
  });

  it('names its counting, the folders and how to start, and warns where the trainer differs', () => {
    const kohya = exported('kohya-json', { frames: 10, textEncoder: true, scheduler: 'rex', prior: true });
    expect(kohya.derivation.map((step) => step.text)).toEqual([
      'batches = 2 · steps = 2 · 1000 = 2000',
      'repeats = ⌈class images / FN⌉ = ⌈1000 / 10⌉ = 100',
    ]);
    expect(kohya.notes).toContainEqual({ key: 'instance-folders', folders: '"100_sks person"' });
    expect(kohya.notes).toContainEqual({ key: 'reg-folder', images: 1000, folder: '1_person' });
    expect(kohya.warnings.map((warning) => warning.key)).toEqual(['scheduler-substituted']);
    const tokens = exported(
      'sd-scripts-toml',
      { concepts: [5, 5] },
      { paths: PATHS, instanceTokens: ['ohwx', 'zwx'], classToken: 'dog', modelFamily: 'sdxl' },
    );
    expect(tokens.notes).toContainEqual({ key: 'instance-folders', folders: '"1_ohwx dog", "1_zwx dog"' });
    expect(tokens.notes).toContainEqual({
      key: 'start-sd-scripts',
      script: 'sdxl_train.py',
      config: 'sd-scripts-dreambooth.toml',
    });
    expect(tokens.warnings.map((warning) => warning.key)).toEqual(['family-unmeasured']);
    const dynamic = exported('onetrainer-json', { frames: 10, dynamicResolutions: [512, 768], scaleLr: true });
    expect(dynamic.warnings.map((warning) => warning.key)).toEqual([
      'dynamic-resolution',
      'scale-lr-unscaled',
      'buckets',
    ]);
    expect(
      exported('sd-scripts-toml', { frames: 10, schedulers: 'extension', scheduler: 'cosine' }).warnings,
    ).toContainEqual({ key: 'extension-schedulers', scheduler: 'cosine' });
    expect(exported('kohya-json', { frames: 10 }, { modelFamily: 'sd2' }).warnings).toContainEqual({
      key: 'sd2-v-prediction',
      model: 'base',
    });
  });
});

describe('refusals', () => {
  const refusal = (input: PlanInput, format: ExportFormat, options: ExportOptions = { paths: PATHS }) => {
    const { plan, request } = planOf(input);
    const result = exportPlan(format, plan, request, options);
    return 'refusal' in result ? result.refusal : null;
  };

  it('LoRA: the research has no LoRA numbers, for every format', () => {
    for (const format of EXPORT_FORMATS) expect(refusal({ frames: 20, lora: true }, format)).toEqual({ key: 'lora' });
  });

  it('paths sd-scripts and OneTrainer cannot start without; the GUI keeps its own fields', () => {
    expect(refusal({ frames: 20 }, 'sd-scripts-toml', {})).toEqual({
      key: 'missing-paths',
      paths: ['model', 'outputDir', 'trainDataDir'],
    });
    expect(
      refusal({ frames: 20, prior: true }, 'onetrainer-json', { paths: { ...PATHS, regDataDir: undefined } }),
    ).toEqual({
      key: 'missing-paths',
      paths: ['regDataDir'],
    });
    expect(refusal({ frames: 20 }, 'kohya-json', {})).toBeNull();
    expect(refusal({ frames: 20, prior: true }, 'kohya-json', {})).toEqual({
      key: 'missing-paths',
      paths: ['regDataDir'],
    });
  });

  it('relative paths, a token per concept, tokens that cannot name a folder, a plan with errors', () => {
    expect(refusal({ frames: 20 }, 'kohya-json', { paths: { outputDir: 'out' } })).toEqual({
      key: 'relative-path',
      path: 'outputDir',
      value: 'out',
    });
    expect(refusal({ frames: 20 }, 'kohya-json', { paths: { outputDir: 'C:\\runs' } })).toBeNull();
    expect(refusal({ concepts: [3, 4] }, 'kohya-json', { instanceTokens: ['a'] })).toEqual({
      key: 'token-count',
      concepts: 2,
      tokens: 1,
    });
    expect(refusal({ frames: 3 }, 'kohya-json', { classToken: 'a/b' })).toEqual({
      key: 'token-invalid',
      option: 'classToken',
      value: 'a/b',
    });
    expect(refusal({ frames: 3, batchSize: 5 }, 'kohya-json')).toEqual({ key: 'plan-errors' });
    for (const saveEvery of [0, 1.5, Number.NaN])
      expect(refusal({ frames: 3 }, 'kohya-json', { saveEvery })).toEqual({ key: 'save-every-invalid' });
  });
});

describe('dreambooth-calc --export', () => {
  const cli = join(process.cwd(), 'dist', 'cli.js');
  const calc = (args: string[], cwd?: string) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...(cwd ? { cwd } : {}) });

  it('prints the file, with the notes on stderr', () => {
    const result = calc(['--frames', '20', '--te', '--export', 'kohya-json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ max_train_steps: 2000, learning_rate: 5e-7 });
    expect(result.stderr).toContain('"1_sks person"');
  });

  it('writes paths absolute, resolved where it runs', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dbc-export-'));
    try {
      const result = calc(
        [
          ...['--frames', '10', '--te', '--prior', '--export', 'sd-scripts-toml', '--out', 'sks.toml'],
          ...['--model', 'base.safetensors', '--output-dir', 'out', '--train-data-dir', 'img', '--reg-data-dir', 'reg'],
        ],
        folder,
      );
      expect(result.stdout).toBe('wrote sks.toml\n');
      expect(result.stderr).toContain(`accelerate launch train_db.py --config_file ${join(folder, 'sks.toml')}`);
      expect(parseToml(readFileSync(join(folder, 'sks.toml'), 'utf8'))).toMatchObject({
        max_train_steps: 2000,
        pretrained_model_name_or_path: join(folder, 'base.safetensors'),
        output_dir: join(folder, 'out'),
        train_data_dir: join(folder, 'img'),
        reg_data_dir: join(folder, 'reg'),
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([
    [['--frames', '3', '--batch-size', '5', '--export', 'kohya-json'], '--batch-size'],
    [
      ['--frames', '3', '--export', 'diffusers'],
      '--export: must be one of kohya-json, sd-scripts-toml, onetrainer-json',
    ],
    [['--frames', '3', '--out', 'x.json'], '--out: goes with --export'],
    [['--frames', '3', '--model', 'x'], '--model: goes with --export'],
    [['--frames', '3', '--export', 'kohya-json', '--save-every', '0'], '--save-every: must be a whole number of steps'],
    [
      ['--frames', '3', '--export', 'kohya-json', '--model-family', 'sd3'],
      '--model-family: must be one of sd15, sd2, sdxl',
    ],
    [
      ['--frames', '3', '--export', 'sd-scripts-toml'],
      'dreambooth-calc: --export sd-scripts-toml: needs --model, --output-dir, --train-data-dir',
    ],
    [['--frames', '20', '--lora', '--export', 'onetrainer-json'], 'has no LoRA numbers'],
    [['--concepts', '3,4', '--export', 'kohya-json', '--instance-token', 'a'], 'one instance token per concept'],
    [
      ['--frames', '4', '--export', 'onetrainer-json', '--model', '/m', '--output-dir', '/o', '--train-data-dir', '/t'],
      'writes onetrainer-dreambooth.json and onetrainer-dreambooth.concepts.json; give --out FILE',
    ],
  ])('%j exports nothing and names %s, in one line', (args, message) => {
    const result = calc(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses --export with --json, answering in JSON as --json asks', () => {
    const result = calc(['--frames', '3', '--export', 'kohya-json', '--json']);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      maxTrainSteps: null,
      errors: [{ message: '--export: prints files, not JSON; leave out --json' }],
    });
  });
});
