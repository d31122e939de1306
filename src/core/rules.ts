/**
 * One function per rule of the spec (docs/formulas.md, R1–R15). Pure arithmetic: the
 * plan (plan.ts) decides which rules apply and records the derivation.
 */
import {
  BASE_LR,
  BASE_RESOLUTION,
  PRECISION_LIMITS,
  WEIGHT_UPDATE_FLOOR,
  POLYNOMIAL_END_RATE,
  MEASURED_SCHEDULERS,
  STRENGTH_RANGE,
  WARMUP_SHARE,
  type Precision,
  type SchedulerFamily,
} from './constants.js';

/** R1: steps per frame at BASE_LR and 512 px; r is the text-encoder ratio (checkbox: 0 or 1). */
export function baseStepsPerFrame(textEncoderRatio: number): number {
  return 200 - 100 * textEncoderRatio;
}

/** R2: RC = (RES / 512)². */
export function resolutionFactor(resolution: number): number {
  return (resolution / BASE_RESOLUTION) ** 2;
}

/** R1 + R2: SPF at a training resolution. */
export function stepsPerFrameAt(textEncoderRatio: number, resolution: number): number {
  return baseStepsPerFrame(textEncoderRatio) * resolutionFactor(resolution);
}

/** R3: SPF_lr = SPF · (BASE_LR / LR). */
export function standardStepsPerFrame(stepsPerFrame: number, learningRate: number): number {
  return stepsPerFrame * (BASE_LR / learningRate);
}

/** R4: LR = BASE_LR · F / FNc. */
export function advancedLearningRate(strength: number, lrFrames: number): number {
  return withoutFloatNoise((BASE_LR * strength) / lrFrames);
}

/** R4: the strength a fixed LR implies, F = FNc · LR / BASE_LR. */
export function impliedStrength(lrFrames: number, learningRate: number): number {
  return (lrFrames * learningRate) / BASE_LR;
}

/** R4: frames a strength needs at a given LR, frames = (BASE_LR / LR) · F. */
export function framesForStrength(learningRate: number, strength: number): number {
  return (BASE_LR / learningRate) * strength;
}

export function isStrengthInRange(strength: number): boolean {
  return strength >= STRENGTH_RANGE.min && strength <= STRENGTH_RANGE.max;
}

/** R5: steps count every concept's frames. */
export function totalFrames(concepts: readonly number[]): number {
  return concepts.reduce((sum, frames) => sum + frames, 0);
}

/** R5: the one LR field is computed for the largest concept (the lowest, safest rate). */
export function learningRateFrames(concepts: readonly number[]): number {
  return Math.max(...concepts);
}

export function conceptsAreUnequal(concepts: readonly number[]): boolean {
  return concepts.some((frames) => frames !== concepts[0]);
}

/**
 * R7: incremental steps per frame. With the text encoder trained all along (r = 1) the research
 * says "SPF_A = SPF": SPF itself, unrounded. Otherwise SPF / 1.5 (linear in r between), rounded up;
 * the tiny tolerance keeps float noise (100.00000000000001) from adding a whole step.
 */
export function additionalStepsPerFrame(stepsPerFrame: number, textEncoderRatio: number): number {
  if (textEncoderRatio === 1) return stepsPerFrame;
  const exact = stepsPerFrame * ((1 - textEncoderRatio) / 1.5 + textEncoderRatio);
  return Math.ceil(exact - 1e-9);
}

/** R7: steps = (FN · SPF + SPF_A · (BS − 1)) / √BS. */
export function batchedSteps(frames: number, stepsPerFrame: number, additional: number, batchSize: number): number {
  return (frames * stepsPerFrame + additional * (batchSize - 1)) / Math.sqrt(batchSize);
}

/** R8: accumulated gradients need √GA times the steps. */
export function gradientAccumulationFactor(gradAccum: number): number {
  return Math.sqrt(gradAccum);
}

/**
 * R9: how far the trainer steps its scheduler, as a multiple of the scheduler's own length. diffusers'
 * (the research's trainer) is sized and stepped in steps: 1. The current extension sizes it for
 * epochs · FN instance images but advances it by the batch size on every batch over FN examples (2 · FN
 * with class images; every batch full) and once more per epoch (train_dreambooth.py:961,1916,2060,
 * db_dataset.py:453, bucket_sampler.py @4244f6b).
 */
export function schedulerSpan(family: SchedulerFamily, frames: number, batchSize: number, prior: boolean): number {
  if (family === 'research') return 1;
  return (Math.ceil((frames * (prior ? 2 : 1)) / batchSize) * batchSize + 1) / frames;
}

/** The parameters of the extension's curves (Number of Hard Resets, Polynomial Power) and polynomial's end rate share. */
export interface CurveShape {
  cycles: number;
  power: number;
  /** 1e-7 / LR: where polynomial ends, as a share of the rate. */
  endShare: number;
}

/**
 * R9: the mean share of the rate a measured curve trains at over a run of `span` of its length: the
 * area under the curve over the constant's (the warmup has its own rule). Past its end linear and
 * cosine_with_restarts stay at 0, polynomial at its end rate; the extension's cosine is full waves of
 * Number of Hard Resets cycles and goes on waving (optimization.py:232-321,324-381 @4244f6b); diffusers'
 * cosine is half a wave (num_cycles 0.5) and its cosine_with_restarts one cycle.
 */
export function scheduledRateShare(
  scheduler: string,
  family: SchedulerFamily,
  span: number,
  shape: CurveShape,
): number {
  switch (scheduler) {
    case 'linear':
    case 'linear_with_warmup':
    case 'cosine_with_restarts':
      return 0.5 / span;
    case 'cosine': {
      if (family === 'research') return 0.5;
      const turn = 2 * Math.PI * shape.cycles * span;
      return 0.5 + Math.sin(turn) / (2 * turn);
    }
    case 'polynomial': {
      const power = family === 'research' ? 1 : shape.power;
      return ((1 - shape.endShare) / (power + 1) + span * shape.endShare) / span;
    }
    default:
      return 1;
  }
}

/**
 * R9: the scheduler's step multiplier, m = 1 / its mean share of the rate, so that the run's
 * learning-rate area equals the research's constant plan (the research's linear: ×2); and what its
 * curve is when the research did not measure it (counted as 1):
 * - `start-factor`: the extension's `constant` (torch ConstantLR) with a starting factor ≠ 1 trains at
 *   factor × rate until the scale position; with factor 1 it is the research's constant.
 * - `ramp-up`: the extension's `linear` (torch LinearLR) climbs from factor × rate to the rate.
 * - `unknown`: a curve the research did not measure (rex, cosine_annealing, a typo…).
 */
export function schedulerMultiplier(
  scheduler: string,
  family: SchedulerFamily,
  startFactor: number,
  span: number,
  shape: CurveShape,
):
  | { multiplier: number; share: number; measured: true }
  | { multiplier: 1; measured: false; curve: 'start-factor' | 'ramp-up' | 'unknown' } {
  if ((MEASURED_SCHEDULERS[family] as readonly string[]).includes(scheduler)) {
    const share = scheduledRateShare(scheduler, family, span, shape);
    return { multiplier: 1 / share, share, measured: true };
  }
  if (family === 'extension' && scheduler === 'constant') {
    return startFactor === 1
      ? { multiplier: 1, share: 1, measured: true }
      : { multiplier: 1, measured: false, curve: 'start-factor' };
  }
  if (family === 'extension' && scheduler === 'linear') return { multiplier: 1, measured: false, curve: 'ramp-up' };
  return { multiplier: 1, measured: false, curve: 'unknown' };
}

/**
 * R9: the share of the run left after a curve that stops has ended (linear_with_warmup,
 * cosine_with_restarts, polynomial of the current extension), trained at no rate or polynomial's end
 * rate. Above SCHEDULER_TAIL_LIMIT (with class images always: half the run) the plan is for the constant.
 */
export function schedulerTail(scheduler: string, family: SchedulerFamily, span: number): number {
  const stops =
    family === 'extension' && ['linear_with_warmup', 'cosine_with_restarts', 'polynomial'].includes(scheduler);
  return stops ? 1 - 1 / span : 0;
}

/** R9: polynomial (diffusers' and the extension's) refuses a rate at or below its end rate of 1e-7 (optimization.py:329,363-367). */
export function schedulerFails(scheduler: string, learningRate: number): boolean {
  return scheduler === 'polynomial' && learningRate <= POLYNOMIAL_END_RATE;
}

/** R9: whether the scheduler has a warmup: diffusers' all but constant; the extension's five original curves. */
export function schedulerWarmsUp(scheduler: string, family: SchedulerFamily): boolean {
  const measured: readonly string[] = MEASURED_SCHEDULERS[family];
  return measured.includes(scheduler) && scheduler !== 'constant';
}

/**
 * R9: schedulers that take no warmup, so a warmup set for them does nothing: diffusers' constant (the
 * research's trainer), the extension's constant and linear (its Starting Factor curves, optimization.py).
 */
export function schedulerIgnoresWarmup(scheduler: string, family: SchedulerFamily): boolean {
  return scheduler === 'constant' || (family === 'extension' && scheduler === 'linear');
}

/**
 * R9: how many steps the scheduler counts, which a warmup is a share of: diffusers' count the plan's
 * steps; the current extension's the batch size per batch over the training examples (instance and
 * class images, every batch full) plus one per epoch (schedulerSpan).
 */
export function schedulerCount(
  family: SchedulerFamily,
  maxTrainSteps: number,
  epochs: number,
  frames: number,
  batchSize: number,
  prior: boolean,
): number {
  return family === 'extension'
    ? Math.round(epochs * frames * schedulerSpan(family, frames, batchSize, prior))
    : maxTrainSteps;
}

/** R9: a warmup given as a share of the run (the kohya_ss GUI's %), in the steps the scheduler counts. */
export function warmupStepsOfShare(share: number, schedulerSteps: number): number {
  return Math.round(share * schedulerSteps);
}

/** R9: a warmup above WARMUP_SHARE of the run, and the warmup we propose instead (null when it is fine). */
export function warmupProposal(warmupSteps: number, schedulerSteps: number): number | null {
  if (warmupSteps <= WARMUP_SHARE.warnAbove * schedulerSteps) return null;
  return Math.floor((WARMUP_SHARE.proposed * schedulerSteps) / WARMUP_SHARE.step) * WARMUP_SHARE.step;
}

/**
 * Rounding rule for rates: 12 significant digits, which drops what binary floating point adds to a
 * decimal rate (1e-5 / 20 is 5.000000000000001e-7; the rate is 5e-7) and keeps every digit a rate has.
 */
export function withoutFloatNoise(rate: number): number {
  return Number(rate.toPrecision(12));
}

/** Rounding rule: compute in floating point, round once at the end, half up. */
export function roundSteps(rawSteps: number): number {
  return Math.floor(rawSteps + 0.5);
}

/** R10: epochs = max(1, round(maxTrainSteps · BS / FN)). */
export function epochsFor(maxTrainSteps: number, batchSize: number, frames: number): number {
  return Math.max(1, Math.floor((maxTrainSteps * batchSize) / frames + 0.5));
}

/** R11: class images per instance image = SPF_base of R1, rounded. */
export function classImagesPerInstance(textEncoderRatio: number): number {
  return Math.floor(baseStepsPerFrame(textEncoderRatio) + 0.5);
}

/** R12: copies of each frame at each resolution, floor((RES_i / RES_1)²), for ascending resolutions. */
export function dynamicResolutionCopies(resolutions: readonly number[]): number[] {
  const lowest = resolutions[0]!;
  return resolutions.map((resolution) => Math.floor((resolution / lowest) ** 2));
}

/** R12: the mean SPF over the resolutions (steps = mean over i of FN · SPF(RES_i)). */
export function dynamicStepsPerFrame(textEncoderRatio: number, resolutions: readonly number[]): number {
  const sum = resolutions.reduce((total, resolution) => total + stepsPerFrameAt(textEncoderRatio, resolution), 0);
  return sum / resolutions.length;
}

/** R13: whether the precision loses the LR entirely ('lost'), rounds it ('rounded') or holds it. */
export function precisionVerdict(learningRate: number, precision: Precision): 'lost' | 'rounded' | 'exact' {
  const limits = PRECISION_LIMITS[precision];
  if (learningRate < limits.smallest) return 'lost';
  if (learningRate < limits.roundsBelow) return 'rounded';
  return 'exact';
}

/** R13: the smallest rate whose updates weights held in the mixed type keep; null when they are fp32. */
export function weightUpdateFloor(precision: Precision, fullMixedPrecision: boolean): number | null {
  return fullMixedPrecision ? (WEIGHT_UPDATE_FLOOR[precision] ?? null) : null;
}

/** R14: the rate a trainer with scale_lr on really uses, LR · GA · BS · GPUs. */
export function scaledLearningRate(learningRate: number, gradAccum: number, batchSize: number, gpus: number): number {
  return withoutFloatNoise(learningRate * gradAccum * batchSize * gpus);
}

/** R15: optimizers that pick their own rate (LR ≈ 1), which the research did not measure. */
export function isAdaptiveOptimizer(optimizer: string): boolean {
  return /dadapt|prodigy/i.test(optimizer);
}

/**
 * R15: the research measured (8-bit) Adam only; AdamW differs by its weight decay, which the
 * research's runs had too. sd-scripts names them AdamW8bit, PagedAdamW8bit (paged: memory only)
 * and so on. Lion, SGD, Adafactor, schedule-free AdamW and the rest are not measured.
 */
export function isMeasuredOptimizer(optimizer: string): boolean {
  return /\b(paged)?adamw?(8bit|32bit)?\b/i.test(optimizer.replace(/[_-]/g, ' ')) && !isAdaptiveOptimizer(optimizer);
}

/**
 * Batch sizes up to `largest` that divide the frame count (R7: uneven batches train unevenly),
 * ascending. Pairs of divisors up to √frames, so the cost does not grow with the count itself.
 */
export function divisors(frames: number, largest = frames): number[] {
  const small: number[] = [];
  const large: number[] = [];
  for (let candidate = 1; candidate * candidate <= frames; candidate++) {
    if (frames % candidate !== 0) continue;
    small.push(candidate);
    const pair = frames / candidate;
    if (pair !== candidate) large.unshift(pair);
  }
  return [...small, ...large].filter((divisor) => divisor <= largest);
}
