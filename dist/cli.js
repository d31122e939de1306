#!/usr/bin/env node

// src/entries/cli.ts
import { writeFileSync } from "node:fs";

// src/cli/run.ts
import { basename, dirname, resolve } from "node:path";

// src/core/constants.ts
var BASE_LR = 1e-5;
var BASE_RESOLUTION = 512;
var BOUNDS = {
  /** Per concept and in total. */
  frames: { min: 1, max: 1e5 },
  concepts: { min: 1, max: 100 },
  strength: { min: 0.01, max: 100 },
  /** Fixed by the user or planned; above 1e-3 is LoRA or adaptive-optimizer territory (R15). */
  learningRate: { min: 1e-10, max: 1e-3 },
  resolution: { min: 64, max: 8192 },
  dynamicResolutions: { min: 2, max: 8 },
  batchSize: { min: 1, max: 1024 },
  gradAccum: { min: 1, max: 1024 },
  gpus: { min: 1, max: 1024 },
  textEncoderRatio: { min: 0, max: 1 },
  startFactor: { min: 0, max: 1 },
  scalePosition: { min: 0, max: 1 },
  warmupSteps: { min: 0, max: 1e6 },
  /** The extension's Number of Hard Resets (cosine cycles), Polynomial Power and Min Learning Rate. */
  cycles: { min: 1, max: 1e3 },
  power: { min: 0, max: 100 },
  minLearningRate: { min: 0, max: 1e-3 }
};
var MAX_COUNT = 2 ** 31 - 1;
var STRENGTHS = {
  low_end: 0.2,
  ultra_soft: 0.25,
  very_soft: 0.33,
  soft: 0.5,
  medium: 1,
  hard: 2,
  very_hard: 3,
  ultra_hard: 4,
  high_end: 5
};
var DEFAULT_STRENGTH = "medium";
var STRENGTH_RANGE = { min: 0.2, max: 5 };
var MEASURED_SCHEDULERS = {
  research: ["constant", "constant_with_warmup", "linear", "cosine", "cosine_with_restarts", "polynomial"],
  extension: ["constant_with_warmup", "linear_with_warmup", "cosine", "cosine_with_restarts", "polynomial"]
};
var SCHEDULER_TAIL_LIMIT = 0.1;
var SCHEDULER_FAMILIES = ["research", "extension"];
var EXTENSION_SCHEDULER_DEFAULTS = {
  startFactor: 0.5,
  scalePosition: 0.5,
  /** Number of Hard Resets, Polynomial Power and Min Learning Rate (db_config.py:57,66,68). */
  cycles: 1,
  power: 1,
  minLearningRate: 1e-6
};
var WARMUP_SHARE = { warnAbove: 0.1, proposed: 0.05, step: 5 };
var MODES = ["advanced", "standard", "filewords"];
var PRECISIONS = ["fp16", "bf16", "tf32", "fp32", "fp64"];
var EXTENSION_CONSTANT = "constant_with_warmup";
var POLYNOMIAL_END_RATE = 1e-7;
var WEIGHT_UPDATE_FLOOR = {
  fp16: 0.05 * 2 ** -11,
  bf16: 0.05 * 2 ** -8
};
var PRECISION_LIMITS = {
  fp16: { smallest: 596e-10, roundsBelow: 1e-3 },
  bf16: { smallest: 1e-38, roundsBelow: 0.01 },
  tf32: { smallest: 1e-38, roundsBelow: 1e-3 },
  fp32: { smallest: 1e-38, roundsBelow: 1e-6 },
  fp64: { smallest: 223e-310, roundsBelow: 1e-15 }
};

// src/core/format.ts
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 1e-3) {
    const [mantissa, exponent] = value.toExponential(3).split("e");
    return `${trimZeros(mantissa)}e${exponent.replace("+", "")}`;
  }
  if (Number.isInteger(value)) return String(value);
  return trimZeros(value.toPrecision(4));
}
function trimZeros(text) {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
function formatSteps(rawSteps) {
  return Number.isInteger(rawSteps) ? String(rawSteps) : rawSteps.toFixed(2);
}

// src/core/rules.ts
function baseStepsPerFrame(textEncoderRatio) {
  return 200 - 100 * textEncoderRatio;
}
function resolutionFactor(resolution) {
  return (resolution / BASE_RESOLUTION) ** 2;
}
function stepsPerFrameAt(textEncoderRatio, resolution) {
  return baseStepsPerFrame(textEncoderRatio) * resolutionFactor(resolution);
}
function standardStepsPerFrame(stepsPerFrame, learningRate) {
  return stepsPerFrame * (BASE_LR / learningRate);
}
function advancedLearningRate(strength, lrFrames) {
  return withoutFloatNoise(BASE_LR * strength / lrFrames);
}
function impliedStrength(lrFrames, learningRate) {
  return lrFrames * learningRate / BASE_LR;
}
function isStrengthInRange(strength) {
  return strength >= STRENGTH_RANGE.min && strength <= STRENGTH_RANGE.max;
}
function totalFrames(concepts) {
  return concepts.reduce((sum2, frames) => sum2 + frames, 0);
}
function learningRateFrames(concepts) {
  return Math.max(...concepts);
}
function conceptsAreUnequal(concepts) {
  return concepts.some((frames) => frames !== concepts[0]);
}
function additionalStepsPerFrame(stepsPerFrame, textEncoderRatio) {
  if (textEncoderRatio === 1) return stepsPerFrame;
  const exact = stepsPerFrame * ((1 - textEncoderRatio) / 1.5 + textEncoderRatio);
  return Math.ceil(exact - 1e-9);
}
function batchedSteps(frames, stepsPerFrame, additional, batchSize) {
  return (frames * stepsPerFrame + additional * (batchSize - 1)) / Math.sqrt(batchSize);
}
function gradientAccumulationFactor(gradAccum) {
  return Math.sqrt(gradAccum);
}
function schedulerSpan(family, frames, batchSize, prior) {
  if (family === "research") return 1;
  return (Math.ceil(frames * (prior ? 2 : 1) / batchSize) * batchSize + 1) / frames;
}
function scheduledRateShare(scheduler2, family, span, shape) {
  switch (scheduler2) {
    case "linear":
    case "linear_with_warmup":
    case "cosine_with_restarts":
      return 0.5 / span;
    case "cosine": {
      if (family === "research") return 0.5;
      const turn = 2 * Math.PI * shape.cycles * span;
      return 0.5 + Math.sin(turn) / (2 * turn);
    }
    case "polynomial": {
      const power = family === "research" ? 1 : shape.power;
      return ((1 - shape.endShare) / (power + 1) + span * shape.endShare) / span;
    }
    default:
      return 1;
  }
}
function schedulerMultiplier(scheduler2, family, startFactor, span, shape) {
  if (MEASURED_SCHEDULERS[family].includes(scheduler2)) {
    const share = scheduledRateShare(scheduler2, family, span, shape);
    return { multiplier: 1 / share, share, measured: true };
  }
  if (family === "extension" && scheduler2 === "constant") {
    return startFactor === 1 ? { multiplier: 1, share: 1, measured: true } : { multiplier: 1, measured: false, curve: "start-factor" };
  }
  if (family === "extension" && scheduler2 === "linear") return { multiplier: 1, measured: false, curve: "ramp-up" };
  return { multiplier: 1, measured: false, curve: "unknown" };
}
function schedulerTail(scheduler2, family, span) {
  const stops = family === "extension" && ["linear_with_warmup", "cosine_with_restarts", "polynomial"].includes(scheduler2);
  return stops ? 1 - 1 / span : 0;
}
function schedulerFails(scheduler2, learningRate) {
  return scheduler2 === "polynomial" && learningRate <= POLYNOMIAL_END_RATE;
}
function schedulerWarmsUp(scheduler2, family) {
  const measured = MEASURED_SCHEDULERS[family];
  return measured.includes(scheduler2) && scheduler2 !== "constant";
}
function schedulerIgnoresWarmup(scheduler2, family) {
  return scheduler2 === "constant" || family === "extension" && scheduler2 === "linear";
}
function schedulerCount(family, maxTrainSteps, epochs, frames, batchSize, prior) {
  return family === "extension" ? Math.round(epochs * frames * schedulerSpan(family, frames, batchSize, prior)) : maxTrainSteps;
}
function warmupProposal(warmupSteps, schedulerSteps) {
  if (warmupSteps <= WARMUP_SHARE.warnAbove * schedulerSteps) return null;
  return Math.floor(WARMUP_SHARE.proposed * schedulerSteps / WARMUP_SHARE.step) * WARMUP_SHARE.step;
}
function withoutFloatNoise(rate2) {
  return Number(rate2.toPrecision(12));
}
function roundSteps(rawSteps) {
  return Math.floor(rawSteps + 0.5);
}
function epochsFor(maxTrainSteps, batchSize, frames) {
  return Math.max(1, Math.floor(maxTrainSteps * batchSize / frames + 0.5));
}
function classImagesPerInstance(textEncoderRatio) {
  return Math.floor(baseStepsPerFrame(textEncoderRatio) + 0.5);
}
function dynamicResolutionCopies(resolutions) {
  const lowest = resolutions[0];
  return resolutions.map((resolution) => Math.floor((resolution / lowest) ** 2));
}
function dynamicStepsPerFrame(textEncoderRatio, resolutions) {
  const sum2 = resolutions.reduce((total, resolution) => total + stepsPerFrameAt(textEncoderRatio, resolution), 0);
  return sum2 / resolutions.length;
}
function precisionVerdict(learningRate, precision) {
  const limits = PRECISION_LIMITS[precision];
  if (learningRate < limits.smallest) return "lost";
  if (learningRate < limits.roundsBelow) return "rounded";
  return "exact";
}
function weightUpdateFloor(precision, fullMixedPrecision) {
  return fullMixedPrecision ? WEIGHT_UPDATE_FLOOR[precision] ?? null : null;
}
function scaledLearningRate(learningRate, gradAccum, batchSize, gpus) {
  return withoutFloatNoise(learningRate * gradAccum * batchSize * gpus);
}
function isAdaptiveOptimizer(optimizer) {
  return /dadapt|prodigy/i.test(optimizer);
}
function isMeasuredOptimizer(optimizer) {
  return /\b(paged)?adamw?(8bit|32bit)?\b/i.test(optimizer.replace(/[_-]/g, " ")) && !isAdaptiveOptimizer(optimizer);
}
function divisors(frames, largest = frames) {
  const small = [];
  const large = [];
  for (let candidate = 1; candidate * candidate <= frames; candidate++) {
    if (frames % candidate !== 0) continue;
    small.push(candidate);
    const pair = frames / candidate;
    if (pair !== candidate) large.unshift(pair);
  }
  return [...small, ...large].filter((divisor) => divisor <= largest);
}

// src/core/plan.ts
var PLAN_FIGURES = [
  "learningRate",
  "strength",
  "stepsPerFrame",
  "maxTrainSteps",
  "epochs",
  "classImagesPerInstance",
  "classImages"
];
var round4 = (value) => Number(value.toPrecision(4));
function notice(code, field, params) {
  return { code, params, ...field === void 0 ? {} : { field } };
}
function computePlan(request, explain = true) {
  const derivation = [];
  const warnings = [];
  const errors = [];
  const step = (rule, quantity, text) => derivation.push({ rule, quantity, text });
  const r = request.textEncoderRatio;
  const frames = totalFrames(request.concepts);
  const lrFrames = learningRateFrames(request.concepts);
  if (request.concepts.length > 1) {
    explain && step(
      "R5",
      "frames",
      `FN = ${request.concepts.join(" + ")} = ${frames}; FNc = max(${request.concepts.join(", ")}) = ${lrFrames}`
    );
    if (conceptsAreUnequal(request.concepts))
      warnings.push(notice("concepts-unequal", "concepts", { concepts: request.concepts, largest: lrFrames }));
  }
  const spfBase = baseStepsPerFrame(r);
  explain && step("R1", "stepsPerFrame", `SPF_base = 200 − 100·r = 200 − 100·${formatNumber(r)} = ${formatNumber(spfBase)}`);
  if (r > 0 && r < 1) warnings.push(notice("te-ratio-interpolated", "textEncoderRatio", { ratio: r }));
  let spf;
  if (request.resolutions.length > 1) {
    spf = dynamicStepsPerFrame(r, request.resolutions);
    explain && step(
      "R12",
      "stepsPerFrame",
      `SPF = mean(SPF(${request.resolutions.join(", ")})) = mean(${request.resolutions.map((res) => formatNumber(stepsPerFrameAt(r, res))).join(", ")}) = ${formatNumber(spf)}`
    );
  } else {
    const resolution = request.resolutions[0];
    spf = stepsPerFrameAt(r, resolution);
    if (resolution !== 512)
      explain && step("R2", "stepsPerFrame", `SPF = ${formatNumber(spfBase)} · (${resolution} / 512)² = ${formatNumber(spf)}`);
  }
  const resolutionCopies = dynamicResolutionCopies(request.resolutions);
  if (request.resolutions.length > 1) {
    explain && step("R12", "resolutionCopies", `copies(${request.resolutions.join(", ")}) = ${resolutionCopies.join(", ")}`);
    if (request.batchSize > 1) warnings.push(notice("dynamic-batch-size", "batchSize", {}));
  }
  let learningRate;
  let strength;
  switch (request.mode) {
    case "standard": {
      learningRate = request.learningRate ?? BASE_LR;
      explain && step("R3", "learningRate", `LR = ${formatNumber(learningRate)}`);
      const spfAtBaseRate = spf;
      spf = standardStepsPerFrame(spfAtBaseRate, learningRate);
      strength = impliedStrength(lrFrames, learningRate);
      explain && step(
        "R3",
        "stepsPerFrame",
        `SPF_lr = SPF · (1e-5 / LR) = ${formatNumber(spfAtBaseRate)} · (1e-5 / ${formatNumber(learningRate)}) = ${formatNumber(spf)}`
      );
      if (frames > 5) warnings.push(notice("standard-frames", "frames", { frames }));
      if (Math.abs(learningRate - BASE_LR) > BASE_LR * 1e-9)
        warnings.push(notice("standard-lr", "learningRate", { rate: learningRate }));
      break;
    }
    case "filewords": {
      learningRate = BASE_LR;
      strength = 1;
      explain && step("R6", "learningRate", "LR = 1e-5");
      break;
    }
    case "advanced": {
      if (request.learningRate !== void 0) {
        learningRate = request.learningRate;
        strength = impliedStrength(lrFrames, learningRate);
        explain && step("R4", "strength", `F = FNc · LR / 1e-5 = ${lrFrames} · ${formatNumber(learningRate)} / 1e-5 = ${formatNumber(strength)}`);
      } else {
        strength = request.strength;
        learningRate = advancedLearningRate(strength, lrFrames);
        explain && step("R4", "learningRate", `LR = 1e-5 · F / FNc = 1e-5 · ${formatNumber(strength)} / ${lrFrames} = ${formatNumber(learningRate)}`);
      }
      if (!isStrengthInRange(strength)) {
        warnings.push(
          notice("strength-range", request.learningRate === void 0 ? "strength" : "learningRate", {
            strength,
            ...STRENGTH_RANGE
          })
        );
      }
      break;
    }
  }
  const spfA = additionalStepsPerFrame(spf, r);
  let rawSteps = batchedSteps(frames, spf, spfA, request.batchSize);
  if (request.batchSize === 1) {
    explain && step("R7", "maxTrainSteps", `steps = FN · SPF = ${frames} · ${formatNumber(spf)} = ${formatSteps(rawSteps)}`);
  } else {
    explain && step(
      "R7",
      "maxTrainSteps",
      `steps = (FN · SPF + SPF_A · (BS − 1)) / √BS = (${frames} · ${formatNumber(spf)} + ${formatNumber(spfA)} · ${request.batchSize - 1}) / √${request.batchSize} = ${formatSteps(rawSteps)}`
    );
  }
  if (request.batchSize > frames) {
    errors.push(notice("batch-exceeds-frames", "batchSize", { batchSize: request.batchSize, frames }));
  } else if (frames % request.batchSize !== 0) {
    warnings.push(
      notice("batch-not-divisor", "batchSize", {
        batchSize: request.batchSize,
        frames,
        fitting: divisors(frames, BOUNDS.batchSize.max)
      })
    );
  }
  if (request.gradAccum > 1) {
    rawSteps *= gradientAccumulationFactor(request.gradAccum);
    explain && step("R8", "maxTrainSteps", `steps · √GA = · √${request.gradAccum} = ${formatSteps(rawSteps)}`);
    warnings.push(notice("grad-accum", "gradAccum", { gradAccum: request.gradAccum }));
  }
  const trainerRate = request.scaleLr ? scaledLearningRate(learningRate, request.gradAccum, request.batchSize, request.gpus) : learningRate;
  const span = schedulerSpan(request.schedulers, frames, request.batchSize, request.prior);
  const fails = schedulerFails(request.scheduler, trainerRate);
  const tail = schedulerTail(request.scheduler, request.schedulers, span);
  const endsEarly = tail > SCHEDULER_TAIL_LIMIT;
  const proposedScheduler = fails || endsEarly ? EXTENSION_CONSTANT : void 0;
  if (fails)
    warnings.push(
      notice("scheduler-fails", "scheduler", {
        scheduler: request.scheduler,
        proposal: EXTENSION_CONSTANT,
        rate: trainerRate
      })
    );
  else if (endsEarly)
    warnings.push(
      notice("scheduler-ends-early", "scheduler", {
        scheduler: request.scheduler,
        proposal: EXTENSION_CONSTANT,
        share: Math.round(100 * tail)
      })
    );
  const plannedScheduler = proposedScheduler ?? request.scheduler;
  const scheduler2 = schedulerMultiplier(plannedScheduler, request.schedulers, request.startFactor, span, {
    cycles: request.cycles,
    power: request.power,
    endShare: POLYNOMIAL_END_RATE / trainerRate
  });
  if (scheduler2.measured && scheduler2.multiplier !== 1) {
    const before = rawSteps;
    rawSteps *= scheduler2.multiplier;
    const over = span === 1 ? "" : ` over ${formatNumber(round4(span))} of its length`;
    explain && step(
      "R9",
      "maxTrainSteps",
      `steps · m(${plannedScheduler}) = ${formatSteps(before)} · ${formatNumber(round4(scheduler2.multiplier))} = ${formatSteps(rawSteps)} (m = 1 / mean rate ${formatNumber(round4(scheduler2.share))}${over})`
    );
  }
  if (!scheduler2.measured) warnings.push(unmeasuredScheduler(request, scheduler2.curve));
  const maxTrainSteps = roundSteps(rawSteps);
  explain && step("Rounding", "maxTrainSteps", `steps = round(${formatSteps(rawSteps)}) = ${maxTrainSteps}`);
  const epochs = epochsFor(maxTrainSteps, request.batchSize, frames);
  explain && step("R10", "epochs", `epochs = steps · BS / FN = ${maxTrainSteps} · ${request.batchSize} / ${frames} ≈ ${epochs}`);
  const schedulerSteps = schedulerCount(
    request.schedulers,
    maxTrainSteps,
    epochs,
    frames,
    request.batchSize,
    request.prior
  );
  let proposedWarmupSteps;
  if (request.warmupSteps !== void 0 && schedulerWarmsUp(request.scheduler, request.schedulers)) {
    const proposal = warmupProposal(request.warmupSteps, schedulerSteps);
    if (proposal !== null) {
      proposedWarmupSteps = proposal;
      const share = Math.round(100 * request.warmupSteps / schedulerSteps);
      explain && step(
        "R9",
        "warmupSteps",
        `warmup / steps = ${request.warmupSteps} / ${schedulerSteps} = ${share}% > 10% → 5% = ${proposal}`
      );
      warnings.push(
        notice("warmup-share", "warmupSteps", { warmup: request.warmupSteps, share, schedulerSteps, proposal })
      );
    }
  } else if (request.warmupSteps && schedulerIgnoresWarmup(request.scheduler, request.schedulers)) {
    warnings.push(
      notice("warmup-ignored", "warmupSteps", { warmup: request.warmupSteps, scheduler: request.scheduler })
    );
  }
  const classPerInstance = classImagesPerInstance(r);
  explain && step(
    "R11",
    "classImagesPerInstance",
    `CI = SPF_base = ${classPerInstance}; CI · FN = ${classPerInstance} · ${frames} = ${classPerInstance * frames}`
  );
  const rangeErrors = outOfRange(request, learningRate, maxTrainSteps, epochs);
  errors.push(...rangeErrors);
  let effectiveLearningRate = learningRate;
  if (request.scaleLr) {
    effectiveLearningRate = scaledLearningRate(learningRate, request.gradAccum, request.batchSize, request.gpus);
    explain && step(
      "R14",
      "effectiveLearningRate",
      `LR · GA · BS · GPUs = ${formatNumber(learningRate)} · ${request.gradAccum} · ${request.batchSize} · ${request.gpus} = ${formatNumber(effectiveLearningRate)}`
    );
    warnings.push(notice("scale-lr", "scaleLr", { rate: learningRate, effective: effectiveLearningRate }));
  }
  const verdict = rangeErrors.some((error) => error.field === "strength") ? "exact" : precisionVerdict(effectiveLearningRate, request.precision);
  if (verdict === "lost")
    warnings.push(
      notice("precision-range", "precision", { rate: effectiveLearningRate, precision: request.precision })
    );
  else if (verdict === "rounded")
    warnings.push(
      notice("precision-rounding", "precision", {
        rate: effectiveLearningRate,
        precision: request.precision,
        threshold: PRECISION_LIMITS[request.precision].roundsBelow
      })
    );
  const adaptive = request.optimizer !== void 0 && isAdaptiveOptimizer(request.optimizer) || isAdaptiveOptimizer(request.scheduler);
  const learningRateApplies = !request.lora && !adaptive;
  const optimizerMeasured = request.optimizer === void 0 || adaptive || isMeasuredOptimizer(request.optimizer);
  const floor = weightUpdateFloor(request.precision, request.fullMixedPrecision);
  if (learningRateApplies && floor !== null && effectiveLearningRate < floor)
    warnings.push(
      notice("full-mixed-precision", "fullMixedPrecision", {
        rate: effectiveLearningRate,
        precision: request.precision,
        floor: Number(floor.toPrecision(2))
      })
    );
  if (!optimizerMeasured && learningRateApplies) {
    warnings.push(notice("optimizer-unmeasured", "optimizer", { optimizer: request.optimizer, rate: learningRate }));
  }
  if (!learningRateApplies) {
    warnings.push(
      request.lora ? notice("out-of-scope", "lora", { lora: true }) : notice("out-of-scope", "optimizer", { lora: false, optimizer: request.optimizer ?? request.scheduler })
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
    ...scheduler2.measured || scheduler2.curve !== "start-factor" ? {} : { proposedStartFactor: 1 },
    schedulerSteps,
    ...proposedWarmupSteps === void 0 ? {} : { proposedWarmupSteps },
    ...proposedScheduler === void 0 ? {} : { proposedScheduler },
    frames,
    concepts: request.concepts.map((conceptFrames) => ({
      frames: conceptFrames,
      classImages: classPerInstance * conceptFrames
    })),
    resolutionCopies,
    derivation,
    warnings,
    errors
  };
}
function unmeasuredScheduler(request, curve) {
  const position = Math.round(request.scalePosition * 100);
  switch (curve) {
    case "start-factor":
      return notice("scheduler-start-factor", "startFactor", { factor: request.startFactor, position });
    case "ramp-up":
      return notice("scheduler-ramp-up", "scheduler", { factor: request.startFactor, position });
    case "unknown": {
      const measured = [...MEASURED_SCHEDULERS[request.schedulers]];
      if (request.schedulers === "extension") measured.push("constant (Starting Factor 1)");
      return notice("scheduler-unknown", "scheduler", { scheduler: request.scheduler, measured });
    }
  }
}
function outOfRange(request, learningRate, maxTrainSteps, epochs) {
  const errors = [];
  const { min, max } = BOUNDS.learningRate;
  if (!(learningRate >= min && learningRate <= max)) {
    errors.push(
      notice("plan-range", "strength", { kind: "rate", rate: learningRate, min, max, tooLow: learningRate < min })
    );
  }
  if (!(maxTrainSteps >= 1)) errors.push(notice("plan-range", "learningRate", { kind: "zero-steps" }));
  if (!(maxTrainSteps <= MAX_COUNT && epochs <= MAX_COUNT)) {
    errors.push(
      notice("plan-range", request.mode === "standard" ? "learningRate" : "frames", {
        kind: "overflow",
        steps: maxTrainSteps,
        max: MAX_COUNT
      })
    );
  }
  return errors;
}

// node_modules/zod/v4/core/util.js
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table2) {
  for (const key in table2) {
    const desc = Object.getOwnPropertyDescriptor(table2, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/api.js
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
  const norm = normalizeParams(_params);
  norm.abort ?? (norm.abort = true);
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...norm
  });
  return schema;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function custom(fn, _params) {
  return _custom(ZodMiniCustom, fn ?? (() => true), _params);
}

// src/core/request.ts
var problem = (key, params) => ({ key, params });
var NONE = {};
function echo(value) {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "a non-finite value";
  if (typeof value !== "string") return value === void 0 ? "nothing" : typeof value;
  if (/nan|infinity/i.test(value)) return "a non-finite value";
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
var NOT_FINITE_TEXT = /^\s*[+-]?(inf(inity)?|nan)\s*$/i;
function numberProblem(value, bounds, whole) {
  if (typeof value === "string" && value.trim() === "") return problem("empty", NONE);
  if (typeof value === "string" && NOT_FINITE_TEXT.test(value)) return problem("not-finite", NONE);
  if (typeof value !== "number") return problem("not-a-number", { got: echo(value) });
  if (!Number.isFinite(value)) return problem("not-finite", NONE);
  if (value < bounds.min) return problem("too-small", { min: bounds.min, got: echo(value) });
  if (value > bounds.max) return problem("too-large", { max: bounds.max, got: echo(value) });
  if (whole && !Number.isInteger(value)) return problem("not-whole", { got: echo(value) });
  return null;
}
var numberSpec = (bounds, whole) => ({ kind: "number", bounds, whole });
var SPECS = {
  frames: numberSpec(BOUNDS.frames, true),
  concepts: { kind: "list", item: numberSpec(BOUNDS.frames, true), length: BOUNDS.concepts },
  mode: { kind: "choice", choices: MODES },
  strength: { kind: "strength" },
  learningRate: numberSpec(BOUNDS.learningRate, false),
  textEncoder: { kind: "flag" },
  textEncoderRatio: numberSpec(BOUNDS.textEncoderRatio, false),
  resolution: numberSpec(BOUNDS.resolution, true),
  dynamicResolutions: { kind: "list", item: numberSpec(BOUNDS.resolution, true), length: BOUNDS.dynamicResolutions },
  batchSize: numberSpec(BOUNDS.batchSize, true),
  gradAccum: numberSpec(BOUNDS.gradAccum, true),
  scheduler: { kind: "text", allowEmpty: false },
  schedulers: { kind: "choice", choices: SCHEDULER_FAMILIES },
  startFactor: numberSpec(BOUNDS.startFactor, false),
  scalePosition: numberSpec(BOUNDS.scalePosition, false),
  cycles: numberSpec(BOUNDS.cycles, true),
  power: numberSpec(BOUNDS.power, false),
  minLearningRate: numberSpec(BOUNDS.minLearningRate, false),
  warmupSteps: numberSpec(BOUNDS.warmupSteps, true),
  precision: { kind: "choice", choices: PRECISIONS },
  scaleLr: { kind: "flag" },
  fullMixedPrecision: { kind: "flag" },
  prior: { kind: "flag" },
  gpus: numberSpec(BOUNDS.gpus, true),
  lora: { kind: "flag" },
  optimizer: { kind: "text", allowEmpty: true }
};
var MAX_NAME_LENGTH = 100;
function problemOf(spec, value) {
  switch (spec.kind) {
    case "number": {
      const found = numberProblem(value, spec.bounds, spec.whole);
      return found && { problem: found };
    }
    case "list": {
      if (!Array.isArray(value)) return { problem: problem("not-list", NONE) };
      if (value.length < spec.length.min) return { problem: problem("too-few", { min: spec.length.min }) };
      if (value.length > spec.length.max) return { problem: problem("too-many", { max: spec.length.max }) };
      for (const [index, item] of value.entries()) {
        const found = problemOf(spec.item, item);
        if (found) return { problem: found.problem, index };
      }
      return null;
    }
    case "choice":
      return spec.choices.includes(value) ? null : { problem: problem("not-one-of", { choices: spec.choices, got: echo(value) }) };
    case "flag":
      return typeof value === "boolean" ? null : { problem: problem("not-boolean", NONE) };
    case "text":
      if (typeof value !== "string") return { problem: problem("not-text", NONE) };
      if (!spec.allowEmpty && value.trim() === "") return { problem: problem("empty", NONE) };
      return value.length > MAX_NAME_LENGTH ? { problem: problem("too-long", { max: MAX_NAME_LENGTH }) } : null;
    case "strength":
      return typeof value === "string" || typeof value === "number" ? null : { problem: problem("not-text", NONE) };
  }
}
var inputSchema = strictObject(
  Object.fromEntries(
    Object.entries(SPECS).map(([field, spec]) => [
      field,
      optional(custom((value) => problemOf(spec, value) === null))
    ])
  )
);
function issue2(field, found, index) {
  return { field, ...index === void 0 ? {} : { index }, problem: found };
}
function validatePlanInput(input) {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return { ok: false, issues: [issue2("frames", problem("not-object", NONE))] };
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const record = input;
    const unknownKeys = Object.keys(record).filter((key) => !Object.hasOwn(SPECS, key));
    const issues = unknownKeys.map(
      (key) => issue2(key, problem("unknown-field", { name: echo(key) }))
    );
    for (const [field, spec] of Object.entries(SPECS)) {
      if (record[field] === void 0) continue;
      const found = problemOf(spec, record[field]);
      if (found) issues.push(issue2(field, found.problem, found.index));
    }
    return { ok: false, issues };
  }
  return normalise(parsed.data);
}
function normalise(input) {
  const issues = [];
  const mode = input.mode ?? "advanced";
  const schedulers = input.schedulers ?? "research";
  const extensionOnly = ["startFactor", "scalePosition", "cycles", "power", "minLearningRate"].find(
    (field) => input[field] !== void 0
  );
  if (schedulers === "research" && extensionOnly)
    issues.push(issue2(extensionOnly, problem("extension-only", { field: "schedulers" })));
  const concepts = input.concepts ?? (input.frames === void 0 ? void 0 : [input.frames]);
  if (concepts === void 0) issues.push(issue2("frames", problem("required", NONE)));
  if (input.concepts && input.frames !== void 0 && input.frames !== sum(input.concepts)) {
    issues.push(issue2("frames", problem("sum-mismatch", { frames: input.frames, sum: sum(input.concepts) })));
  }
  if (concepts && sum(concepts) > BOUNDS.frames.max) {
    issues.push(
      issue2(
        input.concepts ? "concepts" : "frames",
        problem("total-frames", { sum: sum(concepts), max: BOUNDS.frames.max })
      )
    );
  }
  if (input.textEncoder !== void 0 && input.textEncoderRatio !== void 0)
    issues.push(issue2("textEncoderRatio", problem("te-both", NONE)));
  if (input.resolution !== void 0 && input.dynamicResolutions !== void 0)
    issues.push(issue2("dynamicResolutions", problem("resolution-both", NONE)));
  if (mode === "advanced" && input.strength !== void 0 && input.learningRate !== void 0)
    issues.push(issue2("learningRate", problem("strength-and-lr", NONE)));
  if (mode === "filewords" && input.learningRate !== void 0)
    issues.push(issue2("learningRate", problem("filewords-lr", NONE)));
  let strength;
  if (mode === "advanced" && input.learningRate === void 0) {
    const resolved = resolveStrength(input.strength ?? DEFAULT_STRENGTH);
    const found = resolved === void 0 ? problem("unknown-strength", { got: echo(input.strength), names: Object.keys(STRENGTHS) }) : numberProblem(resolved, BOUNDS.strength, false);
    if (found) issues.push(issue2("strength", found));
    else strength = resolved;
  }
  const resolutions = input.dynamicResolutions ? [...new Set(input.dynamicResolutions)].sort((a, b) => a - b) : [input.resolution ?? 512];
  if (input.dynamicResolutions && resolutions.length === 1)
    issues.push(issue2("dynamicResolutions", problem("distinct-resolutions", NONE)));
  if (issues.length > 0 || concepts === void 0) return { ok: false, issues };
  const request = {
    concepts,
    mode,
    textEncoderRatio: input.textEncoderRatio ?? (input.textEncoder ? 1 : 0),
    resolutions,
    batchSize: input.batchSize ?? 1,
    gradAccum: input.gradAccum ?? 1,
    scheduler: normaliseName(input.scheduler ?? "constant"),
    schedulers,
    startFactor: schedulers === "extension" ? input.startFactor ?? EXTENSION_SCHEDULER_DEFAULTS.startFactor : 1,
    scalePosition: input.scalePosition ?? EXTENSION_SCHEDULER_DEFAULTS.scalePosition,
    cycles: input.cycles ?? EXTENSION_SCHEDULER_DEFAULTS.cycles,
    power: input.power ?? EXTENSION_SCHEDULER_DEFAULTS.power,
    minLearningRate: input.minLearningRate ?? EXTENSION_SCHEDULER_DEFAULTS.minLearningRate,
    precision: input.precision ?? "fp32",
    scaleLr: input.scaleLr ?? false,
    fullMixedPrecision: input.fullMixedPrecision ?? false,
    prior: input.prior ?? false,
    gpus: input.gpus ?? 1,
    lora: input.lora ?? false
  };
  if (strength !== void 0) request.strength = strength;
  if (input.learningRate !== void 0) request.learningRate = input.learningRate;
  if (input.optimizer) request.optimizer = input.optimizer;
  if (input.warmupSteps !== void 0) request.warmupSteps = input.warmupSteps;
  return { ok: true, request };
}
function resolveStrength(strength) {
  if (typeof strength === "number") return strength;
  const name = normaliseName(strength);
  if (Object.hasOwn(STRENGTHS, name)) return STRENGTHS[name];
  const asNumber = numberFromText(strength);
  return typeof asNumber === "number" ? asNumber : void 0;
}
function normaliseName(name) {
  return name.trim().toLowerCase().replace(/[\s-]+/g, "_");
}
function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}
function numberFromText(text) {
  const trimmed = text.trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : text;
}

// src/core/lr-curve.ts
var warm = (position, warmup) => position / Math.max(1, warmup);
function progressAfterWarmup(position, { total, warmup }) {
  return (position - warmup) / Math.max(1, total - warmup);
}
function polynomial(input, power) {
  const end = POLYNOMIAL_END_RATE / input.run.learningRate;
  return (p) => {
    if (p < input.warmup) return warm(p, input.warmup);
    if (p > input.total) return end;
    const remaining = 1 - (p - input.warmup) / Math.max(1, input.total - input.warmup);
    return (1 - end) * remaining ** power + end;
  };
}
function linearDecay(input) {
  return (p) => p < input.warmup ? warm(p, input.warmup) : Math.max(0, (input.total - p) / Math.max(1, input.total - input.warmup));
}
function constantWithWarmup(input) {
  return (p) => p < input.warmup ? warm(p, input.warmup) : 1;
}
function cosineWaves(input, cycles) {
  return (p) => p < input.warmup ? warm(p, input.warmup) : Math.max(0, 0.5 * (1 + Math.cos(Math.PI * cycles * 2 * progressAfterWarmup(p, input))));
}
function cosineHardRestarts(input, cycles) {
  return (p) => {
    if (p < input.warmup) return warm(p, input.warmup);
    const progress = progressAfterWarmup(p, input);
    if (progress >= 1) return 0;
    return Math.max(0, 0.5 * (1 + Math.cos(Math.PI * (cycles * progress % 1))));
  };
}
function researchShape(input) {
  switch (input.run.scheduler) {
    case "constant":
      return () => 1;
    case "constant_with_warmup":
      return constantWithWarmup(input);
    case "linear":
      return linearDecay(input);
    case "cosine":
      return cosineWaves(input, 0.5);
    case "cosine_with_restarts":
      return cosineHardRestarts(input, 1);
    case "polynomial":
      return polynomial(input, 1);
    default:
      return null;
  }
}
function extensionShape(input) {
  const { run: run2, breakAt } = input;
  const floor = run2.minLearningRate / run2.learningRate;
  const annealed = (p, period) => floor + (1 - floor) * (1 + Math.cos(Math.PI * p / period)) / 2;
  switch (run2.scheduler) {
    case "constant_with_warmup":
      return constantWithWarmup(input);
    case "linear_with_warmup":
      return linearDecay(input);
    case "cosine":
      return cosineWaves(input, run2.cycles);
    case "cosine_with_restarts":
      return cosineHardRestarts(input, run2.cycles);
    case "polynomial":
      return polynomial(input, run2.power);
    // torch ConstantLR(factor, total_iters = breakAt) and LinearLR(start_factor, total_iters = breakAt).
    case "constant":
      return (p) => p < breakAt ? run2.startFactor : 1;
    case "linear":
      return (p) => breakAt === 0 ? 1 : run2.startFactor + (1 - run2.startFactor) * Math.min(breakAt, p) / breakAt;
    // torch CosineAnnealingLR(T_max = breakAt) and CosineAnnealingWarmRestarts(T_0 = int(breakAt / 2)), Min LR the floor.
    case "cosine_annealing":
      return breakAt === 0 ? null : (p) => annealed(p, breakAt);
    case "cosine_annealing_with_restarts": {
      const period = Math.floor(breakAt / 2);
      return period === 0 ? null : (p) => annealed(p % period, period);
    }
    case "rex":
      return (p) => {
        if (p >= input.total) return 1e-8;
        const progress = p / input.total;
        return 1e-8 + (1 - 1e-8) * (1 - progress) / (0.1 + 0.9 * (1 - progress));
      };
    default:
      return null;
  }
}
function timeline(run2) {
  if (run2.schedulers === "research") {
    return { steps: run2.maxTrainSteps, perEpoch: run2.frames / run2.batchSize, position: (step) => step };
  }
  const perEpoch = Math.ceil(run2.frames * (run2.prior ? 2 : 1) / run2.batchSize);
  return {
    steps: run2.epochs * perEpoch,
    perEpoch,
    position: (step) => {
      const epoch = Math.floor(step / perEpoch);
      return epoch * (perEpoch * run2.batchSize + 1) + (step - epoch * perEpoch) * run2.batchSize;
    }
  };
}
var EXACT_MEAN_LIMIT = 2e4;
function learningRateCurve(run2, maxPoints = 200) {
  if (run2.scheduler === "polynomial" && run2.learningRate <= POLYNOMIAL_END_RATE) return null;
  const total = run2.schedulers === "research" ? run2.maxTrainSteps : run2.epochs * run2.frames;
  const scale = run2.scalePosition * (run2.prior ? 2 : 1);
  const input = { total, warmup: run2.warmupSteps, breakAt: Math.floor(total * scale), run: run2 };
  const shape = run2.schedulers === "research" ? researchShape(input) : extensionShape(input);
  if (!shape) return null;
  const { steps, perEpoch, position } = timeline(run2);
  const share = (step) => shape(position(step));
  const stride = steps <= EXACT_MEAN_LIMIT ? 1 : steps / EXACT_MEAN_LIMIT;
  let sum2 = 0;
  let counted = 0;
  for (let at = 0; at < steps; at += stride) {
    sum2 += share(Math.floor(at));
    counted++;
  }
  const last = Math.max(0, steps - 1);
  const count2 = Math.min(maxPoints, steps);
  const points = [];
  for (let index = 0; index < count2; index++) {
    const step = count2 === 1 ? 0 : Math.round(index * last / (count2 - 1));
    points.push({ step, epoch: step / perEpoch, rate: run2.learningRate * share(step) });
  }
  return { scheduler: run2.scheduler, steps, epochs: steps / perEpoch, points, meanShare: counted ? sum2 / counted : 0 };
}
function curveRun(request, plan, scheduler2) {
  return {
    scheduler: scheduler2,
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
    minLearningRate: request.minLearningRate
  };
}
function planCurves(request, plan, maxPoints = 200) {
  const planned = plan.proposedScheduler ?? request.scheduler;
  const constant = computePlan({
    ...request,
    schedulers: "research",
    scheduler: "constant",
    startFactor: 1,
    warmupSteps: void 0
  });
  const curves = {
    unit: request.schedulers === "research" ? "steps" : "epochs",
    scheduler: planned,
    planned: learningRateCurve(curveRun(request, plan, planned), maxPoints),
    research: { steps: constant.maxTrainSteps, epochs: constant.epochs, rate: constant.effectiveLearningRate }
  };
  if (planned !== request.scheduler)
    curves.asSet = learningRateCurve(curveRun(request, plan, request.scheduler), maxPoints);
  return curves;
}

// src/core/what-if.ts
function planWith(request, change) {
  return computePlan({ ...request, ...change }, false);
}
function batchSizeOptions(request) {
  const frames = totalFrames(request.concepts);
  return divisors(frames, BOUNDS.batchSize.max).map((batchSize) => {
    const plan = planWith(request, { batchSize });
    return { batchSize, maxTrainSteps: plan.maxTrainSteps, epochs: plan.epochs };
  });
}

// src/core/exports.ts
var EXPORT_FORMATS = ["kohya-json", "sd-scripts-toml", "onetrainer-json"];
var MODEL_FAMILIES = ["sd15", "sd2", "sdxl"];
var EXPORT_PATHS = ["model", "outputDir", "trainDataDir", "regDataDir"];
var REQUIRED_PATHS = {
  // The GUI keeps its own fields for what the file leaves out, and checks them before it starts.
  "kohya-json": [],
  "sd-scripts-toml": ["model", "outputDir", "trainDataDir"],
  "onetrainer-json": ["model", "outputDir", "trainDataDir"]
};
var DEFAULT_CLASS_TOKEN = "person";
var isAbsolutePath = (path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path);
function trainerRun(plan, request, options) {
  const sampleFactor = request.prior ? 2 : 1;
  const batches = plan.maxTrainSteps * sampleFactor;
  const optimizerSteps = Math.ceil(batches / request.gradAccum);
  const repeats = request.prior ? Math.max(1, Math.ceil(plan.classImages / plan.frames)) : 1;
  const ratio = request.textEncoderRatio;
  const textEncoderSteps = ratio >= 1 ? null : Math.round(ratio * optimizerSteps);
  const ignored = schedulerIgnoresWarmup(plan.proposedScheduler ?? request.scheduler, request.schedulers);
  const warmup = ignored ? 0 : plan.proposedWarmupSteps ?? request.warmupSteps ?? 0;
  const warmupSteps = Math.round(warmup / plan.schedulerSteps * optimizerSteps);
  const saveEvery = options.saveEvery;
  const tokens = instanceTokens(options, plan.concepts.length);
  const classToken = options.classToken ?? DEFAULT_CLASS_TOKEN;
  const derivation = [];
  const line = (quantity, text) => derivation.push({ rule: "R16", quantity, text });
  if (request.prior) line("batches", `batches = 2 · steps = 2 · ${plan.maxTrainSteps} = ${batches}`);
  if (request.gradAccum > 1)
    line(
      "optimizerSteps",
      `optimizer steps = ⌈batches / GA⌉ = ⌈${batches} / ${request.gradAccum}⌉ = ${optimizerSteps}`
    );
  if (request.prior)
    line("repeats", `repeats = ⌈class images / FN⌉ = ⌈${plan.classImages} / ${plan.frames}⌉ = ${repeats}`);
  if (textEncoderSteps !== null && textEncoderSteps > 0)
    line("textEncoderSteps", `TE steps = r · steps = ${ratio} · ${optimizerSteps} = ${textEncoderSteps}`);
  return {
    sampleFactor,
    batches,
    optimizerSteps,
    repeats,
    textEncoderSteps,
    warmupSteps,
    ...saveEvery ? {
      saveEverySteps: Math.max(1, Math.round(saveEvery * sampleFactor / request.gradAccum)),
      saveEveryBatches: saveEvery * sampleFactor
    } : {},
    instanceFolders: tokens.map((token) => `${repeats}_${token} ${classToken}`),
    regFolder: `1_${classToken}`,
    derivation
  };
}
function instanceTokens(options, concepts) {
  if (options.instanceTokens) return options.instanceTokens;
  return Array.from({ length: concepts }, (_, index) => index === 0 ? "sks" : `sks${index + 1}`);
}
function sdScriptsTextEncoderRatio(ratio) {
  return ratio > 0 && ratio < 1 ? ratio >= 0.5 ? 1 : 0 : ratio;
}
function sdScriptsPlan(plan, request) {
  const ratio = sdScriptsTextEncoderRatio(request.textEncoderRatio);
  if (ratio === request.textEncoderRatio) return { plan, request };
  const runnable = { ...request, textEncoderRatio: ratio };
  return {
    plan: computePlan(runnable),
    request: runnable,
    warning: { key: "te-share-snapped", share: request.textEncoderRatio, used: ratio }
  };
}
var KOHYA_SCHEDULERS = {
  constant: "constant",
  constant_with_warmup: "constant_with_warmup",
  linear: "linear",
  linear_with_warmup: "linear",
  cosine: "cosine",
  cosine_with_restarts: "cosine_with_restarts",
  polynomial: "polynomial"
};
var ONETRAINER_SCHEDULERS = {
  constant: "CONSTANT",
  constant_with_warmup: "CONSTANT",
  linear: "LINEAR",
  linear_with_warmup: "LINEAR",
  // polynomial at the research's power 1 is a linear decay.
  polynomial: "LINEAR",
  cosine: "COSINE",
  cosine_with_restarts: "COSINE_WITH_HARD_RESTARTS"
};
function scheduler(plan, request, names, constant) {
  const planned = plan.proposedScheduler ?? request.scheduler;
  const unmeasured = ["scheduler-unknown", "scheduler-start-factor", "scheduler-ramp-up"];
  const measured = !plan.warnings.some((notice2) => unmeasured.includes(notice2.code));
  const name = measured && Object.hasOwn(names, planned) ? names[planned] : void 0;
  return name ? { name } : { name: constant, warning: { key: "scheduler-substituted", scheduler: planned, used: constant } };
}
var rate = (value) => Number(value.toPrecision(4));
var side = (request) => request.resolutions[request.resolutions.length - 1];
var mixedPrecision = (request) => request.precision === "fp16" || request.precision === "bf16" ? request.precision : "no";
var vPrediction = (family, request) => family === "sd2" && side(request) >= 768;
var joinPath = (folder, name) => `${folder.replace(/[\\/]+$/, "")}/${name}`;
var savedAs = (options, name) => options.folder ? joinPath(options.folder, name) : name;
function commonWarnings(plan, request, family) {
  return [
    // The extension's own curves cover another share of the run than these trainers' (R9).
    ...request.schedulers === "extension" ? [{ key: "extension-schedulers", scheduler: plan.proposedScheduler ?? request.scheduler }] : [],
    ...family === "sdxl" ? [{ key: "family-unmeasured" }] : [],
    ...family === "sd2" ? [{ key: "sd2-v-prediction", model: vPrediction(family, request) ? "768-v" : "base" }] : [],
    ...request.resolutions.length > 1 ? [{ key: "dynamic-resolution", resolution: side(request) }] : [],
    ...request.scaleLr && plan.learningRateApplies ? [{ key: "scale-lr-unscaled", rate: rate(plan.learningRate) }] : [],
    ...plan.learningRateApplies ? [] : [{ key: "no-rate" }]
  ];
}
function savesNote(options, trainerEvery) {
  return options.saveEvery && trainerEvery ? { key: "saves-every", every: options.saveEvery, trainerEvery } : { key: "saves-final" };
}
function folderNotes(run2, plan, request) {
  return [
    { key: "instance-folders", folders: run2.instanceFolders.map((folder) => `"${folder}"`).join(", ") },
    ...request.prior ? [{ key: "reg-folder", images: plan.classImages, folder: run2.regFolder }] : []
  ];
}
function kohyaEpochs(run2, plan, request) {
  const batchesPerEpoch = Math.ceil(run2.sampleFactor * run2.repeats * plan.frames / request.batchSize);
  const stepsPerEpoch = Math.ceil(batchesPerEpoch / request.gradAccum);
  return Math.ceil(run2.optimizerSteps / stepsPerEpoch);
}
var kohyaWarmupSteps = (run2, schedulerName) => schedulerName === "constant" ? 0 : run2.warmupSteps;
function kohyaGuiSettings(asked, askedRequest, options = {}) {
  const family = options.modelFamily ?? "sd15";
  const { plan, request, warning: snapped } = sdScriptsPlan(asked, askedRequest);
  const run2 = trainerRun(plan, request, options);
  const chosen = scheduler(plan, request, KOHYA_SCHEDULERS, "constant");
  const resolution = side(request);
  const learningRate = plan.learningRateApplies ? rate(plan.learningRate) : void 0;
  const trainsTextEncoder = request.textEncoderRatio > 0;
  const paths = options.paths ?? {};
  const config2 = {
    ...paths.model ? { pretrained_model_name_or_path: paths.model } : {},
    ...paths.outputDir ? { output_dir: paths.outputDir } : {},
    ...paths.trainDataDir ? { train_data_dir: paths.trainDataDir } : {},
    reg_data_dir: request.prior ? paths.regDataDir ?? "" : "",
    // The folders' names carry repeats and captions; a dataset file would replace them.
    dataset_config: "",
    v2: family === "sd2",
    v_parameterization: vPrediction(family, request),
    sdxl: family === "sdxl",
    max_train_steps: run2.optimizerSteps,
    max_train_epochs: 0,
    epoch: kohyaEpochs(run2, plan, request),
    train_batch_size: request.batchSize,
    gradient_accumulation_steps: request.gradAccum,
    lr_scheduler: chosen.name,
    lr_scheduler_num_cycles: 1,
    lr_warmup: 0,
    lr_warmup_steps: kohyaWarmupSteps(run2, chosen.name),
    mixed_precision: mixedPrecision(request),
    max_resolution: `${resolution},${resolution}`,
    caption_extension: ".txt",
    prior_loss_weight: 1,
    save_every_n_epochs: 0,
    save_every_n_steps: run2.saveEverySteps ?? 0,
    save_state: false
  };
  const warnings = [
    ...snapped ? [snapped] : [],
    ...chosen.warning ? [chosen.warning] : [],
    ...commonWarnings(plan, request, family)
  ];
  if (learningRate !== void 0) {
    config2.learning_rate = learningRate;
    config2.learning_rate_te = trainsTextEncoder ? learningRate : 0;
    config2.learning_rate_te1 = trainsTextEncoder ? learningRate : 0;
    config2.learning_rate_te2 = trainsTextEncoder ? learningRate : 0;
  }
  if (family !== "sdxl") config2.stop_text_encoder_training = trainsTextEncoder ? 0 : -1;
  return { config: config2, notes: folderNotes(run2, plan, request), warnings, derivation: run2.derivation };
}
function kohyaJson(plan, request, options, family) {
  const settings = kohyaGuiSettings(plan, request, { ...options, modelFamily: family });
  const paths = options.paths ?? {};
  const name = options.fileName ?? "kohya-dreambooth.json";
  return {
    format: "kohya-json",
    files: [{ name, content: `${JSON.stringify(settings.config, null, 2)}
` }],
    notes: [
      ...settings.notes,
      ...paths.model && paths.outputDir && paths.trainDataDir ? [] : [{ key: "kohya-gui-paths" }],
      savesNote(options, settings.config.save_every_n_steps ? Number(settings.config.save_every_n_steps) : void 0),
      { key: "start-kohya-gui", config: savedAs(options, name) }
    ],
    warnings: settings.warnings,
    derivation: settings.derivation
  };
}
function toml(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number")
    return Number.isInteger(value) ? String(value) : value.toExponential().replace("e+", "e");
  return String(value);
}
function sdScriptsToml(asked, askedRequest, options, family) {
  const { plan, request, warning: snapped } = sdScriptsPlan(asked, askedRequest);
  const run2 = trainerRun(plan, request, options);
  const chosen = scheduler(plan, request, KOHYA_SCHEDULERS, "constant");
  const resolution = side(request);
  const paths = options.paths ?? {};
  const learningRate = plan.learningRateApplies ? rate(plan.learningRate) : void 0;
  const trainsTextEncoder = request.textEncoderRatio > 0;
  const warnings = [
    ...snapped ? [snapped] : [],
    ...chosen.warning ? [chosen.warning] : [],
    ...commonWarnings(plan, request, family)
  ];
  const config2 = {
    pretrained_model_name_or_path: paths.model,
    output_dir: paths.outputDir,
    save_model_as: "safetensors",
    // Folders named "<repeats>_<token> <class>": sd-scripts reads repeats and captions from the names.
    train_data_dir: paths.trainDataDir,
    ...request.prior ? { reg_data_dir: paths.regDataDir, prior_loss_weight: 1 } : {},
    caption_extension: ".txt",
    resolution: `${resolution},${resolution}`,
    train_batch_size: request.batchSize,
    max_train_steps: run2.optimizerSteps,
    gradient_accumulation_steps: request.gradAccum,
    lr_scheduler: chosen.name,
    ...chosen.name === "cosine_with_restarts" ? { lr_scheduler_num_cycles: 1 } : {},
    lr_warmup_steps: kohyaWarmupSteps(run2, chosen.name),
    mixed_precision: mixedPrecision(request),
    ...run2.saveEverySteps ? { save_every_n_steps: run2.saveEverySteps } : {},
    ...family === "sd2" ? { v2: true, v_parameterization: vPrediction(family, request) } : {}
  };
  if (learningRate !== void 0) config2.learning_rate = learningRate;
  if (family === "sdxl") {
    config2.train_text_encoder = trainsTextEncoder;
    if (trainsTextEncoder && learningRate !== void 0) {
      config2.learning_rate_te1 = learningRate;
      config2.learning_rate_te2 = learningRate;
    }
  } else {
    if (learningRate !== void 0 && trainsTextEncoder) config2.learning_rate_te = learningRate;
    if (!trainsTextEncoder) config2.stop_text_encoder_training = -1;
  }
  const script = family === "sdxl" ? "sdxl_train.py" : "train_db.py";
  const name = options.fileName ?? "sd-scripts-dreambooth.toml";
  const content = [
    `# sd-scripts ${script}: accelerate launch ${script} --config_file ${name}`,
    run2.saveEverySteps ? `# Saves a checkpoint every ${run2.saveEverySteps} steps and the final model.` : "# Saves the final model only: no save_every_n_epochs or save_every_n_steps.",
    ...Object.entries(config2).filter(([, value]) => value !== void 0).map(([key, value]) => `${key} = ${toml(value)}`)
  ].join("\n");
  return {
    format: "sd-scripts-toml",
    files: [{ name, content: `${content}
` }],
    notes: [
      ...folderNotes(run2, plan, request),
      savesNote(options, run2.saveEverySteps),
      { key: "start-sd-scripts", script, config: savedAs(options, name) }
    ],
    warnings,
    derivation: run2.derivation
  };
}
var ONETRAINER_MODEL_TYPES = {
  sd15: "STABLE_DIFFUSION_15",
  sd2: "STABLE_DIFFUSION_20_BASE",
  sdxl: "STABLE_DIFFUSION_XL_10_BASE"
};
var ONETRAINER_PRECISIONS = {
  fp16: "FLOAT_16",
  bf16: "BFLOAT_16",
  tf32: "TFLOAT_32",
  fp32: "FLOAT_32",
  fp64: "FLOAT_32"
};
function oneTrainerWarmup(updates, gradAccum) {
  const batches = updates * gradAccum;
  return batches === 1 ? 1.5 : batches;
}
function oneTrainerJson(plan, request, options, family) {
  const run2 = trainerRun(plan, request, options);
  const chosen = scheduler(plan, request, ONETRAINER_SCHEDULERS, "CONSTANT");
  const paths = options.paths ?? {};
  const samples = plan.frames * run2.sampleFactor;
  const batchesPerEpoch = Math.floor(samples / request.batchSize);
  const epochs = Math.max(1, Math.round(run2.batches / batchesPerEpoch));
  const batches = epochs * batchesPerEpoch;
  const textEncoderBatches = run2.textEncoderSteps === null ? null : Math.round(request.textEncoderRatio * batches);
  const learningRate = plan.learningRateApplies ? rate(plan.learningRate) : null;
  const textEncoder = {
    train: request.textEncoderRatio > 0,
    learning_rate: learningRate,
    // OneTrainer stops the text encoder after 30 epochs wherever a file is silent.
    stop_training_after: textEncoderBatches ?? 0,
    stop_training_after_unit: textEncoderBatches === null ? "NEVER" : "STEP"
  };
  const concept = (name2, path, balancing, strategy) => ({
    name: name2,
    path: path ? joinPath(path, name2) : "",
    type: "STANDARD",
    enabled: true,
    include_subdirectories: false,
    balancing,
    balancing_strategy: strategy,
    text: { prompt_source: "sample" }
  });
  const config2 = {
    __version: 11,
    training_method: "FINE_TUNE",
    model_type: vPrediction(family, request) ? "STABLE_DIFFUSION_20" : ONETRAINER_MODEL_TYPES[family],
    base_model_name: paths.model,
    output_model_destination: paths.outputDir ? joinPath(paths.outputDir, "dreambooth.safetensors") : void 0,
    output_model_format: "SAFETENSORS",
    epochs,
    batch_size: request.batchSize,
    gradient_accumulation_steps: request.gradAccum,
    learning_rate_scheduler: chosen.name,
    learning_rate_warmup_steps: oneTrainerWarmup(run2.warmupSteps, request.gradAccum),
    // Its scaler multiplies the rate by √(batch · accumulation) (NamedParameterGroup); the plan's is the rate.
    learning_rate_scaler: "NONE",
    ...learningRate === null ? {} : { learning_rate: learningRate },
    resolution: String(side(request)),
    train_dtype: ONETRAINER_PRECISIONS[request.precision],
    unet: { train: true, learning_rate: learningRate },
    text_encoder: textEncoder,
    ...family === "sdxl" ? { text_encoder_2: textEncoder } : {},
    // OneTrainer's step is a batch (GenericTrainer), not an optimizer update.
    save_every: run2.saveEveryBatches ?? 0,
    save_every_unit: run2.saveEveryBatches ? "STEP" : "NEVER"
  };
  const concepts = [
    ...run2.instanceFolders.map((folder) => concept(folder, paths.trainDataDir, 1, "REPEATS")),
    ...request.prior ? [concept(run2.regFolder, paths.regDataDir, plan.frames, "SAMPLES")] : []
  ];
  const name = options.fileName ?? "onetrainer-dreambooth.json";
  const conceptsName = `${name.replace(/\.json$/i, "")}.concepts.json`;
  const conceptsFile = joinPath(options.folder ?? paths.trainDataDir ?? "", conceptsName);
  const preset = { ...config2, concept_file_name: conceptsFile, concepts };
  return {
    format: "onetrainer-json",
    files: [
      { name, content: `${JSON.stringify(preset, null, 2)}
` },
      { name: conceptsName, content: `${JSON.stringify(concepts, null, 2)}
` }
    ],
    notes: [
      { key: "onetrainer-concepts", name: conceptsName, file: conceptsFile },
      ...folderNotes(run2, plan, request),
      ...[...run2.instanceFolders, ...request.prior ? [run2.regFolder] : []].map(
        (folder) => ({ key: "onetrainer-captions", folder, caption: folder.slice(folder.indexOf("_") + 1) })
      ),
      savesNote(options, run2.saveEveryBatches),
      { key: "start-onetrainer", config: savedAs(options, name) }
    ],
    warnings: [
      ...chosen.warning ? [chosen.warning] : [],
      ...commonWarnings(plan, request, family),
      ...request.resolutions.length > 1 || request.batchSize > 1 ? [{ key: "buckets" }] : []
    ],
    derivation: [
      ...run2.derivation,
      {
        rule: "R16",
        quantity: "epochs",
        text: `epochs(OneTrainer) = round(batches / ⌊samples / BS⌋) = round(${run2.batches} / ⌊${samples} / ${request.batchSize}⌋) = ${epochs} (${batches} batches)`
      }
    ]
  };
}
function exportRefusal(format, plan, request, options) {
  if (plan.errors.length > 0) return { key: "plan-errors" };
  if (request.lora) return { key: "lora" };
  const paths = options.paths ?? {};
  for (const path of EXPORT_PATHS) {
    const value = paths[path];
    if (value !== void 0 && !isAbsolutePath(value)) return { key: "relative-path", path, value };
  }
  const required2 = [...REQUIRED_PATHS[format], ...request.prior ? ["regDataDir"] : []];
  const missing = required2.filter((path) => !paths[path]);
  if (missing.length > 0) return { key: "missing-paths", paths: missing };
  const every = options.saveEvery;
  if (every !== void 0 && !(Number.isInteger(every) && every >= 1)) return { key: "save-every-invalid" };
  const tokens = options.instanceTokens;
  if (tokens && tokens.length !== plan.concepts.length)
    return { key: "token-count", concepts: plan.concepts.length, tokens: tokens.length };
  for (const value of tokens ?? [])
    if (!validToken(value)) return { key: "token-invalid", option: "instanceToken", value };
  if (options.classToken !== void 0 && !validToken(options.classToken))
    return { key: "token-invalid", option: "classToken", value: options.classToken };
  return null;
}
var validToken = (token) => token.trim() === token && token !== "" && !/[\\/:*?"<>|\n]/.test(token);
function exportPlan(format, plan, request, options = {}) {
  const refusal = exportRefusal(format, plan, request, options);
  if (refusal) return { refusal };
  const family = options.modelFamily ?? "sd15";
  switch (format) {
    case "kohya-json":
      return kohyaJson(plan, request, options, family);
    case "sd-scripts-toml":
      return sdScriptsToml(plan, request, options, family);
    case "onetrainer-json":
      return oneTrainerJson(plan, request, options, family);
  }
}

// src/i18n/en.ts
var EN = {
  list: ", ",
  notices: {
    "standard-frames": "The standard formula is meant for at most 5 frames (you have {frames}); above that the token oversaturates. Use the advanced formula.",
    "standard-lr": "The standard formula is meant for LR 1e-5 (you have {rate}); other rates distort images at high CFG.",
    "strength-range": "Strength {strength} is outside the measured range {min} to {max}; the research has no data there.",
    "concepts-unequal": "Concepts have different frame counts ({concepts}); the research found that unequal counts mix concepts. The rate is computed for the largest ({largest}).",
    "batch-not-divisor": "Batch size {batchSize} does not divide {frames|frame|frames}, so one batch is short and training is uneven. Sizes that divide it: {fitting}.",
    "batch-exceeds-frames": "Batch size {batchSize} is larger than the {frames|frame|frames}; it can be at most {frames}.",
    "grad-accum": "Gradient accumulation {gradAccum} only approximates a larger batch; the research advises 1.",
    "scheduler-unknown": 'The research did not measure the scheduler "{scheduler}"; steps count it as constant (×1). Measured: {measured}.',
    "scheduler-start-factor": "The extension's constant scheduler multiplies the rate by its Starting Factor {factor} for the first {position}% of the run, which the research did not measure; with factor 1 it is the research's constant. Steps count it as constant (×1).",
    "scheduler-ramp-up": "The extension's linear scheduler ramps the rate up from {factor} × LR over the first {position}% of the run, which the research did not measure; steps count it as ×1. The research's linear (×2 steps) is linear_with_warmup.",
    "warmup-share": "The warmup of {warmup|step|steps} is {share}% of the {schedulerSteps} the scheduler counts: the rate climbs from 0 for that long, and the plan under-trains. About {proposal} (5%) keeps the research's numbers.",
    "warmup-ignored": "The {scheduler} scheduler takes no warmup: the {warmup|warmup step|warmup steps} do nothing, and the run starts at the full rate. constant_with_warmup uses them.",
    "full-mixed-precision": "Full Mixed Precision holds the UNet's weights in {precision}, which keeps no update smaller than about {floor}: at LR {rate} most of the training is rounded away. Untick it (weights in fp32) to train at the planned rate.",
    "scheduler-ends-early": "The extension sizes {scheduler} for your instance images but steps it over every training example (class images too) and once more per epoch, so its curve ends with {share}% of the run still to go, trained at almost no rate. The plan is for {proposal}, the research's constant.",
    "scheduler-fails": "{scheduler} refuses a rate at or below its end rate of 1e-7, and the planned rate is {rate}: training would stop with an error. The plan is for {proposal}, the research's constant.",
    "te-ratio-interpolated": "Text encoder ratio {ratio} lies between the research's two measured cases (off, on); its numbers are interpolated.",
    "precision-range": "LR {rate} is below the smallest value {precision} holds. The research believed such a rate is lost, but it measured none: under mixed precision the trainers keep the weights in fp32 and apply it. It is lost only where the weights themselves are 16-bit (Full Mixed Precision, full_fp16).",
    "precision-rounding": "{precision} rounds rates below {threshold} (per the research), and {rate} is below that: fine details may be lost.",
    "scale-lr": "Scale Learning Rate is on: the trainer will use {effective} instead of {rate}. Turn it off to train at the planned rate.",
    "out-of-scope.lora": "LoRA is not what the research measured: its rates are for full fine-tuning and are never written into LoRA fields. Steps are shown for reference.",
    "out-of-scope.optimizer": "The adaptive optimizer {optimizer} sets its own rate (LR ≈ 1); the research's rate does not apply. Steps are shown for reference.",
    "optimizer-unmeasured": "The research measured (8-bit) Adam only. For {optimizer} the rate {rate} is what the formulas give for Adam, not a measured rate: optimizers such as Lion usually want a lower one. Steps still follow the research.",
    "dynamic-batch-size": "The research ran dynamic resolution only at batch size 1; larger batches need unshuffled, resolution-ordered frames.",
    "plan-range.rate-low": "The planned learning rate {rate} is outside {min} to {max}, the range the calculator plans for; fewer frames per concept or a higher strength raise it.",
    "plan-range.rate-high": "The planned learning rate {rate} is outside {min} to {max}, the range the calculator plans for; a lower strength lowers it.",
    "plan-range.zero-steps": "The plan rounds to 0 training steps; a lower learning rate or a higher resolution gives it steps.",
    "plan-range.overflow": "The plan needs {steps|step|steps}, more than a trainer's 32-bit counter holds ({max})."
  },
  problems: {
    empty: "empty",
    "not-a-number": 'not a number, got "{got}"',
    "not-finite": "not a finite number",
    "too-small": "too small (at least {min}), got {got}",
    "too-large": "too large (at most {max}), got {got}",
    "not-whole": "not a whole number, got {got}",
    "not-one-of": 'must be one of {choices}, got "{got}"',
    "not-boolean": "must be true or false",
    "not-text": "must be a name",
    "too-long": "is not a name (over {max|character|characters})",
    "not-list": "must be a list",
    "too-few": "needs at least {min|entry|entries}",
    "too-many": "takes at most {max|entry|entries}",
    "unknown-field": "unknown field {name}",
    "not-object": "must be an object of fields",
    required: "is required (or give frames per concept)",
    "sum-mismatch": "is {frames} but the concepts add up to {sum}",
    "total-frames": "add up to {sum|frame|frames}: at most {max} in total",
    "te-both": "give the text encoder as on/off or as a ratio, not both",
    "resolution-both": "give one resolution or several dynamic ones, not both",
    "strength-and-lr": "give a strength or a fixed learning rate, not both",
    "filewords-lr": "filewords mode always uses 1e-5 (R6); drop it or use the standard formula",
    "unknown-strength": 'unknown strength "{got}"; use a number or one of {names}',
    "extension-only": "belongs to the extension's own schedulers; give {field} extension as well",
    "distinct-resolutions": "needs at least two different resolutions"
  },
  ui: {
    autofill: "Autofill",
    title: "Autofill from the training research",
    region: "Dreambooth Companion autofill",
    close: "Close",
    closeLabel: "Close the autofill panel",
    frames: "Frames of concept {slot}",
    noDirectory: "no concept directory set yet",
    formula: "Formula",
    "mode.advanced": "advanced",
    "mode.standard": "standard",
    "mode.filewords": "filewords",
    strength: "Strength",
    strengthInput: "Strength (name or number)",
    prior: "Prior preservation (class images)",
    summary: "{frames|frame|frames}: LR {rate} · {spf|step|steps} per frame · {steps|step|steps} · {epochs|epoch|epochs} · {classImages|class image|class images} per frame",
    field: "Field",
    now: "Now",
    planned: "Planned",
    rule: "Rule",
    writeRow: "Write {label}",
    rowOfConcept: "{label} · concept {slot}",
    notWritten: "not written",
    unchanged: "unchanged",
    empty: "(empty)",
    on: "on",
    off: "off",
    apply: "Apply",
    applyHint: "Enter applies, Escape closes",
    undo: "Undo",
    fromPage: "From the page ({ui})",
    "generation.current": "current extension UI",
    "generation.dated": "extension UI of {date}",
    "generation.kohya": "kohya_ss GUI",
    issue: "{where}: {what}",
    "note.missing": "{label}: not found on this page; assumed {assumed}",
    "note.empty": "{label}: is empty; assumed {assumed}",
    "note.unusable": '{label}: holds "{shown}", which is not usable; assumed {assumed}',
    "note.ambiguous": "{label}: more than one field matches; not read and never written; assumed {assumed}",
    "assumed.noTextEncoder": "0 (no text encoder)",
    "assumed.unchecked": "nothing (not checked)",
    counted: "Counted on the server: {images|image|images} in {directory}, {captioned} with captions",
    countedAtLeast: "Counted on the server: at least {images|image|images} in {directory} (a large folder: counting stopped early), {captioned} with captions",
    "counts.filewords": "All {images|image|images} of concept {slot} have captions: the filewords formula (R6) may suit them.",
    "counts.unreadable": "Concept {slot}: {folders|subfolder|subfolders} could not be read, so are not counted.",
    "countRefused.login": "Not counted: log in again, or type the Dreambooth API Key.",
    "countRefused.key": "Not counted: type the Dreambooth API Key into its field.",
    "countRefused.loopback": "Not counted: without a WebUI login (--gradio-auth) or Dreambooth API key, only 127.0.0.1 and localhost may count.",
    "counts.small": "Concept {slot}: the smallest image side is {side} px, below the training resolution of {resolution} px; the trainer scales such images up.",
    "counts.classImages": "Concept {slot}: {existing|class image|class images} are already in its class folder; the trainer generates the other {missing} of {needed}.",
    enterFrames: "enter how many images the concept has",
    "curve.title": "Learning rate over the run (R9)",
    "curve.planned": "{scheduler}: what the trainer runs",
    "curve.asSet": "{scheduler} as set",
    "curve.research": "the research's constant plan",
    "curve.steps": "steps",
    "curve.epochs": "epochs",
    "curve.none": "No curve to show: the trainer has no scheduler {scheduler}.",
    batches: "Batch sizes that divide your frames (R7)",
    batchSize: "Batch size",
    steps: "Steps",
    epochs: "Epochs",
    use: "Use",
    inUse: "In use",
    noFit: "Does not fit",
    "fit.range": "{value} does not fit the field's range {min} to {max}.",
    "fit.notFinite": "{value} is not a finite number.",
    "fit.negative": "{value} is negative.",
    "fit.labelled": "{label} {reason}",
    "fit.alternatives": "To fit: {list}.",
    "fit.none": "No single change of scheduler, text encoder or resolution brings it into range.",
    "change.scheduler": "the {scheduler} scheduler gives {value}",
    "change.textEncoder": "training the text encoder gives {value}",
    "change.resolution": "{resolution} px gives {value}",
    "change.rate": "LR {rate} gives {value}",
    "why.batchAdopted": "chosen from the batch-size options (divides {frames|frame|frames})",
    "why.sameRate": "the research trained the text encoder with the same rate",
    "why.startFactor": "makes the extension's constant scheduler the research's constant",
    "why.weightsInFp32": "weights kept in fp32 keep updates of the planned rate",
    "why.schedulerSwitch": "the research's constant: the epochs are planned for it",
    "why.optimizerUnmeasured": "computed for Adam, not measured for {optimizer}",
    // The kohya_ss GUI's rows and notes: evidence beside the kohya* tooltips (en-tooltips.ts) and in
    // docs/formulas.md, "Autofill on the kohya_ss GUI" and R16.
    "why.kohyaMaxEpochs": "above 0 it would override {steps}",
    "why.kohyaEpoch": "the epochs the run covers: sd-scripts stops at {steps} inside the last one",
    "why.kohyaWarmup": "keeps your warmup at {share}% of the run, in its steps",
    "why.kohyaNoWarmup": "sd-scripts refuses any warmup with constant",
    // Evidence: kohya_gui/class_basic_training.py:117-121 ("Save every N epochs", default 1),
    // class_advanced_training.py:181-183; sd-scripts library/train_util.py:5863-5867, train_db.py:426;
    // a full checkpoint ≈ 2 GB for SD 1.x/2.x fp16, ≈ 7 GB for SDXL (CHECKPOINT_GB).
    "why.kohyaSaveFinalOnly": "the final model only",
    "why.kohyaSaveFinal": "the final model only; as set, sd-scripts would also write {checkpoints|checkpoint|checkpoints} before it, about {gigabytes} GB",
    "why.kohyaStopRemoved": "a stop of the text encoder inside the run crashes sd-scripts' train_db.py at that step (kohya_ss #2695): removed, the rest kept",
    "why.kohyaTextEncoderOff": "the text encoder is not trained",
    "why.kohyaTextEncoderRateZero": "the text encoder is not trained: it stays in at rate 0, since -1 crashes sd-scripts with an 8-bit optimizer",
    "status.entry": "{label} {from} → {to}",
    "status.wrote": "Wrote {list}. Click {save} to keep them.",
    "status.wroteLive": "Wrote {list}. The GUI takes them when training starts (or when you print its command or save its configuration).",
    "host.kohyaFolders": "The steps assume the image folder holds a folder per concept named {folders}: the number is the repeats (R16), the rest the caption of every image without a .txt caption.",
    "host.kohyaRegFolder": 'The regularisation folder must hold {images|class image|class images} in the folder "{folder}" (its name is their caption).',
    "host.kohyaNoRegFolder": "Class images are on, but the regularisation folder is empty: sd-scripts would train without them. Set the folder, or untick class images.",
    "host.kohyaRegUnused": "A regularisation folder is set ({directory}): sd-scripts pairs every image with a class image from it (R16). Tick class images so the plan counts them, or clear the folder.",
    "host.kohyaDatasetConfig": "A dataset config file is set ({file}): sd-scripts takes folders and repeats from it, not from the folder names the plan assumes.",
    "host.kohyaSdxl": "The research measured SD 1.x/2.x: for SDXL these are the same formulas, untested there (both text encoders get the planned rate).",
    "host.kohyaTextEncoderSnapped": "sd-scripts cannot stop the text encoder partway: train_db.py crashes at the stop (kohya_ss #2695), sdxl_train.py has none. The GUI's settings stop it after {share} of the run; the plan is for a ratio of {used} (1: all run, 0: not at all), the nearer that the research measured.",
    "host.kohyaSchedulerSubstituted": 'sd-scripts has no "{scheduler}" as the plan counts it: {used} is written, which the steps were planned for (×1).',
    "status.nothing": "Nothing to write: the form already holds the planned values.",
    "status.failed": "Not written: {list}.",
    "status.stale": "The form changed since the preview. Check the updated preview, then Apply again.",
    "status.kept": "Kept your {list} (changed since Apply).",
    "status.restored": "Restored {list}.",
    "status.dropped": "The remembered frames of concept {slot} were dropped ({problem}).",
    "tip.enterFrames": "Enter your frames in Autofill to see the numbers for your dataset.",
    "tip.extensionHint": "Extension hint: {hint}",
    "tip.research": "Research: {section}"
  },
  live: {
    yourFrames: "your {frames|frame|frames}",
    largestConcept: "your largest concept's {largest|frame|frames} ({frames} in all)",
    rateNotPlanned: "Not planned for {who}: LoRA or an adaptive optimizer is on, and the research's rate does not apply.",
    rateOfMode: "With {who} ({mode} formula): LR {rate}.",
    rate: "With {who} at strength {strength}: LR {rate}. Twice the frames would halve it; twice the strength would make it {harder}.",
    rateUnmeasured: "That is Adam's rate; the research did not measure {optimizer}.",
    epochs: "With {who}: {epochs|epoch|epochs} ({steps|step|steps} at batch size {batchSize}).",
    maxTrainSteps: "With {who}: {steps|step|steps} at batch size {batchSize}.",
    saveFrequency: "Your plan trains {epochs|epoch|epochs} ({steps|step|steps}); a save near the end and a few previews are enough to check it.",
    batchSizes: "Steps for {who}: {list}. Larger batches take fewer steps but more epochs: each frame is seen more often.",
    batchOption: "batch {batchSize} → {steps} ({epochs|epoch|epochs})",
    gradAccumOne: "With {who}: {steps|step|steps} at 1, as the research advises; {two} at 2.",
    gradAccum: "With {who}: {steps|step|steps} at {gradAccum}; {single} at 1, as the research advises.",
    textEncoder: "With {who}: {on|step|steps} with the text encoder, {off} without (now {steps}).",
    resolution: "At {resolution} px: {spf|step|steps} per frame, {steps|step|steps} for {who}; at {other} px: {otherSpf} and {otherSteps}.",
    classImagesPerInstance: "For {who}: {perFrame|class image|class images} per image, {total} in total.",
    classImagesTotal: "Your concepts: {list}.",
    conceptClassImages: "{frames|frame|frames} → {classImages|class image|class images}",
    scheduler: "{scheduler}: {steps|step|steps} for {who}; {constant}: {constantSteps}.",
    schedulerConstant: "{scheduler}: {steps|step|steps} for {who}.",
    warmupFine: "Your warmup is within a tenth of the {steps} steps the scheduler counts for {who}, or unused by {scheduler}.",
    startFactorUnused: "{scheduler} does not use it.",
    startFactorFull: "At {factor}, {scheduler} trains at the full rate all along: the research's constant.",
    precision: "{notice}",
    precisionExact: "Your LR {rate} is held exactly in {precision}.",
    scaleLrOn: "On: the trainer would use {scaled} instead of {rate}.",
    scaleLrOff: "If on: the trainer would use {scaled} instead of {rate}.",
    scaleLrNoChange: "Changes nothing at batch size 1, gradient accumulation 1 and one GPU: the trainer uses {rate} either way.",
    loraOn: "On: Autofill leaves every learning rate alone and plans steps only.",
    loraOff: "Off: Autofill plans the full fine-tuning rate {rate}.",
    loraOffAdaptive: "Off: the full fine-tuning plan applies, without a rate: {optimizer} picks its own.",
    optimizerAdaptive: "{optimizer} is adaptive: Autofill does not write a rate.",
    optimizerUnmeasured: "{optimizer} was not measured by the research: {rate} is the rate for Adam, offered unticked.",
    optimizerMeasured: "{optimizer} is what the research measured: the planned rate {rate} applies.",
    thisOptimizer: "This optimizer",
    kohyaSteps: "With {who}: Max train steps {steps}, the research's {planSteps|step|steps} at batch size {batchSize} counted as sd-scripts' optimizer steps (gradient accumulation {gradAccum}).",
    kohyaStepsPrior: "With {who}: Max train steps {steps}: the research's {planSteps|step|steps} at batch size {batchSize}, two samples each with class images (R16), counted as sd-scripts' optimizer steps (gradient accumulation {gradAccum}).",
    kohyaEpoch: "With {who}: {epochs|epoch|epochs}; sd-scripts stops at step {steps} inside the last one.",
    kohyaFolders: "For {who}: name the concept's folder {folders}.",
    kohyaRegImages: 'For {who}: {images|class image|class images} ({perFrame} per image) in the folder "{folder}".',
    kohyaRegImagesOff: 'Class images are off. With them, {who} would need {images|class image|class images} ({perFrame} per image) in "{folder}", and Max train steps {steps}.',
    kohyaScheduler: "{scheduler}: Max train steps {steps} for {who}; constant: {constantSteps}.",
    kohyaSchedulerConstant: "{scheduler}: Max train steps {steps} for {who}.",
    kohyaWarmup: "Your warmup: {warmup|step|steps} of the {steps}, within a tenth of the run.",
    kohyaResolution: "At {resolution} px: Max train steps {steps} for {who}; at {other} px: {otherSteps}.",
    kohyaTextEncoder: "With {who}: Max train steps {on} with the text encoder all run, {off} without (now {steps}).",
    kohyaGradAccum: "With {who}: Max train steps {steps} at {gradAccum}; {single} at 1, as the research advises."
  }
};

// src/i18n/en-pages.ts
var EN_PAGES = {
  // What these say each trainer does is sourced (file and line of its code) in docs/formulas.md, R16
  // and "Exports"; test/python/test_trainer_exports.py runs that code on the files.
  exports: {
    "instance-folders": "Inside the training folder (train_data_dir), name the image folders {folders}: the number is the repeats the plan counts, the rest the caption of every image without a .txt caption.",
    "reg-folder": 'Inside the regularisation folder (reg_data_dir), put the {images|class image|class images} in the folder "{folder}" (its name is their caption).',
    "kohya-gui-paths": "The file leaves the model, output and image folders as the GUI has them: set them on the Folders and Model pages; the GUI checks them before it starts.",
    "saves-final": "Saves the final model only (no checkpoint every epoch or every N steps).",
    "saves-every": "Saves a checkpoint every {every|step|steps} of the plan ({trainerEvery} in this trainer's count) and the final model.",
    "onetrainer-captions": `OneTrainer reads each image's caption from the .txt beside it: in "{folder}", write "{caption}" into them (a .txt per image).`,
    "onetrainer-concepts": "The concepts are also in {name}, the preset's concept file {file}: OneTrainer's UI loads them from there (save it there), scripts/train.py from the preset itself.",
    "start-sd-scripts": "Start it in the sd-scripts folder: accelerate launch {script} --config_file {config}",
    "start-onetrainer": "Start it in the OneTrainer folder: python scripts/train.py --config-path {config}",
    "start-kohya-gui": 'In the kohya_ss GUI: Dreambooth tab, Configuration, put {config} in "Load/Save Config file" and load it, then Start training (or Print training command).',
    "scheduler-substituted": 'The trainer has no "{scheduler}" as the plan counts it; the file uses {used}, which the steps were planned for (×1).',
    "family-unmeasured": "The research measured SD 1.x/2.x: for SDXL these are the same formulas, untested there (both text encoders get the planned rate).",
    "sd2-v-prediction": "SD 2.x: the file is for the {model} model, as its resolution says (768 px: 768-v, v-prediction; 512 px: base); change it if yours is the other.",
    "te-share-snapped": "sd-scripts cannot stop the text encoder partway: train_db.py crashes at the stop (kohya_ss #2695), sdxl_train.py has none. The file is planned for a text encoder ratio of {used} (1: all run, 0: not at all), the nearer that the research measured, instead of {share}; OneTrainer stops it where asked.",
    "dynamic-resolution": "The trainer trains at one resolution: the file uses the largest, {resolution} px; the plan's extra copies per resolution (R12) are not made there.",
    "scale-lr-unscaled": "The file carries the planned rate {rate} unscaled, as the trainer should use it: sd-scripts and the kohya_ss GUI do not scale rates, and OneTrainer's Learning Rate Scaler is set to NONE.",
    buckets: "OneTrainer drops each epoch's incomplete batch per aspect-ratio bucket: with images of several aspect ratios the run is a little shorter than counted.",
    "extension-schedulers": `The steps were planned for the Dreambooth extension's own {scheduler} curve; this trainer's runs the length of the run, as the research's did: plan with --schedulers research (the planner: "the research's") for its file.`,
    "no-rate": "No learning rate in the file: an adaptive optimizer is not what the research measured."
  },
  refusals: {
    "plan-errors": "the plan has errors; fix them first.",
    lora: "the research measured full fine-tuning and has no LoRA numbers: the files would train a LoRA at rates nobody measured.",
    "missing-paths": "needs {paths}: without them the trainer would start on its own defaults (and fail at the end, or train the wrong model).",
    "relative-path": '{path} must be a full path (not "{value}"): the trainer resolves it from wherever it is started.',
    "token-count": "give one instance token per concept: {concepts|concept|concepts}, {tokens|token|tokens}.",
    "save-every-invalid": "a checkpoint every N steps needs a whole number of steps, at least 1.",
    "token-invalid": '{option} "{value}" cannot be part of a folder name.'
  },
  paths: {
    model: "the model",
    outputDir: "the output folder",
    trainDataDir: "the training image folder",
    regDataDir: "the regularisation folder",
    instanceToken: "the instance token",
    classToken: "the class token"
  },
  planner: {
    title: "Dreambooth Companion: training planner",
    intro: "The research's numbers for your dataset, for any trainer: fill in what you know, read the plan and how each number was found, and download it as a file your trainer loads.",
    language: "Language",
    languageAuto: "Automatic (the browser's)",
    frames: "Frames (instance images)",
    framesHint: "one number, or one per concept: 12, 8",
    formula: "Formula",
    strength: "Strength (name or number)",
    learningRate: "Fixed learning rate (optional)",
    textEncoder: "Text encoder ratio (0 = off, 1 = on)",
    resolution: "Resolution (px)",
    dynamicResolutions: "Dynamic resolutions (optional: 512, 768)",
    batchSize: "Batch size",
    gradAccum: "Gradient accumulation",
    scheduler: "Scheduler",
    schedulers: "Scheduler names are",
    "schedulers.research": "the research's (Dreambooth extension until Jan 2023, kohya, diffusers)",
    "schedulers.extension": "the Dreambooth extension's own (since Jan 2023)",
    startFactor: "Starting factor (extension constant/linear)",
    warmupSteps: "Warmup steps (optional)",
    precision: "Mixed precision",
    scaleLr: "Scale learning rate",
    gpus: "GPUs",
    lora: "LoRA",
    optimizer: "Optimizer (optional)",
    prior: "Prior preservation (class / regularisation images)",
    modelFamily: "Base model family (for the files)",
    model: "Base model (full path, for the files)",
    outputDir: "Output folder (full path)",
    trainDataDir: "Training image folder (full path)",
    regDataDir: "Regularisation folder (full path)",
    instanceToken: "Instance token(s), one per concept (default sks)",
    classToken: "Class word (default person)",
    saveEvery: "Checkpoint every N steps (optional; default: the final model only)",
    plan: "The plan",
    "value.learningRate": "Learning rate",
    "value.strength": "Strength F",
    "value.stepsPerFrame": "Steps per frame",
    "value.maxTrainSteps": "Training steps",
    "value.epochs": "Epochs",
    "value.classImagesPerInstance": "Class images per image",
    "value.classImages": "Class images in total",
    derivation: "How each number was found",
    notices: "Warnings",
    chart: "Steps and epochs per batch size that divides your frames (R7)",
    chartSteps: "steps",
    chartEpochs: "epochs",
    downloads: "Files for your trainer",
    download: "Download {name}",
    "format.kohya-json": "kohya_ss GUI (Load config)",
    "format.sd-scripts-toml": "sd-scripts (--config_file)",
    "format.onetrainer-json": "OneTrainer preset",
    noPlan: "Fix the fields marked above to see the plan."
  },
  options: {
    title: "Dreambooth Companion: where it runs",
    intro: "The companion runs on the WebUI's usual addresses. Add another one (a remote host, a share link) and the browser asks you to allow it for that host only.",
    runsOn: "Runs on",
    address: "WebUI address",
    add: "Add",
    remove: "Remove",
    builtIn: "{pattern} (built in)",
    added: "Added {pattern}: reload the WebUI tab there.",
    removed: "Removed {pattern}.",
    denied: "Not added: the browser did not allow {pattern}.",
    failed: "Not added: {error}",
    language: "Language",
    languageAuto: "Automatic (the WebUI's, else the browser's)",
    languageSaved: "Saved: reload the WebUI tab to see it.",
    "address.empty": "Address: enter the WebUI address, e.g. http://192.168.1.5:7860",
    "address.wildcard": "Address: give one concrete host such as 192.168.1.5:7860; wildcards (*) are not accepted",
    "address.notAddress": 'Address: "{text}" is not a web address',
    "address.scheme": "Address: only http and https addresses can be added (got {scheme})",
    "address.noHost": 'Address: "{text}" has no host',
    "address.credentials": "Address: leave out the user name and password",
    "address.listed": "Address: {pattern} is already in the list"
  }
};

// src/i18n/index.ts
function fill(catalog, template, params = {}) {
  return template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g,
    (whole, name, one, other) => {
      const value = params[name];
      if (value === void 0) return whole;
      if (Array.isArray(value))
        return value.map((entry) => typeof entry === "number" ? formatNumber(entry) : entry).join(catalog.list);
      const shown2 = typeof value === "number" ? formatNumber(value) : value;
      return one === void 0 ? shown2 : `${shown2} ${value === 1 ? one : other}`;
    }
  );
}
function noticeKey(notice2) {
  switch (notice2.code) {
    case "out-of-scope":
      return notice2.params.lora ? "out-of-scope.lora" : "out-of-scope.optimizer";
    case "plan-range":
      if (notice2.params.kind === "rate") return notice2.params.tooLow ? "plan-range.rate-low" : "plan-range.rate-high";
      return notice2.params.kind === "zero-steps" ? "plan-range.zero-steps" : "plan-range.overflow";
    default:
      return notice2.code;
  }
}
function noticeText(catalog, notice2) {
  return fill(catalog, catalog.notices[noticeKey(notice2)], notice2.params);
}
function problemText(catalog, problem2, fieldName) {
  const params = problem2.params;
  const field = params.field;
  return fill(
    catalog,
    catalog.problems[problem2.key],
    typeof field === "string" && fieldName ? { ...params, field: fieldName(field) } : params
  );
}
function exportText(catalog, pages, item) {
  const { key, ...params } = item;
  return fill(catalog, pages.exports[key], params);
}
function refusalText(catalog, pages, refusal, optionName = (option) => pages.paths[option]) {
  const params = {};
  for (const [name, value] of Object.entries(refusal)) if (name !== "key") params[name] = value;
  if (refusal.key === "missing-paths") params.paths = refusal.paths.map(optionName);
  if (refusal.key === "relative-path") params.path = optionName(refusal.path);
  if (refusal.key === "token-invalid") params.option = optionName(refusal.option);
  return fill(catalog, pages.refusals[refusal.key], params);
}

// src/cli/arguments.ts
var OPTIONS = [
  {
    flag: "frames",
    field: "frames",
    value: "N",
    help: "instance images (total)",
    defaultText: "required unless --concepts",
    parse: "number",
    bounds: BOUNDS.frames
  },
  {
    flag: "concepts",
    field: "concepts",
    value: "A,B,…",
    help: "frames per concept (R5)",
    defaultText: "—",
    parse: "list",
    bounds: BOUNDS.frames
  },
  {
    flag: "formula",
    field: "mode",
    value: "advanced|standard|filewords",
    help: "formula (R3, R4, R6)",
    defaultText: "advanced",
    parse: "text"
  },
  {
    flag: "strength",
    field: "strength",
    value: "NAME|NUMBER",
    help: `training strength F (R4): ${Object.keys(STRENGTHS).join(", ")}`,
    defaultText: "medium",
    parse: "text",
    bounds: BOUNDS.strength
  },
  {
    flag: "lr",
    field: "learningRate",
    value: "X",
    help: "fixed learning rate (R3, or implied strength in R4)",
    defaultText: "—",
    parse: "number",
    bounds: BOUNDS.learningRate
  },
  { flag: "te", field: "textEncoder", help: "train the text encoder (R1)", defaultText: "off", parse: "flag" },
  {
    flag: "te-ratio",
    field: "textEncoderRatio",
    value: "R",
    help: "text encoder step ratio r (R1)",
    defaultText: "0",
    parse: "number",
    bounds: BOUNDS.textEncoderRatio
  },
  {
    flag: "resolution",
    field: "resolution",
    value: "RES",
    help: "training resolution in px (R2)",
    defaultText: "512",
    parse: "number",
    bounds: BOUNDS.resolution
  },
  {
    flag: "dynamic-resolutions",
    field: "dynamicResolutions",
    value: "A,B,…",
    help: "several training resolutions (R12)",
    defaultText: "—",
    parse: "list",
    bounds: BOUNDS.resolution
  },
  {
    flag: "batch-size",
    field: "batchSize",
    value: "BS",
    help: "batch size (R7)",
    defaultText: "1",
    parse: "number",
    bounds: BOUNDS.batchSize
  },
  {
    flag: "grad-accum",
    field: "gradAccum",
    value: "GA",
    help: "gradient accumulation steps (R8)",
    defaultText: "1",
    parse: "number",
    bounds: BOUNDS.gradAccum
  },
  {
    flag: "scheduler",
    field: "scheduler",
    value: "NAME",
    help: "learning rate scheduler (R9)",
    defaultText: "constant",
    parse: "text"
  },
  {
    flag: "schedulers",
    field: "schedulers",
    value: "research|extension",
    help: "whose schedulers the names mean: the research's (the extension before Jan 2023) or the extension's own since (R9)",
    defaultText: "research",
    parse: "text"
  },
  {
    flag: "start-factor",
    field: "startFactor",
    value: "F",
    help: "the extension's Constant/Linear Starting Factor (R9, --schedulers extension)",
    defaultText: "0.5",
    parse: "number",
    bounds: BOUNDS.startFactor
  },
  {
    flag: "scale-position",
    field: "scalePosition",
    value: "P",
    help: "the extension's Scale Position (R9, --schedulers extension)",
    defaultText: "0.5",
    parse: "number",
    bounds: BOUNDS.scalePosition
  },
  {
    flag: "cycles",
    field: "cycles",
    value: "N",
    help: "the extension's Number of Hard Resets: cosine's waves, cosine_with_restarts' cycles (R9)",
    defaultText: "1",
    parse: "number",
    bounds: BOUNDS.cycles
  },
  {
    flag: "power",
    field: "power",
    value: "P",
    help: "the extension's Polynomial Power (R9)",
    defaultText: "1",
    parse: "number",
    bounds: BOUNDS.power
  },
  {
    flag: "min-lr",
    field: "minLearningRate",
    value: "X",
    help: "the extension's Min Learning Rate: the floor of cosine_annealing (R9, the curve only)",
    defaultText: "1e-6",
    parse: "number",
    bounds: BOUNDS.minLearningRate
  },
  {
    flag: "warmup-steps",
    field: "warmupSteps",
    value: "N",
    help: "learning rate warmup steps, checked against the plan (R9)",
    defaultText: "—",
    parse: "number",
    bounds: BOUNDS.warmupSteps
  },
  {
    flag: "precision",
    field: "precision",
    value: "fp16|bf16|tf32|fp32|fp64",
    help: "number format (R13)",
    defaultText: "fp32",
    parse: "text"
  },
  {
    flag: "full-mixed-precision",
    field: "fullMixedPrecision",
    help: "the extension's Full Mixed Precision: UNet weights held in the --precision type (R13)",
    defaultText: "off",
    parse: "flag"
  },
  {
    flag: "scale-lr",
    field: "scaleLr",
    help: "the trainer scales LR by GA · BS · GPUs (R14)",
    defaultText: "off",
    parse: "flag"
  },
  {
    flag: "gpus",
    field: "gpus",
    value: "N",
    help: "GPUs, for --scale-lr (R14)",
    defaultText: "1",
    parse: "number",
    bounds: BOUNDS.gpus
  },
  {
    flag: "lora",
    field: "lora",
    help: "LoRA training: out of the research's scope (R15)",
    defaultText: "off",
    parse: "flag"
  },
  {
    flag: "optimizer",
    field: "optimizer",
    value: "NAME",
    help: "optimizer; adaptive ones are out of scope (R15)",
    defaultText: "—",
    parse: "text"
  }
];
var flagOf = (field) => {
  const option = OPTIONS.find((candidate) => candidate.field === field);
  return option ? `--${option.flag}` : field ?? "";
};
var OUTPUT_OPTIONS = [
  {
    flag: "export",
    value: "FORMAT",
    help: `write the plan as a trainer's files: ${EXPORT_FORMATS.join(", ")} (kohya_ss GUI, sd-scripts, OneTrainer)`
  },
  { flag: "out", value: "FILE", help: "with --export: the file to write (default: print it)" },
  {
    flag: "model-family",
    value: "FAMILY",
    help: `with --export: the base model's family, ${MODEL_FAMILIES.join(", ")} (default sd15; the research measured SD 1.x/2.x)`
  },
  { flag: "model", value: "PATH", help: "with --export: the base model (file or folder)" },
  { flag: "output-dir", value: "DIR", help: "with --export: where the trainer saves the trained model" },
  {
    flag: "train-data-dir",
    value: "DIR",
    help: 'with --export: the folder holding one "<repeats>_<token> <class>" folder per concept'
  },
  { flag: "reg-data-dir", value: "DIR", help: "with --export --prior: the folder holding the class images' folder" },
  {
    flag: "instance-token",
    value: "WORD[,WORD…]",
    help: "with --export: each concept's token, in the folder names and captions (default sks, sks2, …)"
  },
  { flag: "class-token", value: "WORD", help: "with --export: the class word (default person)" },
  {
    flag: "save-every",
    value: "STEPS",
    help: "with --export: a checkpoint every STEPS of the plan's steps besides the final model (default: final only)"
  },
  {
    flag: "prior",
    help: "prior preservation: class images in the run (R9); with --export, in a regularisation folder (R16)"
  },
  {
    flag: "lr-curve",
    help: "print the run's learning-rate curve, batch by batch, beside the research's, as JSON (R9)"
  }
];
function readArguments(argv) {
  const json = argv.includes("--json");
  const fail2 = (message) => ({ ok: false, json, message });
  const input = {};
  const seen = /* @__PURE__ */ new Set();
  let help = false;
  let version2 = false;
  const output = { lrCurve: false, paths: {} };
  for (let position = 0; position < argv.length; position++) {
    const token = argv[position];
    if (token === "-h") {
      help = true;
      continue;
    }
    if (!token.startsWith("--")) return fail2(`unexpected argument ${quote(token)}: options start with --`);
    const equals = token.indexOf("=");
    const name = equals === -1 ? token.slice(2) : token.slice(2, equals);
    const inline = equals === -1 ? void 0 : token.slice(equals + 1);
    if (!/^[a-z][a-z-]*$/.test(name)) return fail2(`unknown option ${quote(`--${name}`)} (see --help)`);
    if (seen.has(name)) return fail2(`--${name}: given more than once`);
    seen.add(name);
    if (name === "json" || name === "help" || name === "version") {
      if (inline !== void 0) return fail2(`--${name} takes no value`);
      help ||= name === "help";
      version2 ||= name === "version";
      continue;
    }
    if (name === "prior") {
      if (inline !== void 0) return fail2("--prior takes no value");
      input.prior = true;
      continue;
    }
    if (name === "lr-curve") {
      if (inline !== void 0) return fail2("--lr-curve takes no value");
      output.lrCurve = true;
      continue;
    }
    if (name === "export" || name === "out") {
      const raw2 = inline ?? argv[++position];
      if (raw2 === void 0 || raw2.trim() === "") return fail2(`--${name}: needs a value`);
      if (name === "out") output.out = raw2;
      else if (EXPORT_FORMATS.includes(raw2)) output.exportFormat = raw2;
      else return fail2(`--export: must be one of ${EXPORT_FORMATS.join(", ")}, got ${quote(raw2)}`);
      continue;
    }
    if (Object.hasOwn(EXPORT_VALUE_OPTIONS, name)) {
      const raw2 = inline ?? argv[++position];
      if (raw2 === void 0 || raw2.trim() === "") return fail2(`--${name}: needs a value`);
      const problem2 = EXPORT_VALUE_OPTIONS[name](output, raw2);
      if (problem2) return fail2(`--${name}: ${problem2}`);
      continue;
    }
    const option = OPTIONS.find((candidate) => candidate.flag === name);
    if (!option) return fail2(`unknown option --${name} (see --help)`);
    if (option.parse === "flag") {
      if (inline !== void 0) return fail2(`--${name} takes no value`);
      input[option.field] = true;
      continue;
    }
    const raw = inline ?? argv[++position];
    if (raw === void 0) return fail2(`--${name}: needs a value (${option.value})`);
    input[option.field] = valueOf(option, raw);
  }
  const exportOnly = ["out", ...Object.keys(EXPORT_VALUE_OPTIONS)].find((flag) => seen.has(flag));
  if (exportOnly && !output.exportFormat) return fail2(`--${exportOnly}: goes with --export`);
  if (output.exportFormat && json) return fail2("--export: prints files, not JSON; leave out --json");
  if (output.exportFormat && output.lrCurve) return fail2("--lr-curve: prints the curve, not files; leave out --export");
  return { ok: true, input, json, help, version: version2, output };
}
var EXPORT_FLAGS = {
  model: "model",
  outputDir: "output-dir",
  trainDataDir: "train-data-dir",
  regDataDir: "reg-data-dir",
  instanceToken: "instance-token",
  classToken: "class-token"
};
var EXPORT_VALUE_OPTIONS = {
  "model-family": (output, raw) => {
    if (!MODEL_FAMILIES.includes(raw))
      return `must be one of ${MODEL_FAMILIES.join(", ")}, got ${quote(raw)}`;
    output.modelFamily = raw;
  },
  ...Object.fromEntries(
    EXPORT_PATHS.map((path) => [
      EXPORT_FLAGS[path],
      (output, raw) => void (output.paths[path] = raw)
    ])
  ),
  [EXPORT_FLAGS.instanceToken]: (output, raw) => void (output.instanceTokens = raw.split(",").map((token) => token.trim())),
  [EXPORT_FLAGS.classToken]: (output, raw) => void (output.classToken = raw.trim()),
  "save-every": (output, raw) => {
    const steps = numberFromText(raw);
    if (typeof steps !== "number" || !Number.isInteger(steps) || steps < 1)
      return `must be a whole number of steps, at least 1, got ${quote(raw)}`;
    output.saveEvery = steps;
  }
};
function quote(token) {
  if (/nan|infinity/i.test(token)) return "with a non-finite value";
  return JSON.stringify(token.length > 40 ? `${token.slice(0, 40)}…` : token);
}
function valueOf(option, raw) {
  switch (option.parse) {
    case "number":
      return numberFromText(raw);
    case "list":
      return raw.split(",").map(numberFromText);
    default:
      return raw.trim();
  }
}

// src/cli/render.ts
var NUMERIC_KEYS = [...PLAN_FIGURES, "effectiveLearningRate"];
var shown = (notices) => notices.map((notice2) => ({ code: notice2.code, message: noticeText(EN, notice2) }));
function planJson(plan) {
  return { ...plan, warnings: shown(plan.warnings), errors: shown(plan.errors) };
}
var curveOf = (curve) => curve && {
  scheduler: curve.scheduler,
  steps: curve.steps,
  epochs: curve.epochs,
  meanShare: curve.meanShare,
  points: curve.points
};
function curveJson(plan, request) {
  const curves = planCurves(request, plan);
  return {
    unit: curves.unit,
    learningRate: plan.effectiveLearningRate,
    planned: curveOf(curves.planned),
    ...curves.asSet === void 0 ? {} : { asSet: curveOf(curves.asSet) },
    research: curves.research,
    warnings: shown(plan.warnings)
  };
}
function failureJson(errors, plan) {
  return {
    ...Object.fromEntries(NUMERIC_KEYS.map((key) => [key, null])),
    warnings: shown(plan?.warnings ?? []),
    errors
  };
}
var count = (value, one, other = `${one}s`) => `${value} ${value === 1 ? one : other}`;
function columns(rows, rightAligned, indent = "  ") {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map(
    (row) => indent + row.map((cell, column) => rightAligned[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])).join("  ").trimEnd()
  );
}
function table(plan, request) {
  const rows = [
    [
      "Learning rate",
      formatNumber(plan.learningRate) + (plan.effectiveLearningRate !== plan.learningRate ? ` (trainer uses ${formatNumber(plan.effectiveLearningRate)})` : "")
    ],
    ["Strength F", formatNumber(plan.strength)],
    ["Steps per frame", formatNumber(plan.stepsPerFrame)],
    ["Max training steps", String(plan.maxTrainSteps)],
    ["Epochs", String(plan.epochs)],
    ["Class images per image", String(plan.classImagesPerInstance)],
    ["Class images in total", String(plan.classImages)]
  ];
  if (plan.concepts.length > 1) {
    plan.concepts.forEach(
      (concept, index) => rows.push([
        `Concept ${index + 1}`,
        `${count(concept.frames, "frame")}, ${count(concept.classImages, "class image")}`
      ])
    );
  }
  if (plan.resolutionCopies.length > 1) {
    rows.push([
      "Copies per resolution",
      request.resolutions.map((res, index) => `${res}px ×${plan.resolutionCopies[index]}`).join(", ")
    ]);
  }
  const lines = [
    `Dreambooth plan: ${count(plan.frames, "frame")}, ${request.mode} formula, batch size ${request.batchSize}`,
    "",
    ...columns(rows, [false, false]),
    "",
    "How each number was found",
    ...columns(
      plan.derivation.map((step) => [step.rule, step.text]),
      [false, false]
    )
  ];
  const options = batchSizeOptions(request);
  if (options.length > 1) {
    lines.push(
      "",
      "Batch sizes that divide the frames (R7)",
      ...columns(
        [
          ["BS", "steps", "epochs"],
          ...options.map((option) => [option.batchSize, option.maxTrainSteps, option.epochs].map(String))
        ],
        [true, true, true]
      )
    );
  }
  if (plan.warnings.length > 0) {
    lines.push("", "Warnings", ...plan.warnings.map((warning) => `  [${warning.code}] ${noticeText(EN, warning)}`));
  }
  return lines.join("\n");
}
function helpText() {
  const rows = [
    ...OPTIONS.map((option) => {
      const range = option.bounds ? `; ${formatNumber(option.bounds.min)} to ${formatNumber(option.bounds.max)}` : "";
      return [
        `--${option.flag}${option.value ? ` ${option.value}` : ""}`,
        `${option.help} (default: ${option.defaultText}${range})`
      ];
    }),
    ...OUTPUT_OPTIONS.map((option) => [`--${option.flag}${"value" in option ? ` ${option.value}` : ""}`, option.help]),
    ["--json", "print one JSON object instead of the table"],
    ["--version", "print the version"],
    ["-h, --help", "show this help"]
  ];
  return [
    "Usage: dreambooth-calc [options] [--json]",
    "",
    "Training numbers for the Dreambooth extension, from the community research (#547).",
    "",
    "Options:",
    ...columns(rows, [false, false]),
    "",
    "Each option may be given once. Bad input exits with status 2 and one line naming the option."
  ].join("\n");
}

// src/cli/run.ts
function run(argv, out, err, write, version2 = "unknown") {
  const read = readArguments(argv);
  if (!read.ok) return fail([{ code: "invalid-input", message: read.message }], read.json, out, err);
  if (read.help) {
    out(helpText());
    return 0;
  }
  if (read.version) {
    out(`dreambooth-calc ${version2}`);
    return 0;
  }
  const json = read.json || read.output.lrCurve;
  const validated = validatePlanInput(read.input);
  if (!validated.ok) {
    const errors = validated.issues.map((issue3) => ({
      code: "invalid-input",
      message: `${flagOf(issue3.field)}${issue3.index === void 0 ? "" : ` (entry ${issue3.index + 1})`}: ${problemText(EN, issue3.problem, flagOf)}`
    }));
    return fail(errors, json, out, err);
  }
  const plan = computePlan(validated.request);
  if (plan.errors.length > 0) {
    const errors = plan.errors.map((notice2) => ({
      code: notice2.code,
      message: `${flagOf(notice2.field)}: ${noticeText(EN, notice2)}`
    }));
    return fail(errors, json, out, err, plan);
  }
  if (read.output.lrCurve) {
    out(JSON.stringify(curveJson(plan, validated.request)));
    return 0;
  }
  if (read.output.exportFormat) return exportFiles(plan, validated.request, read.output, out, err, write);
  out(read.json ? JSON.stringify(planJson(plan)) : table(plan, validated.request));
  return 0;
}
function exportFiles(plan, request, output, out, err, write) {
  if (output.out !== void 0 && !write)
    return fail([{ code: "invalid-input", message: "--out: nothing can be written here" }], false, out, err);
  const format = output.exportFormat;
  const paths = Object.fromEntries(Object.entries(output.paths).map(([name, path]) => [name, resolve(path)]));
  const exported = exportPlan(format, plan, request, {
    paths,
    ...output.out ? { fileName: basename(output.out), folder: resolve(dirname(output.out)) } : {},
    ...output.modelFamily ? { modelFamily: output.modelFamily } : {},
    ...output.instanceTokens ? { instanceTokens: output.instanceTokens } : {},
    ...output.classToken !== void 0 ? { classToken: output.classToken } : {},
    ...output.saveEvery !== void 0 ? { saveEvery: output.saveEvery } : {}
  });
  if ("refusal" in exported) {
    const message = refusalText(EN, EN_PAGES, exported.refusal, (option) => `--${EXPORT_FLAGS[option]}`);
    return fail([{ code: "export-refused", message: `--export ${format}: ${message}` }], false, out, err);
  }
  if (output.out === void 0 && exported.files.length > 1) {
    const names = exported.files.map((file) => file.name).join(" and ");
    return fail(
      [{ code: "invalid-input", message: `--export ${format}: writes ${names}; give --out FILE` }],
      false,
      out,
      err
    );
  }
  if (output.out !== void 0) {
    const folder = output.out.slice(0, output.out.length - basename(output.out).length);
    for (const file of exported.files) {
      const path = `${folder}${file.name}`;
      try {
        write(path, file.content);
      } catch (error) {
        const code = error.code;
        const why = code === "ENOENT" ? "no such folder" : code === "EISDIR" ? "it is a folder" : error.message;
        return fail([{ code: "invalid-input", message: `--out: cannot write ${path}: ${why}` }], false, out, err);
      }
    }
    out(exported.files.map((file) => `wrote ${folder}${file.name}`).join("\n"));
  } else {
    out(exported.files[0].content.trimEnd());
  }
  for (const step of exported.derivation) err(`${step.rule}: ${step.text}`);
  for (const note of exported.notes) err(exportText(EN, EN_PAGES, note));
  for (const warning of exported.warnings) err(`warning [${warning.key}]: ${exportText(EN, EN_PAGES, warning)}`);
  return 0;
}
function fail(errors, json, out, err, plan) {
  if (json) out(JSON.stringify(failureJson(errors, plan)));
  err(`dreambooth-calc: ${errors.map((error) => error.message).join("; ")}`);
  return 2;
}

// src/entries/cli.ts
process.exitCode = run(
  process.argv.slice(2),
  (text) => process.stdout.write(`${text}
`),
  (text) => process.stderr.write(`${text}
`),
  (path, content) => writeFileSync(path, content),
  "0.1.0"
);
