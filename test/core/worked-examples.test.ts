// The research's own worked examples (spec table): each must hold to the step.
import { describe, expect, it } from 'vitest';
import { framesForStrength } from '../../src/core/index.js';
import { planFor } from './helpers.js';

describe('worked examples of the research', () => {
  it.each([
    [1, 1000],
    [2, 778],
    [5, 626],
    [10, 601],
  ])('10 frames with TE at batch size %i: %i steps', (batchSize, steps) => {
    expect(planFor({ frames: 10, textEncoder: true, batchSize }).maxTrainSteps).toBe(steps);
  });

  it.each([
    [1, 10000],
    [2, 7142],
    [4, 5150],
    [5, 4651],
    [10, 3447],
  ])('100 frames with TE at batch size %i: %i steps', (batchSize, steps) => {
    expect(planFor({ frames: 100, textEncoder: true, batchSize }).maxTrainSteps).toBe(steps);
  });

  it('125 frames at strength medium: LR 8e-8', () => {
    expect(planFor({ frames: 125, strength: 'medium' }).learningRate).toBeCloseTo(8e-8, 20);
    expect(planFor({ frames: 125, strength: 'medium' }).learningRate / 8e-8).toBeCloseTo(1, 9);
  });

  it('at LR 1e-6 medium needs 10 frames and hard 20', () => {
    expect(framesForStrength(1e-6, 1)).toBeCloseTo(10, 9);
    expect(framesForStrength(1e-6, 2)).toBeCloseTo(20, 9);
  });

  it('768 px: SPF 450, or 225 with TE', () => {
    expect(planFor({ frames: 1, resolution: 768 }).stepsPerFrame).toBe(450);
    expect(planFor({ frames: 1, resolution: 768, textEncoder: true }).stepsPerFrame).toBe(225);
  });

  it('10 frames with TE at dynamic 512+768: 1625 steps, copies 1 and 2', () => {
    const plan = planFor({ frames: 10, textEncoder: true, dynamicResolutions: [512, 768] });
    expect(plan.maxTrainSteps).toBe(1625);
    expect(plan.resolutionCopies).toEqual([1, 2]);
  });

  it('dynamic 512+768+1024: copies 1, 2 and 4', () => {
    expect(planFor({ frames: 10, dynamicResolutions: [1024, 512, 768] }).resolutionCopies).toEqual([1, 2, 4]);
  });

  it('standard formula, 5 frames at LR 1e-5: 1000 steps, no warning', () => {
    const plan = planFor({ frames: 5, mode: 'standard', learningRate: 1e-5 });
    expect(plan.maxTrainSteps).toBe(1000);
    expect(plan.warnings).toEqual([]);
  });

  it('standard formula at LR 1e-6: SPF 2000', () => {
    expect(planFor({ frames: 1, mode: 'standard', learningRate: 1e-6 }).stepsPerFrame).toBeCloseTo(2000, 9);
  });
});
