/**
 * The plan: every number the research gives for a request, with the rule behind each one (the
 * derivation) and the warnings and errors of the spec.
 */
import { BASE_LR, BOUNDS, MAX_COUNT, SCHEDULER_MULTIPLIERS, STRENGTH_RANGE, type Notice } from './constants.js';
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

export interface BatchSizeOption {
  batchSize: number;
  maxTrainSteps: number;
  epochs: number;
}

export function computePlan(request: PlanRequest): Plan {
  const derivation: DerivationStep[] = [];
  const warnings: Notice[] = [];
  const errors: Notice[] = [];
  const step = (rule: string, quantity: string, text: string) => derivation.push({ rule, quantity, text });
  const r = request.textEncoderRatio;

  // R5: steps count all frames, the LR the largest concept.
  const frames = rules.totalFrames(request.concepts);
  const lrFrames = rules.learningRateFrames(request.concepts);
  if (request.concepts.length > 1) {
    step('R5', 'frames', `FN = ${request.concepts.join(' + ')} = ${frames}; FNc = largest concept = ${lrFrames}`);
    if (rules.conceptsAreUnequal(request.concepts)) {
      warnings.push({
        code: 'concepts-unequal',
        field: 'concepts',
        message: `Concepts have different frame counts (${request.concepts.join(', ')}); the research found that unequal counts mix concepts. The rate is computed for the largest (${lrFrames}).`,
      });
    }
  }

  // R1 (+ R2, R12): steps per frame at BASE_LR.
  const spfBase = rules.baseStepsPerFrame(r);
  step('R1', 'stepsPerFrame', `SPF_base = 200 − 100·r = 200 − 100·${f(r)} = ${f(spfBase)}`);
  if (r > 0 && r < 1) {
    warnings.push({
      code: 'te-ratio-interpolated',
      field: 'textEncoderRatio',
      message: `Text encoder ratio ${f(r)} lies between the research's two measured cases (off, on); its numbers are interpolated.`,
    });
  }
  let spf: number;
  if (request.resolutions.length > 1) {
    spf = rules.dynamicStepsPerFrame(r, request.resolutions);
    const perResolution = request.resolutions.map((res) => f(rules.stepsPerFrameAt(r, res)));
    step('R12', 'stepsPerFrame', `SPF = mean of SPF at ${request.resolutions.join(', ')} px = mean(${perResolution.join(', ')}) = ${f(spf)}`);
  } else {
    const resolution = request.resolutions[0]!;
    spf = rules.stepsPerFrameAt(r, resolution);
    if (resolution !== 512) {
      step('R2', 'stepsPerFrame', `SPF = ${f(spfBase)} · (${resolution} / 512)² = ${f(spf)}`);
    }
  }
  const resolutionCopies = rules.dynamicResolutionCopies(request.resolutions);
  if (request.resolutions.length > 1) {
    step('R12', 'resolutionCopies', `copies per frame at ${request.resolutions.join(', ')} px = ${resolutionCopies.join(', ')}`);
    if (request.batchSize > 1) {
      warnings.push({
        code: 'dynamic-batch-size',
        field: 'batchSize',
        message: 'The research ran dynamic resolution only at batch size 1; larger batches need unshuffled, resolution-ordered frames.',
      });
    }
  }

  // Mode: the learning rate and the SPF the steps use (R3, R4, R6).
  let learningRate: number;
  let strength: number;
  switch (request.mode) {
    case 'standard': {
      learningRate = request.learningRate ?? BASE_LR;
      step('R3', 'learningRate', request.learningRate === undefined ? 'standard formula: LR = 1e-5' : `standard formula: LR = ${f(learningRate)} (fixed)`);
      const spfAtBaseRate = spf;
      spf = rules.standardStepsPerFrame(spfAtBaseRate, learningRate);
      strength = rules.impliedStrength(lrFrames, learningRate);
      step('R3', 'stepsPerFrame', `SPF_lr = SPF · (1e-5 / LR) = ${f(spfAtBaseRate)} · (1e-5 / ${f(learningRate)}) = ${f(spf)}`);
      if (frames > 5) {
        warnings.push({ code: 'standard-frames', field: 'frames', message: `The standard formula is meant for at most 5 frames (you have ${frames}); above that the token oversaturates. Use the advanced formula.` });
      }
      if (Math.abs(learningRate - BASE_LR) > BASE_LR * 1e-9) {
        warnings.push({ code: 'standard-lr', field: 'learningRate', message: `The standard formula is meant for LR 1e-5 (you have ${f(learningRate)}); other rates distort images at high CFG.` });
      }
      break;
    }
    case 'filewords': {
      // R6: every frame is its own concept at BASE_LR, so F = 1.
      learningRate = BASE_LR;
      strength = 1;
      step('R6', 'learningRate', 'filewords: LR = 1e-5, each frame its own concept');
      break;
    }
    case 'advanced': {
      if (request.learningRate !== undefined) {
        learningRate = request.learningRate;
        strength = rules.impliedStrength(lrFrames, learningRate);
        step('R4', 'strength', `F = FNc · LR / 1e-5 = ${lrFrames} · ${f(learningRate)} / 1e-5 = ${f(strength)}`);
      } else {
        strength = request.strength!;
        learningRate = rules.advancedLearningRate(strength, lrFrames);
        step('R4', 'learningRate', `LR = 1e-5 · F / FNc = 1e-5 · ${f(strength)} / ${lrFrames} = ${f(learningRate)}`);
      }
      if (!rules.isStrengthInRange(strength)) {
        warnings.push({
          code: 'strength-range',
          field: request.learningRate === undefined ? 'strength' : 'learningRate',
          message: `Strength ${f(strength)} is outside the measured range ${STRENGTH_RANGE.min}–${STRENGTH_RANGE.max}; the research has no data there.`,
        });
      }
      break;
    }
  }

  // R7–R9 and the one rounding.
  const spfA = rules.additionalStepsPerFrame(spf, r);
  let rawSteps = rules.batchedSteps(frames, spf, spfA, request.batchSize);
  if (request.batchSize === 1) {
    step('R7', 'maxTrainSteps', `steps = FN · SPF = ${frames} · ${f(spf)} = ${formatSteps(rawSteps)}`);
  } else {
    step('R7', 'maxTrainSteps', `steps = (FN · SPF + SPF_A · (BS − 1)) / √BS = (${frames} · ${f(spf)} + ${spfA} · ${request.batchSize - 1}) / √${request.batchSize} = ${formatSteps(rawSteps)}`);
  }
  if (request.batchSize > frames) {
    errors.push({ code: 'batch-exceeds-frames', field: 'batchSize', message: `Batch size ${request.batchSize} is larger than the ${frames} frames; it can be at most ${frames}.` });
  } else if (frames % request.batchSize !== 0) {
    const fitting = rules.divisors(frames, BOUNDS.batchSize.max);
    warnings.push({
      code: 'batch-not-divisor',
      field: 'batchSize',
      message: `Batch size ${request.batchSize} does not divide ${frames} frames, so one batch is short and training is uneven. Sizes that divide it: ${fitting.join(', ')}.`,
    });
  }
  if (request.gradAccum > 1) {
    rawSteps *= rules.gradientAccumulationFactor(request.gradAccum);
    step('R8', 'maxTrainSteps', `steps · √GA = · √${request.gradAccum} = ${formatSteps(rawSteps)}`);
    warnings.push({ code: 'grad-accum', field: 'gradAccum', message: `Gradient accumulation ${request.gradAccum} only approximates a larger batch; the research advises 1.` });
  }
  const scheduler = rules.schedulerMultiplier(request.scheduler, request.schedulers, request.startFactor);
  if (scheduler.multiplier !== 1) {
    rawSteps *= scheduler.multiplier;
    step('R9', 'maxTrainSteps', `steps · m(${request.scheduler}) = · ${scheduler.multiplier} = ${formatSteps(rawSteps)}`);
  }
  if (!scheduler.measured) warnings.push(unmeasuredScheduler(request, scheduler.curve));
  const maxTrainSteps = rules.roundSteps(rawSteps);
  step('Rounding', 'maxTrainSteps', `max train steps = round(${formatSteps(rawSteps)}) = ${maxTrainSteps}`);

  const epochs = rules.epochsFor(maxTrainSteps, request.batchSize, frames);
  step('R10', 'epochs', `epochs = steps · BS / FN = ${maxTrainSteps} · ${request.batchSize} / ${frames} ≈ ${epochs}`);

  // R9 warmup: the extension's schedulers count images (epochs · FN), diffusers' count steps.
  let proposedWarmupSteps: number | undefined;
  if (request.warmupSteps !== undefined && rules.schedulerWarmsUp(request.scheduler, request.schedulers)) {
    const schedulerSteps = request.schedulers === 'extension' ? epochs * frames : maxTrainSteps;
    const proposal = rules.warmupProposal(request.warmupSteps, schedulerSteps);
    if (proposal !== null) {
      proposedWarmupSteps = proposal;
      const share = Math.round((100 * request.warmupSteps) / schedulerSteps);
      step('R9', 'warmupSteps', `warmup ${request.warmupSteps} of ${schedulerSteps} scheduler steps = ${share} % > 10 %; proposed 5 % = ${proposal}`);
      warnings.push({
        code: 'warmup-share',
        field: 'warmupSteps',
        message: `The warmup of ${request.warmupSteps} steps is ${share} % of the ${schedulerSteps} the scheduler counts: the rate climbs from 0 for that long, and the plan under-trains. About ${proposal} (5 %) keeps the research's numbers.`,
      });
    }
  }

  const classPerInstance = rules.classImagesPerInstance(r);
  step('R11', 'classImagesPerInstance', `class images per frame = SPF_base = ${classPerInstance}; total = ${classPerInstance} · ${frames} = ${classPerInstance * frames}`);

  const rangeErrors = outOfRange(request, learningRate, maxTrainSteps, epochs);
  errors.push(...rangeErrors);

  // R14, R13: the rate the trainer really uses, and whether the precision can hold it (a rate
  // already out of range is reported as such, not blamed on the precision).
  let effectiveLearningRate = learningRate;
  if (request.scaleLr) {
    effectiveLearningRate = rules.scaledLearningRate(learningRate, request.gradAccum, request.batchSize, request.gpus);
    step('R14', 'effectiveLearningRate', `scale_lr: LR · GA · BS · GPUs = ${f(learningRate)} · ${request.gradAccum} · ${request.batchSize} · ${request.gpus} = ${f(effectiveLearningRate)}`);
    warnings.push({
      code: 'scale-lr',
      field: 'scaleLr',
      message: `Scale Learning Rate is on: the trainer will use ${f(effectiveLearningRate)} instead of ${f(learningRate)}. Turn it off to train at the planned rate.`,
    });
  }
  const verdict = rangeErrors.some((error) => error.field === 'strength') ? 'exact' : rules.precisionVerdict(effectiveLearningRate, request.precision);
  if (verdict === 'lost') {
    errors.push({ code: 'precision-range', field: 'precision', message: `LR ${f(effectiveLearningRate)} is below the smallest value ${request.precision} holds; training would not move. Use fp32/bf16 or a higher rate.` });
  } else if (verdict === 'rounded') {
    warnings.push({ code: 'precision-rounding', field: 'precision', message: `At LR ${f(effectiveLearningRate)}, ${request.precision} starts rounding (per the research); fine details may be lost.` });
  }

  // R15: LoRA and adaptive optimizers are outside what the research measured.
  const adaptive = (request.optimizer !== undefined && rules.isAdaptiveOptimizer(request.optimizer)) || rules.isAdaptiveOptimizer(request.scheduler);
  const learningRateApplies = !request.lora && !adaptive;
  const optimizerMeasured = request.optimizer === undefined || adaptive || rules.isMeasuredOptimizer(request.optimizer);
  if (!optimizerMeasured && learningRateApplies) {
    warnings.push({
      code: 'optimizer-unmeasured',
      field: 'optimizer',
      message: `The research measured (8-bit) Adam only. For ${request.optimizer} the rate ${f(learningRate)} is what the formulas give for Adam, not a measured rate: optimizers such as Lion usually want a lower one. Steps still follow the research.`,
    });
  }
  if (!learningRateApplies) {
    warnings.push({
      code: 'out-of-scope',
      field: request.lora ? 'lora' : 'optimizer',
      message: request.lora
        ? 'LoRA is not what the research measured: its rates are for full fine-tuning and are never written into LoRA fields. Steps are shown for reference.'
        : `The adaptive optimizer ${request.optimizer ?? request.scheduler} sets its own rate (LR ≈ 1); the research's rate does not apply. Steps are shown for reference.`,
    });
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
    ...(proposedWarmupSteps === undefined ? {} : { proposedWarmupSteps }),
    frames,
    concepts: request.concepts.map((conceptFrames) => ({ frames: conceptFrames, classImages: classPerInstance * conceptFrames })),
    resolutionCopies,
    derivation,
    warnings,
    errors,
  };
}

/** R9: the warning for a scheduler curve the research did not measure, saying what it does. */
function unmeasuredScheduler(request: PlanRequest, curve: 'start-factor' | 'ramp-up' | 'unknown'): Notice {
  const position = `${Math.round(request.scalePosition * 100)} %`;
  switch (curve) {
    case 'start-factor':
      return {
        code: 'scheduler-start-factor',
        field: 'startFactor',
        message: `The extension's constant scheduler multiplies the rate by its Starting Factor ${f(request.startFactor)} for the first ${position} of the run, which the research did not measure; with factor 1 it is the research's constant. Steps count it as constant (×1).`,
      };
    case 'ramp-up':
      return {
        code: 'scheduler-ramp-up',
        field: 'scheduler',
        message: `The extension's linear scheduler ramps the rate up from ${f(request.startFactor)} × LR over the first ${position} of the run, which the research did not measure; steps count it as ×1. The research's linear (×2 steps) is linear_with_warmup.`,
      };
    case 'unknown': {
      const measured = Object.keys(SCHEDULER_MULTIPLIERS[request.schedulers]);
      if (request.schedulers === 'extension') measured.push('constant (Starting Factor 1)');
      return {
        code: 'scheduler-unknown',
        field: 'scheduler',
        message: `The research did not measure the scheduler "${request.scheduler}"; steps count it as constant (×1). Measured: ${measured.join(', ')}.`,
      };
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
    errors.push({
      code: 'plan-range',
      field: 'strength',
      message: `The planned learning rate ${f(learningRate)} is outside ${f(min)}–${f(max)}, the range the calculator plans for; ${learningRate < min ? 'fewer frames per concept or a higher strength raise it' : 'a lower strength lowers it'}.`,
    });
  }
  if (!(maxTrainSteps >= 1)) {
    errors.push({ code: 'plan-range', field: 'learningRate', message: 'The plan rounds to 0 training steps; a lower learning rate or a higher resolution gives it steps.' });
  }
  if (!(maxTrainSteps <= MAX_COUNT && epochs <= MAX_COUNT)) {
    errors.push({
      code: 'plan-range',
      field: request.mode === 'standard' ? 'learningRate' : 'frames',
      message: `The plan needs ${maxTrainSteps} steps, more than a trainer's 32-bit counter holds (${MAX_COUNT}).`,
    });
  }
  return errors;
}

/** Every batch size that divides the frames (R7), with its steps and epochs, for the same request. */
export function batchSizeOptions(request: PlanRequest): BatchSizeOption[] {
  const frames = rules.totalFrames(request.concepts);
  return rules.divisors(frames, BOUNDS.batchSize.max).map((batchSize) => {
    const plan = computePlan({ ...request, batchSize });
    return { batchSize, maxTrainSteps: plan.maxTrainSteps, epochs: plan.epochs };
  });
}
