/**
 * The plan: every number the research gives for a request, with the rule behind each one (the
 * derivation, written as formulas so it reads the same in every language) and the warnings and
 * errors of the spec, as codes with parameters (src/i18n gives their text in each language).
 */
import {
  BASE_LR,
  BOUNDS,
  EXTENSION_CONSTANT,
  MAX_COUNT,
  MEASURED_SCHEDULERS,
  POLYNOMIAL_END_RATE,
  PRECISION_LIMITS,
  SCHEDULER_TAIL_LIMIT,
  STRENGTH_RANGE,
  type Notice,
  type NoticeCode,
  type NoticeParams,
} from './constants.js';
import { formatNumber as f, formatSteps } from './format.js';
import type { PlanRequest } from './request.js';
import * as rules from './rules.js';

export interface DerivationStep {
  /** The rule of the spec, "R1" … "R15". */
  rule: string;
  /** The plan key the step produced or changed. */
  quantity: string;
  /** One line: the formula with the request's numbers put in. */
  text: string;
}

export interface ConceptPlan {
  frames: number;
  classImages: number;
}

export interface Plan {
  learningRate: number;
  strength: number;
  stepsPerFrame: number;
  maxTrainSteps: number;
  epochs: number;
  classImagesPerInstance: number;
  classImages: number;
  /** The rate the trainer really uses: learningRate, or scaled by R14. */
  effectiveLearningRate: number;
  /** False for LoRA and adaptive optimizers (R15): the rate is not meant for their fields. */
  learningRateApplies: boolean;
  /** False for an optimizer the research did not measure (R15): the rate is Adam's, not a measured one. */
  optimizerMeasured: boolean;
  /** R9: the starting factor that makes the extension's `constant` the research's (when it is not). */
  proposedStartFactor?: number;
  /** R9: the scheduler the plan is for instead of the request's (the current extension's curves that fail it). */
  proposedScheduler?: string;
  /** R9: the steps the scheduler counts (the extension's: training examples, plus one per epoch). */
  schedulerSteps: number;
  /** R9: a warmup that keeps the research's numbers, when the one set takes too large a share. */
  proposedWarmupSteps?: number;
  frames: number;
  concepts: ConceptPlan[];
  /** R12: copies of each frame per training resolution (one entry without dynamic resolution). */
  resolutionCopies: number[];
  derivation: DerivationStep[];
  warnings: Notice[];
  errors: Notice[];
}

/** The figures the spec's CLI contract names, in its order. */
export const PLAN_FIGURES = [
  'learningRate',
  'strength',
  'stepsPerFrame',
  'maxTrainSteps',
  'epochs',
  'classImagesPerInstance',
  'classImages',
] as const satisfies readonly (keyof Plan)[];

/** A factor as the derivation shows it: 4 significant digits (the step count keeps them all). */
const round4 = (value: number) => Number(value.toPrecision(4));

function notice<C extends NoticeCode>(code: C, field: string | undefined, params: NoticeParams[C]): Notice {
  return { code, params, ...(field === undefined ? {} : { field }) } as Notice;
}

/**
 * The plan of a request. With `explain` off the derivation is left empty and its text never built:
 * the "what if" plans (batch-size table, fit suggestions, tooltip comparisons) need only numbers, and
 * the text is most of the cost.
 */
export function computePlan(request: PlanRequest, explain = true): Plan {
  const derivation: DerivationStep[] = [];
  const warnings: Notice[] = [];
  const errors: Notice[] = [];
  const step = (rule: string, quantity: string, text: string) => derivation.push({ rule, quantity, text });
  const r = request.textEncoderRatio;

  // R5: steps count all frames, the LR the largest concept.
  const frames = rules.totalFrames(request.concepts);
  const lrFrames = rules.learningRateFrames(request.concepts);
  if (request.concepts.length > 1) {
    explain &&
      step(
        'R5',
        'frames',
        `FN = ${request.concepts.join(' + ')} = ${frames}; FNc = max(${request.concepts.join(', ')}) = ${lrFrames}`,
      );
    if (rules.conceptsAreUnequal(request.concepts))
      warnings.push(notice('concepts-unequal', 'concepts', { concepts: request.concepts, largest: lrFrames }));
  }

  // R1 (+ R2, R12): steps per frame at BASE_LR.
  const spfBase = rules.baseStepsPerFrame(r);
  explain && step('R1', 'stepsPerFrame', `SPF_base = 200 − 100·r = 200 − 100·${f(r)} = ${f(spfBase)}`);
  if (r > 0 && r < 1) warnings.push(notice('te-ratio-interpolated', 'textEncoderRatio', { ratio: r }));
  let spf: number;
  if (request.resolutions.length > 1) {
    spf = rules.dynamicStepsPerFrame(r, request.resolutions);
    explain &&
      step(
        'R12',
        'stepsPerFrame',
        `SPF = mean(SPF(${request.resolutions.join(', ')})) = mean(${request.resolutions.map((res) => f(rules.stepsPerFrameAt(r, res))).join(', ')}) = ${f(spf)}`,
      );
  } else {
    const resolution = request.resolutions[0]!;
    spf = rules.stepsPerFrameAt(r, resolution);
    if (resolution !== 512)
      explain && step('R2', 'stepsPerFrame', `SPF = ${f(spfBase)} · (${resolution} / 512)² = ${f(spf)}`);
  }
  const resolutionCopies = rules.dynamicResolutionCopies(request.resolutions);
  if (request.resolutions.length > 1) {
    explain &&
      step('R12', 'resolutionCopies', `copies(${request.resolutions.join(', ')}) = ${resolutionCopies.join(', ')}`);
    if (request.batchSize > 1) warnings.push(notice('dynamic-batch-size', 'batchSize', {}));
  }

  // Mode: the learning rate and the SPF the steps use (R3, R4, R6).
  let learningRate: number;
  let strength: number;
  switch (request.mode) {
    case 'standard': {
      learningRate = request.learningRate ?? BASE_LR;
      explain && step('R3', 'learningRate', `LR = ${f(learningRate)}`);
      const spfAtBaseRate = spf;
      spf = rules.standardStepsPerFrame(spfAtBaseRate, learningRate);
      strength = rules.impliedStrength(lrFrames, learningRate);
      explain &&
        step(
          'R3',
          'stepsPerFrame',
          `SPF_lr = SPF · (1e-5 / LR) = ${f(spfAtBaseRate)} · (1e-5 / ${f(learningRate)}) = ${f(spf)}`,
        );
      if (frames > 5) warnings.push(notice('standard-frames', 'frames', { frames }));
      if (Math.abs(learningRate - BASE_LR) > BASE_LR * 1e-9)
        warnings.push(notice('standard-lr', 'learningRate', { rate: learningRate }));
      break;
    }
    case 'filewords': {
      // R6: every frame is its own concept at BASE_LR, so F = 1.
      learningRate = BASE_LR;
      strength = 1;
      explain && step('R6', 'learningRate', 'LR = 1e-5');
      break;
    }
    case 'advanced': {
      if (request.learningRate !== undefined) {
        learningRate = request.learningRate;
        strength = rules.impliedStrength(lrFrames, learningRate);
        explain &&
          step('R4', 'strength', `F = FNc · LR / 1e-5 = ${lrFrames} · ${f(learningRate)} / 1e-5 = ${f(strength)}`);
      } else {
        strength = request.strength!;
        learningRate = rules.advancedLearningRate(strength, lrFrames);
        explain &&
          step('R4', 'learningRate', `LR = 1e-5 · F / FNc = 1e-5 · ${f(strength)} / ${lrFrames} = ${f(learningRate)}`);
      }
      if (!rules.isStrengthInRange(strength)) {
        warnings.push(
          notice('strength-range', request.learningRate === undefined ? 'strength' : 'learningRate', {
            strength,
            ...STRENGTH_RANGE,
          }),
        );
      }
      break;
    }
  }

  // R7–R9 and the one rounding.
  const spfA = rules.additionalStepsPerFrame(spf, r);
  let rawSteps = rules.batchedSteps(frames, spf, spfA, request.batchSize);
  if (request.batchSize === 1) {
    explain && step('R7', 'maxTrainSteps', `steps = FN · SPF = ${frames} · ${f(spf)} = ${formatSteps(rawSteps)}`);
  } else {
    explain &&
      step(
        'R7',
        'maxTrainSteps',
        `steps = (FN · SPF + SPF_A · (BS − 1)) / √BS = (${frames} · ${f(spf)} + ${f(spfA)} · ${request.batchSize - 1}) / √${request.batchSize} = ${formatSteps(rawSteps)}`,
      );
  }
  if (request.batchSize > frames) {
    errors.push(notice('batch-exceeds-frames', 'batchSize', { batchSize: request.batchSize, frames }));
  } else if (frames % request.batchSize !== 0) {
    warnings.push(
      notice('batch-not-divisor', 'batchSize', {
        batchSize: request.batchSize,
        frames,
        fitting: rules.divisors(frames, BOUNDS.batchSize.max),
      }),
    );
  }
  if (request.gradAccum > 1) {
    rawSteps *= rules.gradientAccumulationFactor(request.gradAccum);
    explain && step('R8', 'maxTrainSteps', `steps · √GA = · √${request.gradAccum} = ${formatSteps(rawSteps)}`);
    warnings.push(notice('grad-accum', 'gradAccum', { gradAccum: request.gradAccum }));
  }
  // R9: polynomial at a rate it refuses, or a curve of the current extension that ends well before
  // the run does, is planned as constant_with_warmup, which a row of the panel writes.
  const trainerRate = request.scaleLr
    ? rules.scaledLearningRate(learningRate, request.gradAccum, request.batchSize, request.gpus)
    : learningRate;
  const span = rules.schedulerSpan(request.schedulers, frames, request.batchSize, request.prior);
  const fails = rules.schedulerFails(request.scheduler, trainerRate);
  const tail = rules.schedulerTail(request.scheduler, request.schedulers, span);
  const endsEarly = tail > SCHEDULER_TAIL_LIMIT;
  const proposedScheduler = fails || endsEarly ? EXTENSION_CONSTANT : undefined;
  if (fails)
    warnings.push(
      notice('scheduler-fails', 'scheduler', {
        scheduler: request.scheduler,
        proposal: EXTENSION_CONSTANT,
        rate: trainerRate,
      }),
    );
  else if (endsEarly)
    warnings.push(
      notice('scheduler-ends-early', 'scheduler', {
        scheduler: request.scheduler,
        proposal: EXTENSION_CONSTANT,
        share: Math.round(100 * tail),
      }),
    );
  const plannedScheduler = proposedScheduler ?? request.scheduler;
  const scheduler = rules.schedulerMultiplier(plannedScheduler, request.schedulers, request.startFactor, span, {
    cycles: request.cycles,
    power: request.power,
    endShare: POLYNOMIAL_END_RATE / trainerRate,
  });
  if (scheduler.measured && scheduler.multiplier !== 1) {
    const before = rawSteps;
    rawSteps *= scheduler.multiplier;
    const over = span === 1 ? '' : ` over ${f(round4(span))} of its length`;
    explain &&
      step(
        'R9',
        'maxTrainSteps',
        `steps · m(${plannedScheduler}) = ${formatSteps(before)} · ${f(round4(scheduler.multiplier))} = ${formatSteps(rawSteps)} (m = 1 / mean rate ${f(round4(scheduler.share))}${over})`,
      );
  }
  if (!scheduler.measured) warnings.push(unmeasuredScheduler(request, scheduler.curve));
  const maxTrainSteps = rules.roundSteps(rawSteps);
  explain && step('Rounding', 'maxTrainSteps', `steps = round(${formatSteps(rawSteps)}) = ${maxTrainSteps}`);

  const epochs = rules.epochsFor(maxTrainSteps, request.batchSize, frames);
  explain &&
    step('R10', 'epochs', `epochs = steps · BS / FN = ${maxTrainSteps} · ${request.batchSize} / ${frames} ≈ ${epochs}`);

  // R9 warmup: a share of the steps the scheduler counts.
  const schedulerSteps = rules.schedulerCount(
    request.schedulers,
    maxTrainSteps,
    epochs,
    frames,
    request.batchSize,
    request.prior,
  );
  let proposedWarmupSteps: number | undefined;
  if (request.warmupSteps !== undefined && rules.schedulerWarmsUp(request.scheduler, request.schedulers)) {
    const proposal = rules.warmupProposal(request.warmupSteps, schedulerSteps);
    if (proposal !== null) {
      proposedWarmupSteps = proposal;
      const share = Math.round((100 * request.warmupSteps) / schedulerSteps);
      explain &&
        step(
          'R9',
          'warmupSteps',
          `warmup / steps = ${request.warmupSteps} / ${schedulerSteps} = ${share}% > 10% → 5% = ${proposal}`,
        );
      warnings.push(
        notice('warmup-share', 'warmupSteps', { warmup: request.warmupSteps, share, schedulerSteps, proposal }),
      );
    }
  } else if (request.warmupSteps && rules.schedulerIgnoresWarmup(request.scheduler, request.schedulers)) {
    warnings.push(
      notice('warmup-ignored', 'warmupSteps', { warmup: request.warmupSteps, scheduler: request.scheduler }),
    );
  }

  const classPerInstance = rules.classImagesPerInstance(r);
  explain &&
    step(
      'R11',
      'classImagesPerInstance',
      `CI = SPF_base = ${classPerInstance}; CI · FN = ${classPerInstance} · ${frames} = ${classPerInstance * frames}`,
    );

  const rangeErrors = outOfRange(request, learningRate, maxTrainSteps, epochs);
  errors.push(...rangeErrors);

  // R14, R13: the rate the trainer really uses, and whether the precision can hold it (a rate
  // already out of range is reported as such, not blamed on the precision).
  let effectiveLearningRate = learningRate;
  if (request.scaleLr) {
    effectiveLearningRate = rules.scaledLearningRate(learningRate, request.gradAccum, request.batchSize, request.gpus);
    explain &&
      step(
        'R14',
        'effectiveLearningRate',
        `LR · GA · BS · GPUs = ${f(learningRate)} · ${request.gradAccum} · ${request.batchSize} · ${request.gpus} = ${f(effectiveLearningRate)}`,
      );
    warnings.push(notice('scale-lr', 'scaleLr', { rate: learningRate, effective: effectiveLearningRate }));
  }
  const verdict = rangeErrors.some((error) => error.field === 'strength')
    ? 'exact'
    : rules.precisionVerdict(effectiveLearningRate, request.precision);
  // The research's belief that such a rate is lost, not a measurement: both trainers keep the weights
  // in fp32 under mixed precision and apply it (16-bit weights are full-mixed-precision's warning).
  if (verdict === 'lost')
    warnings.push(
      notice('precision-range', 'precision', { rate: effectiveLearningRate, precision: request.precision }),
    );
  else if (verdict === 'rounded')
    warnings.push(
      notice('precision-rounding', 'precision', {
        rate: effectiveLearningRate,
        precision: request.precision,
        threshold: PRECISION_LIMITS[request.precision].roundsBelow,
      }),
    );

  // R15: LoRA and adaptive optimizers are outside what the research measured; other optimizers
  // than Adam get Adam's rate, said so.
  const adaptive =
    (request.optimizer !== undefined && rules.isAdaptiveOptimizer(request.optimizer)) ||
    rules.isAdaptiveOptimizer(request.scheduler);
  const learningRateApplies = !request.lora && !adaptive;
  const optimizerMeasured = request.optimizer === undefined || adaptive || rules.isMeasuredOptimizer(request.optimizer);
  // R13: weights held in 16 bits (Full Mixed Precision) keep no update below about the floor.
  const floor = rules.weightUpdateFloor(request.precision, request.fullMixedPrecision);
  if (learningRateApplies && floor !== null && effectiveLearningRate < floor)
    warnings.push(
      notice('full-mixed-precision', 'fullMixedPrecision', {
        rate: effectiveLearningRate,
        precision: request.precision,
        floor: Number(floor.toPrecision(2)),
      }),
    );
  if (!optimizerMeasured && learningRateApplies) {
    warnings.push(notice('optimizer-unmeasured', 'optimizer', { optimizer: request.optimizer!, rate: learningRate }));
  }
  if (!learningRateApplies) {
    warnings.push(
      request.lora
        ? notice('out-of-scope', 'lora', { lora: true })
        : notice('out-of-scope', 'optimizer', { lora: false, optimizer: request.optimizer ?? request.scheduler }),
    );
  }

  return {
    learningRate,
    strength,
    stepsPerFrame: spf,
    maxTrainSteps,
    epochs,
    classImagesPerInstance: classPerInstance,
    classImages: classPerInstance * frames,
    effectiveLearningRate,
    learningRateApplies,
    optimizerMeasured,
    ...(scheduler.measured || scheduler.curve !== 'start-factor' ? {} : { proposedStartFactor: 1 }),
    schedulerSteps,
    ...(proposedWarmupSteps === undefined ? {} : { proposedWarmupSteps }),
    ...(proposedScheduler === undefined ? {} : { proposedScheduler }),
    frames,
    concepts: request.concepts.map((conceptFrames) => ({
      frames: conceptFrames,
      classImages: classPerInstance * conceptFrames,
    })),
    resolutionCopies,
    derivation,
    warnings,
    errors,
  };
}

/** R9: the warning for a scheduler curve the research did not measure. */
function unmeasuredScheduler(request: PlanRequest, curve: 'start-factor' | 'ramp-up' | 'unknown'): Notice {
  const position = Math.round(request.scalePosition * 100);
  switch (curve) {
    case 'start-factor':
      return notice('scheduler-start-factor', 'startFactor', { factor: request.startFactor, position });
    case 'ramp-up':
      return notice('scheduler-ramp-up', 'scheduler', { factor: request.startFactor, position });
    case 'unknown': {
      const measured: string[] = [...MEASURED_SCHEDULERS[request.schedulers]];
      if (request.schedulers === 'extension') measured.push('constant (Starting Factor 1)');
      return notice('scheduler-unknown', 'scheduler', { scheduler: request.scheduler, measured });
    }
  }
}

/**
 * A plan whose numbers no trainer can take is an error, never output: a planned rate outside the
 * bounds, steps that round to 0, or counts beyond a 32-bit integer.
 */
function outOfRange(request: PlanRequest, learningRate: number, maxTrainSteps: number, epochs: number): Notice[] {
  const errors: Notice[] = [];
  const { min, max } = BOUNDS.learningRate;
  if (!(learningRate >= min && learningRate <= max)) {
    errors.push(
      notice('plan-range', 'strength', { kind: 'rate', rate: learningRate, min, max, tooLow: learningRate < min }),
    );
  }
  if (!(maxTrainSteps >= 1)) errors.push(notice('plan-range', 'learningRate', { kind: 'zero-steps' }));
  if (!(maxTrainSteps <= MAX_COUNT && epochs <= MAX_COUNT)) {
    errors.push(
      notice('plan-range', request.mode === 'standard' ? 'learningRate' : 'frames', {
        kind: 'overflow',
        steps: maxTrainSteps,
        max: MAX_COUNT,
      }),
    );
  }
  return errors;
}
