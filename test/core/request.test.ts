import { describe, expect, it } from 'vitest';
import { batchSizeOptions, validatePlanInput } from '../../src/core/index.js';
import { english } from './helpers.js';

function issuesOf(input: unknown) {
  const result = validatePlanInput(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues;
}

describe('validation names the field', () => {
  it.each([
    [{ frames: 0 }, 'frames', 'too small (at least 1), got 0'],
    [{ frames: -3 }, 'frames', 'too small (at least 1), got -3'],
    [{ frames: 2.5 }, 'frames', 'not a whole number, got 2.5'],
    [{ frames: Number.NaN }, 'frames', 'not a finite number'],
    [{ frames: 1e9 }, 'frames', 'too large (at most 100000), got 1000000000'],
    [{ frames: 'ten' }, 'frames', 'not a number, got "ten"'],
    [{ frames: '' }, 'frames', 'empty'],
    [{}, 'frames', 'required'],
    [{ frames: 10, learningRate: 0 }, 'learningRate', 'too small (at least 1e-10)'],
    [{ frames: 10, learningRate: 1 }, 'learningRate', 'too large (at most 0.001)'],
    [{ frames: 10, learningRate: Number.POSITIVE_INFINITY }, 'learningRate', 'finite'],
    [{ frames: 10, strength: 'brutal' }, 'strength', 'unknown strength'],
    [{ frames: 10, strength: -1 }, 'strength', 'too small (at least 0.01)'],
    [{ frames: 10, strength: '0' }, 'strength', 'too small (at least 0.01), got 0'],
    [{ frames: 10, strength: 1e308 }, 'strength', 'too large (at most 100)'],
    [{ frames: 10, textEncoderRatio: 1.5 }, 'textEncoderRatio', 'too large (at most 1)'],
    [{ frames: 10, batchSize: 0 }, 'batchSize', 'too small (at least 1)'],
    [{ frames: 10, batchSize: 5000 }, 'batchSize', 'too large (at most 1024)'],
    [{ frames: 10, gradAccum: 1.5 }, 'gradAccum', 'not a whole number'],
    [{ frames: 10, gpus: 0 }, 'gpus', 'too small'],
    [{ frames: 10, resolution: 32 }, 'resolution', 'too small (at least 64)'],
    [{ frames: 10, precision: 'fp8' }, 'precision', 'fp16'],
    [{ frames: 10, mode: 'magic' }, 'mode', 'advanced'],
    [{ frames: 10, scheduler: '' }, 'scheduler', 'empty'],
    [{ frames: 10, dynamicResolutions: [512] }, 'dynamicResolutions', 'at least 2'],
    [
      { frames: 10, dynamicResolutions: [512, 576, 640, 704, 768, 832, 896, 960, 1024] },
      'dynamicResolutions',
      'at most 8',
    ],
    [{ frames: 10, resolution: 512, dynamicResolutions: [512, 768] }, 'dynamicResolutions', 'not both'],
    [{ frames: 10, strength: 'hard', learningRate: 1e-6 }, 'learningRate', 'not both'],
    [{ frames: 10, mode: 'filewords', learningRate: 1e-6 }, 'learningRate', '1e-5'],
    [{ frames: 9, concepts: [5, 5] }, 'frames', 'add up to 10'],
    [{ concepts: [60000, 50000] }, 'concepts', 'at most 100000 in total'],
    [{ frames: 10, bogus: 1 }, 'bogus', 'unknown field'],
    // Names of Object's own properties are unknown fields and names, not inherited values.
    [{ frames: 10, valueOf: [] }, 'valueOf', 'unknown field valueOf'],
    [{ frames: 10, strength: 'constructor' }, 'strength', 'unknown strength "constructor"'],
  ])('%j is rejected on %s', (input, field, words) => {
    const issues = issuesOf(input);
    expect(issues[0]).toMatchObject({ field });
    expect(english(issues[0]!)).toContain(words);
  });

  it('fills the defaults of the CLI contract', () => {
    const result = validatePlanInput({ frames: 10 });
    expect(result).toEqual({
      ok: true,
      request: {
        concepts: [10],
        mode: 'advanced',
        strength: 1,
        textEncoderRatio: 0,
        resolutions: [512],
        batchSize: 1,
        gradAccum: 1,
        scheduler: 'constant',
        schedulers: 'research',
        startFactor: 1,
        scalePosition: 0.5,
        cycles: 1,
        power: 1,
        minLearningRate: 1e-6,
        precision: 'fp32',
        scaleLr: false,
        fullMixedPrecision: false,
        prior: false,
        gpus: 1,
        lora: false,
      },
    });
  });
});

describe('batch-size options', () => {
  it('lists every divisor of the frames with steps and epochs', () => {
    const result = validatePlanInput({ frames: 10, textEncoder: true });
    if (!result.ok) throw new Error('valid');
    expect(batchSizeOptions(result.request)).toEqual([
      { batchSize: 1, maxTrainSteps: 1000, epochs: 100 },
      { batchSize: 2, maxTrainSteps: 778, epochs: 156 },
      { batchSize: 5, maxTrainSteps: 626, epochs: 313 },
      { batchSize: 10, maxTrainSteps: 601, epochs: 601 },
    ]);
  });
});
