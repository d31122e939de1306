/** The rate every formula of the research is anchored to (spec "Words": BASE_LR). */
export const BASE_LR = 1e-5;

/** The resolution the base steps per frame were measured at (R1, R2). */
export const BASE_RESOLUTION = 512;

/**
 * Plausibility bounds of every input (docs/formulas.md, "Bounds"): wide enough for real datasets
 * (thousands of images, several concepts) and rates (the research covers about 1e-5 … 1e-8), narrow
 * enough that no plan inside them overflows. Outside them a request is refused, naming the bound.
 */
export const BOUNDS = {
  /** Per concept and in total. */
  frames: { min: 1, max: 100_000 },
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
  warmupSteps: { min: 0, max: 1_000_000 },
  /** The extension's Number of Hard Resets (cosine cycles), Polynomial Power and Min Learning Rate. */
  cycles: { min: 1, max: 1000 },
  power: { min: 0, max: 100 },
  minLearningRate: { min: 0, max: 1e-3 },
} as const;

export type Bounds = { readonly min: number; readonly max: number };

/** The most steps or epochs a trainer's 32-bit integer counter holds. */
export const MAX_COUNT = 2 ** 31 - 1;

/** Named training strengths F of R4, weakest first. */
export const STRENGTHS = {
  low_end: 0.2,
  ultra_soft: 0.25,
  very_soft: 0.33,
  soft: 0.5,
  medium: 1,
  hard: 2,
  very_hard: 3,
  ultra_hard: 4,
  high_end: 5,
} as const;

export type StrengthName = keyof typeof STRENGTHS;

export const DEFAULT_STRENGTH: StrengthName = 'medium';

/** The range of F the research measured (R4); outside it a plan warns. */
export const STRENGTH_RANGE = { min: 0.2, max: 5 } as const;

/**
 * The scheduler curves the research measured (R9), by name as the trainer spells them. `research`:
 * diffusers' schedulers, which the extension ran until January 2023 (the research's own).
 * `extension`: the extension's own since then (dreambooth/optimization.py), where the research's
 * linear is called linear_with_warmup and `constant`/`linear` are other curves (schedulerMultiplier
 * in rules.ts).
 */
export const MEASURED_SCHEDULERS = {
  research: ['constant', 'constant_with_warmup', 'linear', 'cosine', 'cosine_with_restarts', 'polynomial'],
  extension: ['constant_with_warmup', 'linear_with_warmup', 'cosine', 'cosine_with_restarts', 'polynomial'],
} as const satisfies Record<string, readonly string[]>;

/**
 * R9: the share of a run that may pass at (almost) no rate after the scheduler's curve has ended
 * before the plan switches to the constant: up to 10 % the area rule makes up for it, as the
 * warmup's share (WARMUP_SHARE) stays within the research's rounding.
 */
export const SCHEDULER_TAIL_LIMIT = 0.1;

/** Which trainer's schedulers a plan is for (R9). */
export const SCHEDULER_FAMILIES = ['research', 'extension'] as const;
export type SchedulerFamily = (typeof SCHEDULER_FAMILIES)[number];

/** The extension's "Constant/Linear Starting Factor" and "Scale Position" defaults (R9, extension). */
export const EXTENSION_SCHEDULER_DEFAULTS = {
  startFactor: 0.5,
  scalePosition: 0.5,
  /** Number of Hard Resets, Polynomial Power and Min Learning Rate (db_config.py:57,66,68). */
  cycles: 1,
  power: 1,
  minLearningRate: 1e-6,
} as const;

/**
 * R9 warmup: a warmup of w steps trains its span at half the rate on average, so it costs about w/2
 * steps of training. Up to 10 % of the run that stays within the research's rounding; above it the
 * plan under-trains, and we propose 5 % (rounded down to the extension's slider step of 5).
 */
export const WARMUP_SHARE = { warnAbove: 0.1, proposed: 0.05, step: 5 } as const;

export const MODES = ['advanced', 'standard', 'filewords'] as const;
export type Mode = (typeof MODES)[number];

export const PRECISIONS = ['fp16', 'bf16', 'tf32', 'fp32', 'fp64'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * R13: the smallest positive value each type holds (an LR below it is lost) and the LR below which
 * the research saw the type start rounding. fp16's floor is its smallest subnormal.
 */
/** The current extension's scheduler that is the research's constant (its default). */
export const EXTENSION_CONSTANT = 'constant_with_warmup';

/** The end rate of polynomial (diffusers' and the extension's), which both require the rate to exceed. */
export const POLYNOMIAL_END_RATE = 1e-7;

/**
 * R13 with Full Mixed Precision: the smallest update that weights held in a 16-bit type keep. Numbers
 * there are spaced 2^-10 (fp16) or 2^-7 (bf16) of their value, so an update under half of that is
 * rounded away; Adam's update is about the rate, and the UNet's weights are typically about 0.05.
 */
export const WEIGHT_UPDATE_FLOOR: Readonly<Partial<Record<Precision, number>>> = {
  fp16: 0.05 * 2 ** -11,
  bf16: 0.05 * 2 ** -8,
};

export const PRECISION_LIMITS: Readonly<Record<Precision, { smallest: number; roundsBelow: number }>> = {
  fp16: { smallest: 5.96e-8, roundsBelow: 1e-3 },
  bf16: { smallest: 1e-38, roundsBelow: 1e-2 },
  tf32: { smallest: 1e-38, roundsBelow: 1e-3 },
  fp32: { smallest: 1e-38, roundsBelow: 1e-6 },
  fp64: { smallest: 2.23e-308, roundsBelow: 1e-15 },
};

/**
 * What each warning and error says, as data: every language renders it from these parameters
 * (src/i18n). Numbers are raw; the text formats them.
 */
export interface NoticeParams {
  'standard-frames': { frames: number };
  'standard-lr': { rate: number };
  'strength-range': { strength: number; min: number; max: number };
  'concepts-unequal': { concepts: number[]; largest: number };
  'batch-not-divisor': { batchSize: number; frames: number; fitting: number[] };
  'batch-exceeds-frames': { batchSize: number; frames: number };
  'grad-accum': { gradAccum: number };
  'scheduler-unknown': { scheduler: string; measured: string[] };
  'scheduler-start-factor': { factor: number; position: number };
  'scheduler-ramp-up': { factor: number; position: number };
  'warmup-share': { warmup: number; share: number; schedulerSteps: number; proposal: number };
  'warmup-ignored': { warmup: number; scheduler: string };
  'scheduler-ends-early': { scheduler: string; proposal: string; share: number };
  'scheduler-fails': { scheduler: string; proposal: string; rate: number };
  'te-ratio-interpolated': { ratio: number };
  'precision-range': { rate: number; precision: Precision };
  'precision-rounding': { rate: number; precision: Precision; threshold: number };
  'full-mixed-precision': { rate: number; precision: Precision; floor: number };
  'scale-lr': { rate: number; effective: number };
  'out-of-scope': { lora: true } | { lora: false; optimizer: string };
  'optimizer-unmeasured': { optimizer: string; rate: number };
  'dynamic-batch-size': Record<string, never>;
  'plan-range':
    | { kind: 'rate'; rate: number; min: number; max: number; tooLow: boolean }
    | { kind: 'zero-steps' }
    | { kind: 'overflow'; steps: number; max: number };
}

/** Stable codes of warnings and errors (spec, "Warning and error codes"). */
export type NoticeCode = keyof NoticeParams;

export type Notice = {
  [C in NoticeCode]: {
    code: C;
    params: NoticeParams[C];
    /** The request field the notice is about, when there is one (the CLI names its flag, the panel its field). */
    field?: string;
  };
}[NoticeCode];
