// The CLI contract of the spec, checked against the built dist/cli.js (npm test builds first).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function calc(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The spec compares these with a relative tolerance of 1e-9, the rest exactly. */
const REAL_KEYS = ['learningRate', 'strength', 'stepsPerFrame'];

function json(...args: string[]) {
  const result = calc(...args, '--json');
  return { ...result, body: JSON.parse(result.stdout) };
}

describe('dreambooth-calc --json', () => {
  it('prints the contract keys for the default advanced plan', () => {
    const { status, body } = json('--frames', '20', '--te');
    expect(status).toBe(0);
    expect(body).toMatchObject({
      strength: 1,
      stepsPerFrame: 100,
      maxTrainSteps: 2000,
      epochs: 100,
      classImagesPerInstance: 100,
      classImages: 2000,
      errors: [],
    });
    expect(body.learningRate / 5e-7).toBeCloseTo(1, 9);
    expect(body.warnings).toEqual([{ code: 'precision-rounding', message: expect.stringContaining('fp32') }]);
  });

  it.each([
    [['--frames', '10', '--te', '--batch-size', '5'], { maxTrainSteps: 626, epochs: 313 }],
    [['--frames', '100', '--te', '--batch-size', '10'], { maxTrainSteps: 3447 }],
    [['--frames', '10', '--te', '--dynamic-resolutions', '512,768'], { maxTrainSteps: 1625 }],
    [['--frames', '5', '--formula', 'standard', '--lr', '1e-5'], { maxTrainSteps: 1000 }],
    [['--frames', '1', '--formula', 'standard', '--lr', '1e-6'], { stepsPerFrame: 2000 }],
    [['--frames', '1', '--resolution', '768'], { stepsPerFrame: 450 }],
    [['--frames', '1', '--resolution', '768', '--te'], { stepsPerFrame: 225 }],
    [['--frames', '10', '--te-ratio', '0.5'], { stepsPerFrame: 150, classImagesPerInstance: 150 }],
    [['--concepts', '5,5'], { maxTrainSteps: 2000, classImages: 2000 }],
    [['--frames', '10', '--te', '--grad-accum', '4'], { maxTrainSteps: 2000 }],
    [['--frames', '10', '--te', '--scheduler', 'cosine'], { maxTrainSteps: 2000 }],
    [['--frames', '10', '--strength', 'hard'], { strength: 2 }],
    [['--frames', '10', '--strength', '0.5'], { strength: 0.5 }],
    [['--frames', '40', '--formula', 'filewords'], { learningRate: 1e-5, maxTrainSteps: 8000 }],
    [
      // The extension steps its scheduler 11 times per epoch of 10 frames: ×2 · 1.1 (R9's area).
      ['--frames', '10', '--te', '--schedulers', 'extension', '--scheduler', 'linear_with_warmup'],
      { maxTrainSteps: 2200 },
    ],
    [['--frames', '10', '--te', '--schedulers', 'extension', '--scheduler', 'linear'], { maxTrainSteps: 1000 }],
    [
      [
        '--frames',
        '8',
        '--te',
        '--resolution',
        '640',
        '--batch-size',
        '8',
        '--grad-accum',
        '2',
        '--scheduler',
        'constant_with_warmup',
      ],
      { maxTrainSteps: 1172 },
    ],
  ])('%j gives %j', (args, expected) => {
    const { status, body } = json(...args);
    expect(status).toBe(0);
    for (const [key, value] of Object.entries(expected)) {
      if (!REAL_KEYS.includes(key)) expect(body[key]).toBe(value);
      else expect(body[key] / value).toBeCloseTo(1, 9);
    }
  });

  it('125 frames at medium: LR 8e-8 within 1e-9 relative', () => {
    const { body } = json('--frames', '125', '--strength', 'medium');
    expect(Math.abs(body.learningRate - 8e-8) / 8e-8).toBeLessThan(1e-9);
  });

  it.each([
    [
      ['--frames', '6', '--formula', 'standard', '--lr', '2e-6'],
      ['standard-frames', 'standard-lr'],
    ],
    [['--frames', '10', '--strength', '9'], ['strength-range']],
    [['--concepts', '6,4', '--te'], ['concepts-unequal']],
    [['--frames', '10', '--batch-size', '3'], ['batch-not-divisor']],
    [['--frames', '10', '--grad-accum', '2'], ['grad-accum']],
    [['--frames', '10', '--scheduler', 'rex'], ['scheduler-unknown']],
    [['--frames', '10', '--te-ratio', '0.3'], ['te-ratio-interpolated']],
    [['--frames', '5', '--precision', 'bf16'], ['precision-rounding']],
    [['--frames', '5', '--scale-lr', '--batch-size', '5'], ['scale-lr']],
    [['--frames', '5', '--lora'], ['out-of-scope']],
    [['--frames', '5', '--schedulers', 'extension', '--scheduler', 'constant'], ['scheduler-start-factor']],
    [['--frames', '5', '--schedulers', 'extension', '--scheduler', 'linear'], ['scheduler-ramp-up']],
    [
      ['--frames', '5', '--te', '--schedulers', 'extension', '--scheduler', 'cosine', '--warmup-steps', '500'],
      ['warmup-share'],
    ],
    [['--frames', '5', '--optimizer', 'Lion'], ['optimizer-unmeasured']],
  ])('%j warns %j', (args, expectedCodes) => {
    const { status, body } = json(...args);
    expect(status).toBe(0);
    expect(body.warnings.map((warning: { code: string }) => warning.code)).toEqual(
      expect.arrayContaining(expectedCodes),
    );
  });
});

describe('dreambooth-calc on bad input', () => {
  it.each([
    [['--frames', 'abc'], '--frames'],
    [['--frames', '0'], '--frames'],
    [['--frames', '-4'], '--frames'],
    [['--frames', '10', '--lr', '0'], '--lr'],
    [['--frames', '10', '--lr', 'Infinity'], '--lr'],
    [['--frames', '10', '--lr', 'NaN'], '--lr'],
    [['--frames', '4', '--batch-size', '5'], '--batch-size'],
    [['--frames', '10', '--strength', 'brutal'], '--strength'],
    [['--frames', '10', '--precision', 'fp8'], '--precision'],
    [['--frames', '10', '--formula', 'magic'], '--formula'],
    [['--frames', '10', '--te-ratio', '2'], '--te-ratio'],
    [['--concepts', '5,x'], '--concepts'],
    [[], '--frames'],
    [['--frames'], '--frames'],
    [['--unknown'], '--unknown'],
  ])('%j exits 2 with one line naming %s', (args, flag) => {
    const { status, stdout, stderr } = calc(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(flag);
    expect(stderr).not.toMatch(/NaN|Infinity/);
  });

  it("plans a rate below what fp16 holds, with the research's belief as a warning, not a refusal", () => {
    const { status, stdout } = calc('--frames', '250', '--strength', 'soft', '--precision', 'fp16', '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).warnings.map((warning: { code: string }) => warning.code)).toContain('precision-range');
  });

  it('with --json the errors key says the same, and no number is NaN', () => {
    const { status, stdout } = calc('--frames', '4', '--batch-size', '5', '--json');
    expect(status).toBe(2);
    const body = JSON.parse(stdout);
    expect(body.errors).toEqual([{ code: 'batch-exceeds-frames', message: expect.stringContaining('--batch-size') }]);
    expect(stdout).not.toMatch(/NaN|Infinity/);
    const invalid = JSON.parse(calc('--frames', 'abc', '--json').stdout);
    expect(invalid).toMatchObject({
      maxTrainSteps: null,
      errors: [{ code: 'invalid-input', message: expect.stringContaining('--frames') }],
    });
  });
});

describe('dreambooth-calc table and help', () => {
  it('prints the figures with the derivation and the batch-size options', () => {
    const { status, stdout } = calc('--frames', '10', '--te', '--batch-size', '2');
    expect(status).toBe(0);
    expect(stdout).toMatch(/Max training steps\s+778/);
    expect(stdout).toMatch(/Epochs\s+156/);
    expect(stdout).toContain(
      'R7        steps = (FN · SPF + SPF_A · (BS − 1)) / √BS = (10 · 100 + 100 · 1) / √2 = 777.82',
    );
    expect(stdout).toMatch(/5\s+626\s+313/);
    expect(stdout).not.toMatch(/NaN|Infinity/);
  });

  it('--help lists every option of the contract with its default', () => {
    const { status, stdout } = calc('--help');
    expect(status).toBe(0);
    const expected = {
      '--frames': 'required unless --concepts',
      '--concepts': '—',
      '--formula': 'advanced',
      '--strength': 'medium',
      '--lr': '—',
      '--te ': 'off',
      '--te-ratio': '0',
      '--resolution': '512',
      '--dynamic-resolutions': '—',
      '--batch-size': '1',
      '--grad-accum': '1',
      '--scheduler': 'constant',
      '--precision': 'fp32',
      '--scale-lr': 'off',
    };
    for (const [flag, defaultText] of Object.entries(expected)) {
      const line = stdout.split('\n').find((text) => text.trimStart().startsWith(flag));
      expect(line, flag).toContain(`(default: ${defaultText}`);
    }
    expect(stdout).toContain('--json');
    expect(stdout).toMatch(/--frames N .*\(default: required unless --concepts; 1 to 100000\)/);
  });
});

describe('dreambooth-calc refuses what no trainer can take, with the real reason', () => {
  it.each([
    // Inputs outside the plausibility bounds: the flag, the reason and the bound.
    [['--frames', '1e10'], '--frames: too large (at most 100000), got 10000000000'],
    [['--frames', '1e15'], '--frames: too large (at most 100000)'],
    [['--frames', '99999999999999999999'], '--frames: too large (at most 100000)'],
    [['--frames', '-5'], '--frames: too small (at least 1), got -5'],
    [['--frames', '2.5'], '--frames: not a whole number, got 2.5'],
    [['--frames', '1e999'], '--frames: not a finite number'],
    [['--frames', '5', '--lr', '1e308'], '--lr: too large (at most 0.001)'],
    [['--formula', 'standard', '--frames', '3', '--lr', '1e308'], '--lr: too large (at most 0.001)'],
    [['--formula', 'standard', '--frames', '5', '--lr', '1'], '--lr: too large (at most 0.001), got 1'],
    [
      ['--formula', 'standard', '--frames', '2', '--lr', '1e-300', '--precision', 'fp64'],
      '--lr: too small (at least 1e-10)',
    ],
    [['--frames', '4', '--strength', '1e308'], '--strength: too large (at most 100)'],
    [['--frames', '3', '--strength', '0'], '--strength: too small (at least 0.01), got 0'],
    [['--frames', '3', '--strength', '-2'], '--strength: too small (at least 0.01), got -2'],
    [['--frames', '3', '--strength', '0.00001', '--precision', 'fp16'], '--strength: too small (at least 0.01)'],
    [['--frames', '3', '--resolution', '100000'], '--resolution: too large (at most 8192)'],
    [['--frames', '3', '--grad-accum', '5000'], '--grad-accum: too large (at most 1024)'],
    [['--concepts', ','], '--concepts (entry 1): empty'],
    [['--concepts', '5,,5'], '--concepts (entry 2): empty'],
    [['--concepts', '60000,60000'], '--concepts: add up to 120000 frames: at most 100000 in total'],
    // Repeated options: an error naming the option, not "last one wins".
    [['--frames', '10', '--frames', '20'], '--frames: given more than once'],
    [['--frames', '3', '--scheduler', 'cosine', '--scheduler', 'linear'], '--scheduler: given more than once'],
    [['--frames', '3', '--te', '--te'], '--te: given more than once'],
    // Plans whose numbers no trainer takes.
    [
      ['--frames', '100000', '--strength', '0.01'],
      '--strength: The planned learning rate 1e-12 is outside 1e-10 to 0.001',
    ],
    [
      ['--frames', '1', '--formula', 'standard', '--lr', '1e-3', '--te', '--resolution', '64'],
      '--lr: The plan rounds to 0 training steps',
    ],
    [
      ['--frames', '100000', '--formula', 'standard', '--lr', '1e-10', '--resolution', '8192'],
      "more than a trainer's 32-bit counter holds (2147483647)",
    ],
  ])('%j', (args, message) => {
    const started = Date.now();
    const { status, stdout, stderr } = calc(...args);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/ambiguous|NaN|Infinity/);
  });

  it('JSON numeric keys are null whenever errors is not empty', () => {
    const { status, body } = json('--frames', '3', '--batch-size', '5');
    expect(status).toBe(2);
    for (const key of [
      'learningRate',
      'strength',
      'stepsPerFrame',
      'maxTrainSteps',
      'epochs',
      'classImagesPerInstance',
      'classImages',
    ]) {
      expect(body[key], key).toBeNull();
    }
    expect(body.errors).toHaveLength(1);
  });

  it('a large divisor-rich frame count answers at once, with a bounded batch-size table', () => {
    const { status, stdout } = calc('--frames', '98280', '--te');
    expect(status).toBe(0);
    const table = stdout.slice(stdout.indexOf('Batch sizes that divide'));
    const sizes = [...table.matchAll(/^ +(\d+)\s+\d+\s+\d+$/gm)].map((match) => Number(match[1]));
    expect(sizes.at(-1)).toBe(945); // 98280 = 2³·3³·5·7·13: 945 = 3³·5·7 is the largest divisor ≤ 1024
    expect(sizes.every((size) => size <= 1024 && 98280 % size === 0)).toBe(true);
  });
});

describe('dreambooth-calc as a newcomer meets it', () => {
  const firstLine = (...args: string[]) => calc(...args).stderr.split('\n')[0];

  it('says what is wrong with a value, naming the real bound and option', () => {
    expect(firstLine('--frames', 'Infinity')).toBe('dreambooth-calc: --frames: not a finite number');
    expect(firstLine('--frames', '20', '--lr', '0.0010000001')).toBe(
      'dreambooth-calc: --lr: too large (at most 0.001), got 0.0010000001',
    );
    expect(firstLine('--frames', '20', '--start-factor', '0.5')).toBe(
      "dreambooth-calc: --start-factor: belongs to the extension's own schedulers; give --schedulers extension as well",
    );
  });

  it('counts in the singular and the plural', () => {
    expect(calc('--frames', '1').stdout).toMatch(/^Dreambooth plan: 1 frame, /);
    expect(calc('--concepts', '1,2').stdout).toContain('Concept 1               1 frame, 200 class images');
    const exported = calc('--concepts', '1', '--export', 'kohya-json');
    expect(exported.stderr).not.toMatch(/\b1 concept folders\b/);
  });

  it('prints rates as the shortest decimal of the rate, without floating-point noise', () => {
    expect(json('--frames', '20').body.learningRate).toBe(5e-7);
    expect(calc('--frames', '20', '--json').stdout).toContain('"learningRate":5e-7,');
    expect(calc('--frames', '6', '--json').stdout).toContain('"learningRate":0.00000166666666667,');
  });

  it('aligns the help, the derivation and the batch-size table', () => {
    const help = calc('--help')
      .stdout.split('\n')
      .filter((line) => /^ {2}-/.test(line));
    expect(help.length).toBeGreaterThan(20);
    expect(new Set(help.map((line) => line.match(/^ {2}\S.*?\s{2,}(?=\S)/)![0].length)).size).toBe(1);
    const { stdout } = calc('--frames', '98280', '--te');
    const derivation = stdout.slice(stdout.indexOf('How each'), stdout.indexOf('Batch sizes')).split('\n').slice(1, -2);
    expect(new Set(derivation.map((line) => line.match(/^( {2}\S+\s+)/)![1]!.length)).size).toBe(1);
    const rows = stdout
      .slice(stdout.indexOf('Batch sizes'))
      .split('\n')
      .slice(1)
      .filter((line) => /^ +(BS|\d)/.test(line));
    expect(new Set(rows.map((line) => line.length)).size).toBe(1);
  });

  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(calc('--version')).toEqual({ status: 0, stdout: `dreambooth-calc ${version}\n`, stderr: '' });
  });

  it('--out into a missing folder or onto a folder is one line, exit 2', () => {
    expect(calc('--frames', '20', '--export', 'kohya-json', '--out', '/nonexistent-folder/plan.json')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'dreambooth-calc: --out: cannot write /nonexistent-folder/plan.json: no such folder\n',
    });
    expect(calc('--frames', '20', '--export', 'kohya-json', '--out', tmpdir()).stderr).toBe(
      `dreambooth-calc: --out: cannot write ${tmpdir()}: it is a folder\n`,
    );
  });

  it('a warmup on a scheduler that takes none is said to do nothing', () => {
    expect(json('--frames', '10', '--warmup-steps', '1000').body.warnings).toContainEqual({
      code: 'warmup-ignored',
      message:
        'The constant scheduler takes no warmup: the 1000 warmup steps do nothing, and the run starts at the full rate. constant_with_warmup uses them.',
    });
    const warmsUp = json('--frames', '10', '--warmup-steps', '1000', '--scheduler', 'constant_with_warmup').body;
    expect(warmsUp.warnings.map((warning: { code: string }) => warning.code)).toContain('warmup-share');
  });

  it("--prior is part of the plan: the extension's linear_with_warmup with class images is planned as its constant", () => {
    const { status, body } = json(
      '--frames',
      '20',
      '--schedulers',
      'extension',
      '--scheduler',
      'linear_with_warmup',
      '--prior',
    );
    expect(status).toBe(0);
    expect(body.warnings.map((warning: { code: string }) => warning.code)).toContain('scheduler-ends-early');
    expect([body.maxTrainSteps, body.proposedScheduler]).toEqual([4000, 'constant_with_warmup']);
  });
});

describe('dreambooth-calc --lr-curve', () => {
  const extensionRun = ['--frames', '20', '--te', '--schedulers', 'extension', '--scheduler', 'linear_with_warmup'];

  it("prints the planned run's curve beside the research's constant, and the scheduler as set when the plan switched", () => {
    const result = calc(...extensionRun, '--prior', '--warmup-steps', '100', '--lr-curve');
    expect(result.status).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body).toMatchObject({
      unit: 'epochs',
      learningRate: 5e-7,
      research: { steps: 2000, epochs: 100, rate: 5e-7 },
      planned: { scheduler: 'constant_with_warmup', steps: 4000, epochs: 100 },
      asSet: { scheduler: 'linear_with_warmup', steps: 4000, epochs: 100 },
    });
    expect(body.warnings.map((warning: { code: string }) => warning.code)).toContain('scheduler-ends-early');
    expect(body.planned.points).toHaveLength(200);
    // The warmup ramps from 0 over 100 examples (class images count): 50 batches at batch 1.
    expect(body.planned.points[0]).toEqual({ step: 0, epoch: 0, rate: 0 });
    expect(body.planned.points.at(-1)).toEqual({ step: 3999, epoch: 99.975, rate: 5e-7 });
    // Linear, as set, reaches 0 at mid-run and stays there.
    const late = body.asSet.points.filter((point: { epoch: number }) => point.epoch >= 50);
    expect(late.every((point: { rate: number }) => point.rate === 0)).toBe(true);
    expect(body.asSet.meanShare).toBeCloseTo(0.2439, 2);
  });

  it("follows the area rule: the curve as planned trains the research's area", () => {
    const body = JSON.parse(calc(...extensionRun, '--lr-curve').stdout);
    expect(body.planned).toMatchObject({ scheduler: 'linear_with_warmup', epochs: 210 });
    expect(body.asSet).toBeUndefined();
    expect((body.planned.meanShare * body.planned.epochs) / body.research.epochs).toBeCloseTo(1, 2);
  });

  it('has no curve for a scheduler the trainer does not know, and fails like --json', () => {
    const unknown = JSON.parse(calc('--frames', '10', '--scheduler', 'rex', '--lr-curve').stdout);
    expect(unknown.planned).toBeNull();
    const bad = calc('--frames', '10', '--cycles', '2', '--lr-curve');
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout).errors[0].message).toMatch(/^--cycles: /);
    expect(calc('--frames', '10', '--lr-curve', '--export', 'onetrainer-json').stderr).toContain(
      '--lr-curve: prints the curve, not files',
    );
  });

  it("the extension's Polynomial Power and Hard Resets shape the plan by area", () => {
    const at = (...extra: string[]) =>
      JSON.parse(calc('--frames', '20', '--te', '--schedulers', 'extension', ...extra, '--json').stdout).maxTrainSteps;
    // Power 2 averages a third of the way down to 1e-7 (0.2 of 5e-7): ((1 − 0.2) / 3 + 1.05 · 0.2) / 1.05.
    expect(at('--scheduler', 'polynomial', '--power', '2')).toBe(Math.round(2000 / ((0.8 / 3 + 1.05 * 0.2) / 1.05)));
    // Two waves over 1.05 of the length: 0.5 + sin(4.2π) / 8.4π.
    const share = 0.5 + Math.sin(4.2 * Math.PI) / (8.4 * Math.PI);
    expect(at('--scheduler', 'cosine', '--cycles', '2')).toBe(Math.round(2000 / share));
  });
});
