import { describe, expect, it } from 'vitest';
import { batchSizeOptions, validatePlanInput } from '../../src/core/index.js';

function issuesOf(input: unknown) {
  const result = validatePlanInput(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues;
}

describe('validation names the field', () => {
  it.each([
    [{ frames: 0 }, 'frames', 'at least 1'],
    [{ frames: -3 }, 'frames', 'at least 1'],
    [{ frames: 2.5 }, 'frames', 'whole number'],
    [{ frames: Number.NaN }, 'frames', 'whole number'],
    [{ frames: 'ten' }, 'frames', '"ten"'],
    [{}, 'frames', 'required'],
    [{ frames: 10, learningRate: 0 }, 'learningRate', 'greater than 0'],
    [{ frames: 10, learningRate: Number.POSITIVE_INFINITY }, 'learningRate', 'finite'],
    [{ frames: 10, strength: 'brutal' }, 'strength', 'unknown strength'],
    [{ frames: 10, strength: -1 }, 'strength', 'greater than 0'],
    [{ frames: 10, textEncoderRatio: 1.5 }, 'textEncoderRatio', '0 to 1'],
    [{ frames: 10, batchSize: 0 }, 'batchSize', 'at least 1'],
    [{ frames: 10, gradAccum: 1.5 }, 'gradAccum', 'whole number'],
    [{ frames: 10, precision: 'fp8' }, 'precision', 'fp16'],
    [{ frames: 10, mode: 'magic' }, 'mode', 'advanced'],
    [{ frames: 10, scheduler: '' }, 'scheduler', 'empty'],
    [{ frames: 10, dynamicResolutions: [512] }, 'dynamicResolutions', 'two'],
    [{ frames: 10, resolution: 512, dynamicResolutions: [512, 768] }, 'dynamicResolutions', 'not both'],
    [{ frames: 10, strength: 'hard', learningRate: 1e-6 }, 'learningRate', 'not both'],
    [{ frames: 10, mode: 'filewords', learningRate: 1e-6 }, 'learningRate', '1e-5'],
    [{ frames: 9, concepts: [5, 5] }, 'frames', 'add up to 10'],
    [{ frames: 10, bogus: 1 }, 'bogus', 'unknown field'],
  ])('%j is rejected on %s', (input, field, words) => {
    const issues = issuesOf(input);
    expect(issues[0]).toMatchObject({ field });
    expect(issues[0]!.message).toContain(words);
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
        precision: 'fp32',
        scaleLr: false,
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
