// The plan as trainers' files: each parsed back equals the plan field by field (the research's worked
// examples and random requests), the keys are ones each trainer's source reads, bad input exports
// nothing, and the CLI writes them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, computePlan, exportPlan, validatePlanInput, type PlanInput } from '../../src/core/index.js';

/**
 * Every key we emit, with the trainer's source it was checked against: the kohya_ss GUI loads a
 * config with `my_data.get(key, value)` for the keys of its FIELD_REGISTRY (missing keys keep their
 * values); sd-scripts reads argparse names from --config_file and its dataset schema; OneTrainer reads
 * TrainConfig / ConceptConfig default_values() (config version 11).
 */
const VERIFIED = {
  'kohya-json': {
    source:
      'bmaltais/kohya_ss@45088f04af78e11cec5407ff4652ea3ed2c14422 kohya_gui/dreambooth_gui.py, class_basic_training.py',
    keys: [
      'max_train_steps',
      'max_train_epochs',
      'train_batch_size',
      'gradient_accumulation_steps',
      'lr_scheduler',
      'lr_scheduler_num_cycles',
      'mixed_precision',
      'max_resolution',
      'learning_rate',
      'learning_rate_te',
    ],
  },
  'sd-scripts-toml': {
    source:
      'kohya-ss/sd-scripts@48d368fa557731ad0488c07304dfeba8c07910eb train_db.py, library/train_util.py, library/config_util.py',
    keys: [
      'dataset_config',
      'max_train_steps',
      'gradient_accumulation_steps',
      'lr_scheduler',
      'mixed_precision',
      'prior_loss_weight',
      'learning_rate',
      'learning_rate_te',
      'stop_text_encoder_training',
      'general',
      'general.resolution',
      'general.caption_extension',
      'datasets',
      'datasets.batch_size',
      'datasets.subsets',
      'datasets.subsets.image_dir',
      'datasets.subsets.num_repeats',
      'datasets.subsets.is_reg',
    ],
  },
  'onetrainer-json': {
    source:
      'Nerogar/OneTrainer@23df3832e8f213d64c337e39f9365ba46e99fed0 modules/util/config/TrainConfig.py, ConceptConfig.py',
    keys: [
      '__version',
      'epochs',
      'batch_size',
      'gradient_accumulation_steps',
      'learning_rate_scheduler',
      'learning_rate_warmup_steps',
      'learning_rate',
      'resolution',
      'train_dtype',
      'unet',
      'unet.train',
      'unet.learning_rate',
      'text_encoder',
      'text_encoder.train',
      'text_encoder.learning_rate',
      'concepts',
      'concepts.name',
      'concepts.path',
      'concepts.type',
      'concepts.include_subdirectories',
      'concepts.balancing',
      'concepts.balancing_strategy',
    ],
  },
} as const;

function planOf(input: PlanInput) {
  const validated = validatePlanInput(input);
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  return { plan: computePlan(validated.request), request: validated.request };
}

/** Key paths of a parsed document (arrays of tables counted by their entries' keys). */
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

function parsed(input: PlanInput, prior: boolean) {
  const { plan, request } = planOf(input);
  const kohya = JSON.parse(exportPlan('kohya-json', plan, request, { prior })!.files[0]!.content);
  const [config, dataset] = exportPlan('sd-scripts-toml', plan, request, { prior })!.files.map((file) =>
    parseToml(file.content),
  );
  const oneTrainer = JSON.parse(exportPlan('onetrainer-json', plan, request, { prior })!.files[0]!.content);
  return { plan, request, kohya, config: config!, dataset: dataset!, oneTrainer };
}

function expectFaithful(input: PlanInput, prior: boolean) {
  const { plan, request, kohya, config, dataset, oneTrainer } = parsed(input, prior);
  const steps = prior ? 2 * plan.maxTrainSteps : plan.maxTrainSteps;
  const resolution = Math.max(...request.resolutions);
  const precision = request.precision === 'fp16' || request.precision === 'bf16' ? request.precision : 'no';
  expect(kohya).toMatchObject({
    max_train_steps: steps,
    max_train_epochs: 0,
    train_batch_size: request.batchSize,
    gradient_accumulation_steps: request.gradAccum,
    mixed_precision: precision,
    max_resolution: `${resolution},${resolution}`,
  });
  expect(config).toMatchObject({
    max_train_steps: steps,
    gradient_accumulation_steps: request.gradAccum,
    mixed_precision: precision,
    dataset_config: 'config.dataset.toml',
  });
  expect(dataset).toMatchObject({
    general: { resolution: [resolution, resolution] },
    datasets: [{ batch_size: request.batchSize }],
  });
  const subsets = (dataset.datasets as { subsets: { is_reg?: boolean }[] }[])[0]!.subsets;
  expect(subsets.filter((subset) => !subset.is_reg)).toHaveLength(request.concepts.length);
  expect(subsets.filter((subset) => subset.is_reg)).toHaveLength(prior ? 1 : 0);
  expect(oneTrainer).toMatchObject({
    batch_size: request.batchSize,
    gradient_accumulation_steps: request.gradAccum,
    resolution: String(resolution),
  });
  expect(oneTrainer.concepts).toHaveLength(request.concepts.length);
  // OneTrainer's epochs cover the plan's steps within half an epoch.
  const stepsPerEpoch = Math.max(1, Math.ceil(plan.frames / request.batchSize) / request.gradAccum);
  expect(Math.abs(oneTrainer.epochs * stepsPerEpoch - plan.maxTrainSteps)).toBeLessThanOrEqual(
    stepsPerEpoch / 2 + 1e-9,
  );
  if (plan.learningRateApplies) {
    for (const value of [
      kohya.learning_rate,
      config.learning_rate,
      oneTrainer.learning_rate,
      oneTrainer.unet.learning_rate,
    ])
      expect(value).toBe(rate(plan.learningRate));
  } else {
    expect(kohya.learning_rate).toBeUndefined();
    expect(config.learning_rate).toBeUndefined();
  }
  for (const [format, document] of [
    ['kohya-json', kohya],
    ['sd-scripts-toml', { ...config, ...dataset }],
    ['onetrainer-json', oneTrainer],
  ] as const) {
    const verified: readonly string[] = VERIFIED[format].keys;
    expect(
      keyPaths(document).filter((key) => !verified.includes(key)),
      format,
    ).toEqual([]);
  }
}

describe('exports equal the plan', () => {
  it.each([
    [{ frames: 10, textEncoder: true }, false],
    [{ frames: 10, textEncoder: true, batchSize: 5 }, true],
    [{ frames: 100, textEncoder: true, batchSize: 10 }, false],
    [{ frames: 125, strength: 'medium' }, true],
    [{ frames: 1, resolution: 768 }, false],
    [{ frames: 10, textEncoder: true, dynamicResolutions: [512, 768] }, false],
    [{ frames: 5, mode: 'standard', learningRate: 1e-5 }, false],
    [{ concepts: [10, 10], scheduler: 'cosine', precision: 'bf16' }, true],
    [{ frames: 20, lora: true }, false],
  ] as [PlanInput, boolean][])('%j (prior %s)', (input, prior) => {
    expectFaithful(input, prior);
  });

  it('for random requests', () => {
    const request = fc.record({
      concepts: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 }),
      textEncoderRatio: fc.constantFrom(0, 0.5, 1),
      resolution: fc.constantFrom(512, 640, 768, 1024),
      gradAccum: fc.integer({ min: 1, max: 4 }),
      scheduler: fc.constantFrom(
        'constant',
        'constant_with_warmup',
        'linear',
        'cosine',
        'cosine_with_restarts',
        'polynomial',
        'rex',
      ),
      precision: fc.constantFrom('fp16', 'bf16', 'fp32'),
      batchPick: fc.nat(),
    });
    fc.assert(
      fc.property(request, fc.boolean(), ({ batchPick, ...input }, prior) => {
        const frames = input.concepts.reduce((sum, count) => sum + count, 0);
        const candidate = { ...input, batchSize: 1 + (batchPick % Math.min(frames, 16)) } as PlanInput;
        const { plan } = planOf(candidate);
        if (plan.errors.length === 0) expectFaithful(candidate, prior);
      }),
      { numRuns: 300 },
    );
  });

  it('names R16 and the substituted schedulers, and warns where the trainer differs from the research', () => {
    const { plan, request } = planOf({ frames: 10, textEncoder: true, scheduler: 'rex' });
    const kohya = exportPlan('kohya-json', plan, request, { prior: true })!;
    expect(kohya.derivation).toEqual([
      { rule: 'R16', quantity: 'maxTrainSteps', text: 'steps(kohya) = 2 · steps = 2 · 1000 = 2000' },
    ]);
    expect(kohya.warnings.map((warning) => warning.key)).toEqual([
      'reg-doubles-steps',
      'scheduler-substituted',
      'sdxl-te-rates',
    ]);
    expect(JSON.parse(kohya.files[0]!.content).lr_scheduler).toBe('constant');
    expect(
      exportPlan('onetrainer-json', plan, request, { prior: true })!.warnings.map((warning) => warning.key),
    ).toContain('prior-prediction');
  });

  it('exports nothing for a plan with errors', () => {
    const { plan, request } = planOf({ frames: 3, batchSize: 5 });
    for (const format of EXPORT_FORMATS) expect(exportPlan(format, plan, request, { prior: false })).toBeNull();
  });
});

describe('dreambooth-calc --export', () => {
  const cli = join(process.cwd(), 'dist', 'cli.js');

  it('prints the file, with the notes on stderr', () => {
    const result = spawnSync(process.execPath, [cli, '--frames', '20', '--te', '--export', 'kohya-json'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ max_train_steps: 2000, learning_rate: 5e-7 });
    expect(result.stderr).toContain('1_<token> <class>');
  });

  it('writes the sd-scripts pair with --out, the config naming its dataset file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dbc-export-'));
    try {
      const out = join(folder, 'sks.toml');
      execFileSync(
        process.execPath,
        [cli, '--frames', '10', '--te', '--prior', '--export', 'sd-scripts-toml', '--out', out],
        { encoding: 'utf8' },
      );
      const config = parseToml(readFileSync(out, 'utf8'));
      expect(config).toMatchObject({ max_train_steps: 2000, dataset_config: 'sks.dataset.toml' });
      expect(parseToml(readFileSync(join(folder, 'sks.dataset.toml'), 'utf8'))).toMatchObject({
        datasets: [{ batch_size: 1 }],
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
  ])('%j exports nothing and names %s', (args, message) => {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('refuses --export with --json, answering in JSON as --json asks', () => {
    const result = spawnSync(process.execPath, [cli, '--frames', '3', '--export', 'kohya-json', '--json'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      maxTrainSteps: null,
      errors: [{ message: '--export: prints files, not JSON; leave out --json' }],
    });
  });
});
