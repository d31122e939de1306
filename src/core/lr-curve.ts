/**
 * The learning-rate curve a trainer really runs for a plan (R9), batch by batch: the research's
 * trainer with diffusers' schedulers (diffusers 0.10.2 `optimization.py`, counted in steps), and the
 * current extension with its own (`dreambooth/optimization.py` @4244f6b), whose scheduler is sized for
 * epochs · FN instance images but stepped by the batch size on every batch over instance and class
 * examples, and once more per epoch (`train_dreambooth.py:961,1916,2060`, `db_dataset.py:453`).
 */
import { POLYNOMIAL_END_RATE, type SchedulerFamily } from './constants.js';
import { computePlan, type Plan } from './plan.js';
import type { PlanRequest } from './request.js';

/** What the trainer is given: the plan's numbers and the scheduler's fields. */
export interface CurveRun {
  scheduler: string;
  schedulers: SchedulerFamily;
  learningRate: number;
  frames: number;
  prior: boolean;
  batchSize: number;
  /** The run's length: steps for the research's trainer, epochs for the extension. */
  maxTrainSteps: number;
  epochs: number;
  warmupSteps: number;
  startFactor: number;
  scalePosition: number;
  cycles: number;
  power: number;
  minLearningRate: number;
}

export interface CurvePoint {
  /** Batches done (0 = the first batch). */
  step: number;
  /** Passes over the instance images done. */
  epoch: number;
  rate: number;
}

export interface LearningRateCurve {
  scheduler: string;
  /** Batches in the run. */
  steps: number;
  epochs: number;
  /** Up to `maxPoints` points, first and last batch included, evenly spread. */
  points: CurvePoint[];
  /** The run's mean rate as a share of the planned rate: its area over that of the constant. */
  meanShare: number;
}

/** A scheduler as a function of its own position: the share of the rate it trains at there. */
type Shape = (position: number) => number;

/** The curve's parameters in the scheduler's own units. */
interface ShapeInput {
  total: number;
  warmup: number;
  /** The position where the extension's constant/linear/annealing schedulers turn (int(total · scale position)). */
  breakAt: number;
  run: CurveRun;
}

/** Warmup of diffusers and the extension: a ramp from 0 (max(min_lr_scale = 0, p / w)). */
const warm = (position: number, warmup: number) => position / Math.max(1, warmup);

function progressAfterWarmup(position: number, { total, warmup }: ShapeInput): number {
  return (position - warmup) / Math.max(1, total - warmup);
}

/** Both families' polynomial: from the rate down to 1e-7, then 1e-7 (power from the field, 1 in diffusers). */
function polynomial(input: ShapeInput, power: number): Shape {
  const end = POLYNOMIAL_END_RATE / input.run.learningRate;
  return (p) => {
    if (p < input.warmup) return warm(p, input.warmup);
    if (p > input.total) return end;
    const remaining = 1 - (p - input.warmup) / Math.max(1, input.total - input.warmup);
    return (1 - end) * remaining ** power + end;
  };
}

function linearDecay(input: ShapeInput): Shape {
  return (p) =>
    p < input.warmup ? warm(p, input.warmup) : Math.max(0, (input.total - p) / Math.max(1, input.total - input.warmup));
}

function constantWithWarmup(input: ShapeInput): Shape {
  return (p) => (p < input.warmup ? warm(p, input.warmup) : 1);
}

/** diffusers' cosine (half a wave, num_cycles 0.5) and the extension's (full waves: num_cycles = Hard Resets). */
function cosineWaves(input: ShapeInput, cycles: number): Shape {
  return (p) =>
    p < input.warmup
      ? warm(p, input.warmup)
      : Math.max(0, 0.5 * (1 + Math.cos(Math.PI * cycles * 2 * progressAfterWarmup(p, input))));
}

function cosineHardRestarts(input: ShapeInput, cycles: number): Shape {
  return (p) => {
    if (p < input.warmup) return warm(p, input.warmup);
    const progress = progressAfterWarmup(p, input);
    if (progress >= 1) return 0;
    return Math.max(0, 0.5 * (1 + Math.cos(Math.PI * ((cycles * progress) % 1))));
  };
}

/** diffusers 0.10.2 `get_scheduler` with the trainer's defaults (07df22a passes no cycles or power). */
function researchShape(input: ShapeInput): Shape | null {
  switch (input.run.scheduler) {
    case 'constant':
      return () => 1;
    case 'constant_with_warmup':
      return constantWithWarmup(input);
    case 'linear':
      return linearDecay(input);
    case 'cosine':
      return cosineWaves(input, 0.5);
    case 'cosine_with_restarts':
      return cosineHardRestarts(input, 1);
    case 'polynomial':
      return polynomial(input, 1);
    default:
      return null;
  }
}

/** The extension's `get_scheduler`, torch's closed forms where it builds a torch scheduler. */
function extensionShape(input: ShapeInput): Shape | null {
  const { run, breakAt } = input;
  const floor = run.minLearningRate / run.learningRate;
  const annealed = (p: number, period: number) => floor + ((1 - floor) * (1 + Math.cos((Math.PI * p) / period))) / 2;
  switch (run.scheduler) {
    case 'constant_with_warmup':
      return constantWithWarmup(input);
    case 'linear_with_warmup':
      return linearDecay(input);
    case 'cosine':
      return cosineWaves(input, run.cycles);
    case 'cosine_with_restarts':
      return cosineHardRestarts(input, run.cycles);
    case 'polynomial':
      return polynomial(input, run.power);
    // torch ConstantLR(factor, total_iters = breakAt) and LinearLR(start_factor, total_iters = breakAt).
    case 'constant':
      return (p) => (p < breakAt ? run.startFactor : 1);
    case 'linear':
      return (p) => (breakAt === 0 ? 1 : run.startFactor + ((1 - run.startFactor) * Math.min(breakAt, p)) / breakAt);
    // torch CosineAnnealingLR(T_max = breakAt) and CosineAnnealingWarmRestarts(T_0 = int(breakAt / 2)), Min LR the floor.
    case 'cosine_annealing':
      return breakAt === 0 ? null : (p) => annealed(p, breakAt);
    case 'cosine_annealing_with_restarts': {
      const period = Math.floor(breakAt / 2);
      return period === 0 ? null : (p) => annealed(p % period, period);
    }
    case 'rex':
      return (p) => {
        if (p >= input.total) return 1e-8;
        const progress = p / input.total;
        return 1e-8 + ((1 - 1e-8) * (1 - progress)) / (0.1 + 0.9 * (1 - progress));
      };
    default:
      return null;
  }
}

/** Batches per epoch and the scheduler position at each batch. */
function timeline(run: CurveRun): { steps: number; perEpoch: number; position: (step: number) => number } {
  if (run.schedulers === 'research') {
    return { steps: run.maxTrainSteps, perEpoch: run.frames / run.batchSize, position: (step) => step };
  }
  // Every batch is full (BucketSampler fills it) and advances the scheduler by the batch size; each
  // epoch ends with one more step.
  const perEpoch = Math.ceil((run.frames * (run.prior ? 2 : 1)) / run.batchSize);
  return {
    steps: run.epochs * perEpoch,
    perEpoch,
    position: (step) => {
      const epoch = Math.floor(step / perEpoch);
      return epoch * (perEpoch * run.batchSize + 1) + (step - epoch * perEpoch) * run.batchSize;
    },
  };
}

/** The most batches summed one by one for the mean; longer runs are summed on an even sample. */
const EXACT_MEAN_LIMIT = 20_000;

/**
 * The curve the trainer runs, or null when it runs none: a scheduler it does not know, polynomial at
 * a rate at or below its end rate (both raise an error), a curve whose period rounds to 0.
 */
export function learningRateCurve(run: CurveRun, maxPoints = 200): LearningRateCurve | null {
  if (run.scheduler === 'polynomial' && run.learningRate <= POLYNOMIAL_END_RATE) return null;
  const total = run.schedulers === 'research' ? run.maxTrainSteps : run.epochs * run.frames;
  // The extension doubles Scale Position with class images (train_dreambooth.py:963-965).
  const scale = run.scalePosition * (run.prior ? 2 : 1);
  const input: ShapeInput = { total, warmup: run.warmupSteps, breakAt: Math.floor(total * scale), run };
  const shape = run.schedulers === 'research' ? researchShape(input) : extensionShape(input);
  if (!shape) return null;
  const { steps, perEpoch, position } = timeline(run);
  const share = (step: number) => shape(position(step));
  const stride = steps <= EXACT_MEAN_LIMIT ? 1 : steps / EXACT_MEAN_LIMIT;
  let sum = 0;
  let counted = 0;
  for (let at = 0; at < steps; at += stride) {
    sum += share(Math.floor(at));
    counted++;
  }
  const last = Math.max(0, steps - 1);
  const count = Math.min(maxPoints, steps);
  const points: CurvePoint[] = [];
  for (let index = 0; index < count; index++) {
    const step = count === 1 ? 0 : Math.round((index * last) / (count - 1));
    points.push({ step, epoch: step / perEpoch, rate: run.learningRate * share(step) });
  }
  return { scheduler: run.scheduler, steps, epochs: steps / perEpoch, points, meanShare: counted ? sum / counted : 0 };
}

/** The run a plan's request describes, with the plan's rate, scheduler and length. */
export function curveRun(
  request: PlanRequest,
  plan: { effectiveLearningRate: number; maxTrainSteps: number; epochs: number; frames: number },
  scheduler: string,
): CurveRun {
  return {
    scheduler,
    schedulers: request.schedulers,
    learningRate: plan.effectiveLearningRate,
    frames: plan.frames,
    prior: request.prior,
    batchSize: request.batchSize,
    maxTrainSteps: plan.maxTrainSteps,
    epochs: plan.epochs,
    warmupSteps: request.warmupSteps ?? 0,
    startFactor: request.startFactor,
    scalePosition: request.scalePosition,
    cycles: request.cycles,
    power: request.power,
    minLearningRate: request.minLearningRate,
  };
}

/** The curves a plan shows: what the trainer runs, what the page's scheduler would, and the research's constant. */
export interface PlanCurves {
  /** How the trainer counts the run: diffusers' in steps (Max Training Steps), the extension's in epochs. */
  unit: 'steps' | 'epochs';
  /** The scheduler the plan is for. */
  scheduler: string;
  /** Its curve; null when the trainer runs none for it. */
  planned: LearningRateCurve | null;
  /** The scheduler as set, when the plan is for another (R9): the same run under it. */
  asSet?: LearningRateCurve | null;
  /** The research's plan: the constant rate over its own steps and epochs. */
  research: { steps: number; epochs: number; rate: number };
}

export function planCurves(request: PlanRequest, plan: Plan, maxPoints = 200): PlanCurves {
  const planned = plan.proposedScheduler ?? request.scheduler;
  const constant = computePlan({
    ...request,
    schedulers: 'research',
    scheduler: 'constant',
    startFactor: 1,
    warmupSteps: undefined,
  });
  const curves: PlanCurves = {
    unit: request.schedulers === 'research' ? 'steps' : 'epochs',
    scheduler: planned,
    planned: learningRateCurve(curveRun(request, plan, planned), maxPoints),
    research: { steps: constant.maxTrainSteps, epochs: constant.epochs, rate: constant.effectiveLearningRate },
  };
  if (planned !== request.scheduler)
    curves.asSet = learningRateCurve(curveRun(request, plan, request.scheduler), maxPoints);
  return curves;
}
