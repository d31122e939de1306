// Invariants of the formulas over many thousands of random requests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MEASURED_SCHEDULERS,
  STRENGTHS,
  batchSizeOptions,
  validatePlanInput,
  type PlanInput,
} from '../../src/core/index.js';
import { BOUNDS } from '../../src/core/constants.js';
import { divisors } from '../../src/core/rules.js';
import { planFor } from './helpers.js';

const RUNS = 4000;

const request = fc
  .record({
    frames: fc.integer({ min: 1, max: 500 }),
    strength: fc.constantFrom(...Object.keys(STRENGTHS)),
    textEncoderRatio: fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
    resolution: fc.integer({ min: 4, max: 32 }).map((n) => n * 64),
    gradAccum: fc.integer({ min: 1, max: 16 }),
    scheduler: fc.constantFrom(...MEASURED_SCHEDULERS.research, 'rex'),
    batchPick: fc.nat(),
  })
  .map(({ batchPick, ...rest }): PlanInput => ({ ...rest, batchSize: 1 + (batchPick % rest.frames) }));

describe('plan invariants', () => {
  it('steps, epochs and class images are positive integers, rates positive and finite', () => {
    fc.assert(
      fc.property(request, (input) => {
        const plan = planFor(input);
        for (const value of [plan.maxTrainSteps, plan.epochs, plan.classImagesPerInstance, plan.classImages]) {
          expect(Number.isInteger(value) && value > 0).toBe(true);
        }
        for (const value of [plan.learningRate, plan.stepsPerFrame, plan.strength, plan.effectiveLearningRate]) {
          expect(Number.isFinite(value) && value > 0).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('steps grow with frames (at batch size 1)', () => {
    fc.assert(
      fc.property(request, fc.integer({ min: 1, max: 100 }), (input, extra) => {
        const base = { ...input, batchSize: 1 };
        expect(planFor({ ...base, frames: input.frames! + extra }).maxTrainSteps).toBeGreaterThan(
          planFor(base).maxTrainSteps,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('advanced LR falls as frames grow and rises with strength', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0.2, max: 4, noNaN: true }),
        (frames, extra, strength) => {
          expect(planFor({ frames: frames + extra, strength }).learningRate).toBeLessThan(
            planFor({ frames, strength }).learningRate,
          );
          expect(planFor({ frames, strength: strength + 0.5 }).learningRate).toBeGreaterThan(
            planFor({ frames, strength }).learningRate,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('at batch size 1 (GA 1, constant) the epochs equal the steps per frame', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom(0, 1),
        fc.constantFrom(512, 768, 1024),
        (frames, textEncoderRatio, resolution) => {
          const plan = planFor({ frames, textEncoderRatio, resolution });
          expect(plan.epochs).toBe(Math.round(plan.stepsPerFrame));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the text-encoder ratio meets both ends and stays between them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), (frames, ratio) => {
        const off = planFor({ frames, textEncoder: false }).maxTrainSteps;
        const on = planFor({ frames, textEncoder: true }).maxTrainSteps;
        expect(planFor({ frames, textEncoderRatio: 0 }).maxTrainSteps).toBe(off);
        expect(planFor({ frames, textEncoderRatio: 1 }).maxTrainSteps).toBe(on);
        const between = planFor({ frames, textEncoderRatio: ratio }).maxTrainSteps;
        expect(between).toBeLessThanOrEqual(off);
        expect(between).toBeGreaterThanOrEqual(on);
      }),
      { numRuns: RUNS },
    );
  });

  it('the batch-size options are the divisors of the frames, each row the plan at that size', () => {
    fc.assert(
      fc.property(request, (input) => {
        const validated = validatePlanInput(input);
        if (!validated.ok) throw new Error('valid input expected');
        const options = batchSizeOptions(validated.request);
        expect(options.map((option) => option.batchSize)).toEqual(divisorsOf(input.frames!));
        const row = options[options.length - 1]!;
        expect(row).toEqual({ batchSize: input.frames, ...pick(planFor({ ...input, batchSize: input.frames! })) });
      }),
      { numRuns: RUNS / 4 },
    );
  });
});

describe('bounded cost', () => {
  it('divisors in O(√n) are exactly the brute-force divisors up to the largest batch size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), (frames) => {
        expect(divisors(frames, BOUNDS.batchSize.max)).toEqual(
          divisorsOf(frames).filter((size) => size <= BOUNDS.batchSize.max),
        );
      }),
      { numRuns: 300 },
    );
  });
});

function divisorsOf(frames: number): number[] {
  return Array.from({ length: frames }, (_, index) => index + 1).filter((candidate) => frames % candidate === 0);
}

function pick(plan: { maxTrainSteps: number; epochs: number }) {
  return { maxTrainSteps: plan.maxTrainSteps, epochs: plan.epochs };
}
