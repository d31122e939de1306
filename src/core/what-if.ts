/**
 * Every "what if" plan in one place: the same request with one thing changed, planned again by the
 * core. The panel's batch-size table and fit suggestions and the tooltips' comparisons use these.
 */
import { BOUNDS, BASE_LR, EXTENSION_CONSTANT } from './constants.js';
import { computePlan, type Plan } from './plan.js';
import type { PlanRequest } from './request.js';
import * as rules from './rules.js';

export interface BatchSizeOption {
  batchSize: number;
  maxTrainSteps: number;
  epochs: number;
}

/** The plan with one change of the request (its numbers only; no derivation). */
export function planWith(request: PlanRequest, change: Partial<PlanRequest>): Plan {
  return computePlan({ ...request, ...change }, false);
}

/** Every batch size that divides the frames (R7), up to the largest allowed, with its steps and epochs. */
export function batchSizeOptions(request: PlanRequest): BatchSizeOption[] {
  const frames = rules.totalFrames(request.concepts);
  return rules.divisors(frames, BOUNDS.batchSize.max).map((batchSize) => {
    const plan = planWith(request, { batchSize });
    return { batchSize, maxTrainSteps: plan.maxTrainSteps, epochs: plan.epochs };
  });
}

/** A single change a user would make to lower the steps per frame. */
export type FitChange =
  | { kind: 'scheduler'; scheduler: string }
  | { kind: 'text-encoder' }
  | { kind: 'resolution'; resolution: number }
  | { kind: 'learning-rate'; rate: number };

/**
 * The changes that lower the steps per frame, each planned again: the research's constant (diffusers'
 * constant, or the extension's constant_with_warmup), training the text encoder, 512 px, and in the
 * standard formula twice the rate. A larger batch is not among them: under R7 epochs grow with it.
 */
export function lowerStepAlternatives(request: PlanRequest): { change: FitChange; plan: Plan }[] {
  const changes: [FitChange, Partial<PlanRequest>][] = [];
  const constant = request.schedulers === 'extension' ? EXTENSION_CONSTANT : 'constant';
  if (request.scheduler !== constant)
    changes.push([{ kind: 'scheduler', scheduler: constant }, { scheduler: constant }]);
  if (request.textEncoderRatio < 1) changes.push([{ kind: 'text-encoder' }, { textEncoderRatio: 1 }]);
  if (request.resolutions.some((resolution) => resolution > 512))
    changes.push([{ kind: 'resolution', resolution: 512 }, { resolutions: [512] }]);
  if (request.mode === 'standard') {
    const rate = (request.learningRate ?? BASE_LR) * 2;
    changes.push([{ kind: 'learning-rate', rate }, { learningRate: rate }]);
  }
  return changes.map(([change, requestChange]) => ({ change, plan: planWith(request, requestChange) }));
}
