import { describe, expect, it } from 'vitest';
import {
  MEASURED_SCHEDULERS,
  computePlan,
  learningRateCurve,
  planCurves,
  validatePlanInput,
  type CurveRun,
  type PlanInput,
} from '../../src/core/index.js';

function requestFor(input: PlanInput) {
  const validated = validatePlanInput(input);
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  return validated.request;
}

const run = (extra: Partial<CurveRun>): CurveRun => ({
  scheduler: 'constant',
  schedulers: 'research',
  learningRate: 1e-6,
  frames: 10,
  prior: false,
  batchSize: 1,
  maxTrainSteps: 1000,
  epochs: 100,
  warmupSteps: 0,
  startFactor: 1,
  scalePosition: 0.5,
  cycles: 1,
  power: 1,
  minLearningRate: 1e-6,
  ...extra,
});

const rateAt = (curve: ReturnType<typeof learningRateCurve>, step: number) =>
  curve!.points.find((point) => point.step === step)!.rate;

describe("the research's trainer: diffusers' schedulers over the plan's steps", () => {
  it("linear falls from the rate to 0 over the run: half the constant's area, so R9 doubles it", () => {
    const curve = learningRateCurve(run({ scheduler: 'linear', maxTrainSteps: 2000 }), 2001)!;
    expect(curve.steps).toBe(2000);
    expect(rateAt(curve, 0)).toBe(1e-6);
    expect(rateAt(curve, 1000)).toBeCloseTo(5e-7, 15);
    expect(rateAt(curve, 1999)).toBeCloseTo(5e-10, 15);
    // (N + 1) / 2N of the rate on average: 2000 steps of it equal 1000 at the constant rate.
    expect(curve.meanShare).toBeCloseTo(2001 / 4000, 12);
    expect((curve.meanShare * 2000) / 1000).toBeCloseTo(1, 3);
  });

  it('cosine is half a wave, cosine_with_restarts one cycle: the same curve', () => {
    const cosine = learningRateCurve(run({ scheduler: 'cosine' }), 1000)!;
    const restarts = learningRateCurve(run({ scheduler: 'cosine_with_restarts' }), 1000)!;
    expect(rateAt(cosine, 500)).toBeCloseTo(5e-7, 15);
    expect(cosine.points.map((point) => point.rate)).toEqual(restarts.points.map((point) => point.rate));
  });

  it('a warmup ramps from 0 over its steps; constant takes none', () => {
    const warm = learningRateCurve(run({ scheduler: 'constant_with_warmup', warmupSteps: 100 }), 1000)!;
    expect(rateAt(warm, 0)).toBe(0);
    expect(rateAt(warm, 50)).toBeCloseTo(5e-7, 15);
    expect(rateAt(warm, 100)).toBe(1e-6);
    expect(rateAt(learningRateCurve(run({ warmupSteps: 100 }), 1000), 0)).toBe(1e-6);
  });

  it('polynomial ends at 1e-7 and refuses a rate at or below it (no curve)', () => {
    const curve = learningRateCurve(run({ scheduler: 'polynomial' }), 1000)!;
    expect(rateAt(curve, 999)).toBeCloseTo(1e-7 + 9e-7 / 1000, 15);
    expect(learningRateCurve(run({ scheduler: 'polynomial', learningRate: 1e-7 }))).toBeNull();
  });

  it('knows no other name', () => {
    expect(learningRateCurve(run({ scheduler: 'linear_with_warmup' }))).toBeNull();
  });
});

describe('the current extension: sized for FN · epochs, stepped over every example and once per epoch', () => {
  const extension = (extra: Partial<CurveRun>) =>
    run({ schedulers: 'extension', scheduler: 'linear_with_warmup', epochs: 100, ...extra });

  it('with class images, linear_with_warmup reaches 0 at mid-run and stays there', () => {
    // 20 frames + 20 class examples per epoch, batch 1: 40 batches; the scheduler is sized for 20 · 100.
    const curve = learningRateCurve(extension({ frames: 20, prior: true }), 4000)!;
    expect(curve.steps).toBe(4000);
    expect(curve.epochs).toBe(100);
    // Epoch 1 starts at position 41 (40 examples, then the epoch's own step): 1 − 41/2000.
    expect(rateAt(curve, 40)).toBeCloseTo(1e-6 * (1 - 41 / 2000), 15);
    // Position 2000 is reached in epoch 48 (48 · 41 = 1968, + 32 batches).
    expect(rateAt(curve, 48 * 40 + 31)).toBeGreaterThan(0);
    expect(rateAt(curve, 48 * 40 + 32)).toBe(0);
    expect(curve.points.filter((point) => point.epoch >= 49).every((point) => point.rate === 0)).toBe(true);
    expect(curve.meanShare).toBeCloseTo(0.5 * (2000 / 4100), 3);
  });

  it('every batch is full: 10 frames at batch 4 advance the scheduler 13 per epoch', () => {
    const curve = learningRateCurve(
      extension({ frames: 10, batchSize: 4, scheduler: 'constant', startFactor: 0.5 }),
      300,
    )!;
    expect(curve.steps).toBe(300);
    // ConstantLR until int(1000 · 0.5) = 500: batch 38 (the third of epoch 12) sits at 12 · 13 + 2 · 4 = 164.
    expect(rateAt(curve, 38)).toBe(5e-7);
    // Epoch 39 starts at 39 · 13 = 507.
    expect(rateAt(curve, 117)).toBe(1e-6);
    expect(rateAt(curve, 114)).toBe(5e-7);
  });

  it('cosine is full waves of Number of Hard Resets and keeps waving past its length', () => {
    const curve = learningRateCurve(extension({ scheduler: 'cosine', frames: 10, prior: true }), 2000)!;
    // Mid-way through its length the full wave is at 0: position 500 is batch 17 of epoch 23 (23 · 21 + 17).
    expect(rateAt(curve, 23 * 20 + 17)).toBeLessThan(1e-20);
    expect(curve.points.at(-1)!.rate).toBeGreaterThan(9e-7);
  });

  it('doubles Scale Position with class images and floors cosine_annealing at Min Learning Rate', () => {
    const constant = learningRateCurve(extension({ scheduler: 'constant', startFactor: 0.25, prior: true }), 2000)!;
    // int(1000 · 0.5 · 2) = 1000: batch 19 of epoch 47 is at 47 · 21 + 19 = 1006.
    expect(rateAt(constant, 47 * 20 + 8)).toBe(2.5e-7);
    expect(rateAt(constant, 47 * 20 + 19)).toBe(1e-6);
    const annealing = learningRateCurve(
      extension({ scheduler: 'cosine_annealing', minLearningRate: 2e-7, learningRate: 1e-6 }),
      1000,
    )!;
    expect(Math.min(...annealing.points.map((point) => point.rate))).toBeGreaterThanOrEqual(2e-7 - 1e-20);
  });

  it('warmup counts examples: class images too', () => {
    const curve = learningRateCurve(
      extension({ scheduler: 'constant_with_warmup', warmupSteps: 100, frames: 10, prior: true }),
      2000,
    )!;
    // Batch 4 of epoch 2 is at 2 · 21 + 4 = 46 examples.
    expect(rateAt(curve, 44)).toBeCloseTo(4.6e-7, 15);
  });
});

describe('R9 as an area: every measured curve trains what the constant plan trains', () => {
  const cases: PlanInput[] = [
    { frames: 10, textEncoder: true },
    { frames: 3, textEncoder: true, batchSize: 1 },
    { frames: 24, batchSize: 4 },
    { frames: 20, textEncoder: true, resolution: 768 },
  ];
  for (const family of ['research', 'extension'] as const) {
    for (const scheduler of MEASURED_SCHEDULERS[family]) {
      it.each(cases)(`${family} ${scheduler}: %o`, (input) => {
        const request = requestFor({ ...input, scheduler, schedulers: family });
        const plan = computePlan(request);
        const curves = planCurves(request, plan, 2);
        const planned = curves.planned!;
        // The planned run's area, in rate × epochs, against the research's constant plan.
        const area = planned.meanShare * planned.epochs * plan.effectiveLearningRate;
        const constant = ((curves.research.steps * request.batchSize) / plan.frames) * curves.research.rate;
        expect(Math.abs(area / constant - 1)).toBeLessThan(0.01);
      });
    }
  }

  it('a curve that ends early is shown beside the constant_with_warmup the plan is for', () => {
    const request = requestFor({
      frames: 20,
      textEncoder: true,
      schedulers: 'extension',
      scheduler: 'linear_with_warmup',
      prior: true,
    });
    const plan = computePlan(request);
    const curves = planCurves(request, plan);
    expect(curves.unit).toBe('epochs');
    expect(curves.planned!.scheduler).toBe('constant_with_warmup');
    expect(curves.asSet!.scheduler).toBe('linear_with_warmup');
    expect(curves.research).toEqual({ steps: 2000, epochs: 100, rate: 5e-7 });
    expect(curves.planned!.epochs).toBe(100);
    // Kept, the scheduler as set would train about a quarter of the research's area.
    expect(curves.asSet!.meanShare).toBeCloseTo(0.244, 2);
  });
});
