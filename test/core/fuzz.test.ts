// Hostile input at the core's door and the CLI's parser: either a plan with finite, in-bound numbers,
// or a refusal that names the field. Never a throw, never NaN, never a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { BOUNDS, MAX_COUNT, computePlan, validatePlanInput } from '../../src/core/index.js';
import { english } from './helpers.js';

const extremeNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    0,
    -0,
    -1,
    1e-320,
    1e-12,
    1e9,
    1e15,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    2 ** 31,
    Number.NaN,
    Infinity,
    -Infinity,
  ),
);
/** Names that are properties of every object: a lookup by name must not find them. */
const OBJECT_NAMES = fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__');
const anyValue = fc.oneof(
  extremeNumber,
  fc.string(),
  OBJECT_NAMES,
  fc.boolean(),
  fc.constant(null),
  fc.array(extremeNumber, { maxLength: 12 }),
);

const FIELDS = [
  'frames',
  'concepts',
  'mode',
  'strength',
  'learningRate',
  'textEncoder',
  'textEncoderRatio',
  'resolution',
  'dynamicResolutions',
  'batchSize',
  'gradAccum',
  'scheduler',
  'precision',
  'scaleLr',
  'gpus',
  'lora',
  'optimizer',
];

const input = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), OBJECT_NAMES, fc.string()), anyValue, { maxKeys: 8 });

/** A valid request whose extreme but allowed values push the plan to its edges. */
const edgeInput = fc.record({
  concepts: fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 4 }),
  strength: fc.double({ min: 0.01, max: 100, noNaN: true }),
  resolution: fc.integer({ min: 64, max: 8192 }),
  gradAccum: fc.integer({ min: 1, max: 1024 }),
  scheduler: fc.constantFrom('constant', 'linear', 'cosine'),
  textEncoderRatio: fc.double({ min: 0, max: 1, noNaN: true }),
});

function expectSoundPlan(plan: ReturnType<typeof computePlan>) {
  if (plan.errors.length > 0) return;
  expect(Number.isInteger(plan.maxTrainSteps) && plan.maxTrainSteps >= 1 && plan.maxTrainSteps <= MAX_COUNT).toBe(true);
  expect(Number.isInteger(plan.epochs) && plan.epochs >= 1 && plan.epochs <= MAX_COUNT).toBe(true);
  expect(plan.learningRate >= BOUNDS.learningRate.min && plan.learningRate <= BOUNDS.learningRate.max).toBe(true);
  for (const value of [plan.stepsPerFrame, plan.strength, plan.effectiveLearningRate, plan.classImages])
    expect(Number.isFinite(value)).toBe(true);
}

describe('fuzzing the core', () => {
  it('any object: a refusal naming a field, or a sound plan', () => {
    fc.assert(
      fc.property(input, (candidate) => {
        const validated = validatePlanInput(candidate);
        if (!validated.ok) {
          expect(validated.issues.length).toBeGreaterThan(0);
          for (const issue of validated.issues) expect(english(issue)).not.toMatch(/NaN|Infinity/);
          return;
        }
        expectSoundPlan(computePlan(validated.request));
      }),
      { numRuns: 3000 },
    );
  });

  it('valid requests at the edges of the bounds: sound plan or a plan-range error', () => {
    fc.assert(
      fc.property(edgeInput, (candidate) => {
        const validated = validatePlanInput(candidate);
        if (!validated.ok) return; // concepts adding up past the total bound
        const plan = computePlan(validated.request);
        expectSoundPlan(plan);
        for (const error of plan.errors)
          expect(['plan-range', 'precision-range', 'batch-exceeds-frames']).toContain(error.code);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('fuzzing the CLI parser', () => {
  const token = fc.oneof(
    fc.constantFrom(
      '--frames',
      '--concepts',
      '--strength',
      '--lr',
      '--te',
      '--te-ratio',
      '--resolution',
      '--batch-size',
      '--grad-accum',
      '--scheduler',
      '--formula',
      '--precision',
      '--json',
      '--frames=',
      '-h',
    ),
    extremeNumber.map(String),
    fc.string({ maxLength: 12 }),
  );

  it('random argv: exit 0 with finite in-bound numbers, or exit 2 with one line', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 10 }), (argv) => {
        const out: string[] = [];
        const err: string[] = [];
        const status = run(
          argv,
          (text) => out.push(text),
          (text) => err.push(text),
        );
        expect([0, 2]).toContain(status);
        if (status === 2) {
          expect(err).toHaveLength(1);
          expect(err[0]!.split('\n')).toHaveLength(1);
          expect(err[0]).not.toMatch(/NaN|Infinity|ambiguous/);
        }
        const printed = out.join('\n');
        expect(printed).not.toMatch(/NaN|Infinity/);
        if (status === 0 && argv.includes('--json') && !argv.includes('-h')) {
          const body = JSON.parse(printed);
          expect(
            Number.isInteger(body.maxTrainSteps) && body.maxTrainSteps >= 1 && body.maxTrainSteps <= MAX_COUNT,
          ).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
