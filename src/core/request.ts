/**
 * The boundary of the core: a plan request as the CLI, the panel or a script gives it, validated
 * with zod and normalised. Inside the core, a PlanRequest is trusted.
 */
import * as z from 'zod/mini';
import {
  BOUNDS,
  DEFAULT_STRENGTH,
  EXTENSION_SCHEDULER_DEFAULTS,
  MODES,
  PRECISIONS,
  SCHEDULER_FAMILIES,
  STRENGTHS,
  type Bounds,
  type Mode,
  type Precision,
  type SchedulerFamily,
  type StrengthName,
} from './constants.js';

export interface PlanRequest {
  /** Frames per concept; a single-concept request has one entry. */
  concepts: number[];
  mode: Mode;
  /** F of R4 when the user chose a strength (advanced mode without a fixed LR). */
  strength?: number;
  /** A fixed learning rate (R3, or the implied strength of R4). */
  learningRate?: number;
  /** r of R1: 0 = no text encoder, 1 = text encoder trained all along. */
  textEncoderRatio: number;
  /** Training resolutions, ascending; more than one means dynamic resolution (R12). */
  resolutions: number[];
  batchSize: number;
  gradAccum: number;
  scheduler: string;
  /** Whose schedulers the names mean (R9): the research's (diffusers', Dec 2022) or the extension's own. */
  schedulers: SchedulerFamily;
  /** The extension's "Constant/Linear Starting Factor" (R9, extension family; 1 elsewhere). */
  startFactor: number;
  /** The extension's "Scale Position": the share of the run the starting factor lasts. */
  scalePosition: number;
  /** "Learning Rate Warmup Steps", when known. */
  warmupSteps?: number;
  precision: Precision;
  scaleLr: boolean;
  gpus: number;
  lora: boolean;
  optimizer?: string;
}

/** What callers may send: the request before defaults and cross-field checks. */
export interface PlanInput {
  frames?: number;
  concepts?: number[];
  mode?: Mode;
  strength?: string | number;
  learningRate?: number;
  textEncoder?: boolean;
  textEncoderRatio?: number;
  resolution?: number;
  dynamicResolutions?: number[];
  batchSize?: number;
  gradAccum?: number;
  scheduler?: string;
  schedulers?: SchedulerFamily;
  startFactor?: number;
  scalePosition?: number;
  warmupSteps?: number;
  precision?: Precision;
  scaleLr?: boolean;
  gpus?: number;
  lora?: boolean;
  optimizer?: string;
}

export interface InputIssue {
  /** The PlanInput key the issue is about. */
  field: keyof PlanInput;
  /** For list fields (concepts, dynamicResolutions): the 0-based entry. */
  index?: number;
  message: string;
}

export type Validated = { ok: true; request: PlanRequest } | { ok: false; issues: InputIssue[] };

/**
 * Why a value is not a number within its bounds, in the order a person would want to hear it: not a
 * number, not finite, too small, too large, not whole. Null when it is fine.
 */
export function numberProblem(value: unknown, bounds: Bounds, whole: boolean): string | null {
  if (value === '' || (typeof value === 'string' && value.trim() === '')) return 'empty';
  if (typeof value !== 'number') return `not a number, got ${describe(value)}`;
  if (!Number.isFinite(value)) return 'not a finite number';
  if (value < bounds.min) return `too small (at least ${bounds.min}), got ${describe(value)}`;
  if (value > bounds.max) return `too large (at most ${bounds.max}), got ${describe(value)}`;
  if (whole && !Number.isInteger(value)) return `not a whole number, got ${describe(value)}`;
  return null;
}

const bounded = (bounds: Bounds, whole: boolean) =>
  z.custom<number>((value) => numberProblem(value, bounds, whole) === null, {
    error: (issue) => numberProblem(issue.input, bounds, whole) ?? 'is not usable',
  });

const list = (item: z.ZodMiniType, bounds: Bounds, what: string) =>
  z.array(item, { error: 'must be a list' }).check(
    z.minLength(bounds.min, { error: `needs at least ${bounds.min} ${what}` }),
    z.maxLength(bounds.max, { error: `takes at most ${bounds.max} ${what}` }),
  );

const flag = z.boolean({ error: (issue) => `must be true or false, got ${describe(issue.input)}` });

const inputSchema = z.strictObject(
  {
    frames: z.optional(bounded(BOUNDS.frames, true)),
    concepts: z.optional(list(bounded(BOUNDS.frames, true), BOUNDS.concepts, 'concepts')),
    mode: z.optional(z.enum(MODES, { error: (issue) => `must be one of ${MODES.join(', ')}, got ${describe(issue.input)}` })),
    strength: z.optional(
      z.union([z.string(), z.number()], { error: (issue) => `must be a strength name or a number, got ${describe(issue.input)}` }),
    ),
    learningRate: z.optional(bounded(BOUNDS.learningRate, false)),
    textEncoder: z.optional(flag),
    textEncoderRatio: z.optional(bounded(BOUNDS.textEncoderRatio, false)),
    resolution: z.optional(bounded(BOUNDS.resolution, true)),
    dynamicResolutions: z.optional(list(bounded(BOUNDS.resolution, true), BOUNDS.dynamicResolutions, 'resolutions')),
    batchSize: z.optional(bounded(BOUNDS.batchSize, true)),
    gradAccum: z.optional(bounded(BOUNDS.gradAccum, true)),
    scheduler: z.optional(
      z.string({ error: 'must be a scheduler name' }).check(
        z.minLength(1, { error: 'must not be empty' }),
        z.maxLength(100, { error: 'is not a scheduler name (over 100 characters)' }),
      ),
    ),
    schedulers: z.optional(
      z.enum(SCHEDULER_FAMILIES, { error: (issue) => `must be one of ${SCHEDULER_FAMILIES.join(', ')}, got ${describe(issue.input)}` }),
    ),
    startFactor: z.optional(bounded(BOUNDS.startFactor, false)),
    scalePosition: z.optional(bounded(BOUNDS.scalePosition, false)),
    warmupSteps: z.optional(bounded(BOUNDS.warmupSteps, true)),
    precision: z.optional(
      z.enum(PRECISIONS, { error: (issue) => `must be one of ${PRECISIONS.join(', ')}, got ${describe(issue.input)}` }),
    ),
    scaleLr: z.optional(flag),
    gpus: z.optional(bounded(BOUNDS.gpus, true)),
    lora: z.optional(flag),
    optimizer: z.optional(
      z.string({ error: 'must be an optimizer name' }).check(z.maxLength(100, { error: 'is not an optimizer name (over 100 characters)' })),
    ),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys?.join(', ')}` : 'must be an object') },
);

/** Validates and normalises a plan input; every problem is reported with the field it concerns. */
export function validatePlanInput(input: unknown): Validated {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        field: (issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : 'frames')) as keyof PlanInput,
        ...(typeof issue.path[1] === 'number' ? { index: issue.path[1] } : {}),
        message: issue.message,
      })),
    };
  }
  return normalise(parsed.data as PlanInput);
}

function normalise(input: PlanInput): Validated {
  const issues: InputIssue[] = [];
  const mode = input.mode ?? 'advanced';
  const schedulers = input.schedulers ?? 'research';
  // The starting factor and scale position are curves of the extension's own schedulers only.
  if (schedulers === 'research' && (input.startFactor !== undefined || input.scalePosition !== undefined)) {
    issues.push({ field: input.startFactor !== undefined ? 'startFactor' : 'scalePosition', message: "belongs to the extension's own schedulers; give schedulers: extension as well" });
  }

  const concepts = input.concepts ?? (input.frames === undefined ? undefined : [input.frames]);
  if (concepts === undefined) issues.push({ field: 'frames', message: 'is required (or give frames per concept)' });
  if (input.concepts && input.frames !== undefined && input.frames !== sum(input.concepts)) {
    issues.push({ field: 'frames', message: `is ${input.frames} but the concepts add up to ${sum(input.concepts)}` });
  }

  if (input.textEncoder !== undefined && input.textEncoderRatio !== undefined) {
    issues.push({ field: 'textEncoderRatio', message: 'give the text encoder as on/off or as a ratio, not both' });
  }
  if (input.resolution !== undefined && input.dynamicResolutions !== undefined) {
    issues.push({ field: 'dynamicResolutions', message: 'give one resolution or several dynamic ones, not both' });
  }
  if (mode === 'advanced' && input.strength !== undefined && input.learningRate !== undefined) {
    issues.push({ field: 'learningRate', message: 'give a strength or a fixed learning rate, not both' });
  }
  // R6: filewords trains every frame at BASE_LR, so a fixed rate has no place there.
  if (mode === 'filewords' && input.learningRate !== undefined) {
    issues.push({ field: 'learningRate', message: 'filewords mode always uses 1e-5 (R6); drop it or use the standard formula' });
  }

  let strength: number | undefined;
  if (mode === 'advanced' && input.learningRate === undefined) {
    const resolved = resolveStrength(input.strength ?? DEFAULT_STRENGTH);
    const problem = resolved === undefined
      ? `unknown strength ${describe(input.strength)}; use a number or one of ${Object.keys(STRENGTHS).join(', ')}`
      : numberProblem(resolved, BOUNDS.strength, false);
    if (problem) issues.push({ field: 'strength', message: problem });
    else strength = resolved;
  }
  if (concepts && sum(concepts) > BOUNDS.frames.max) {
    issues.push({ field: input.concepts ? 'concepts' : 'frames', message: `add up to ${sum(concepts)} frames: at most ${BOUNDS.frames.max} in total` });
  }

  if (issues.length > 0 || concepts === undefined) return { ok: false, issues };

  const request: PlanRequest = {
    concepts,
    mode,
    textEncoderRatio: input.textEncoderRatio ?? (input.textEncoder ? 1 : 0),
    resolutions: input.dynamicResolutions ? [...new Set(input.dynamicResolutions)].sort((a, b) => a - b) : [input.resolution ?? 512],
    batchSize: input.batchSize ?? 1,
    gradAccum: input.gradAccum ?? 1,
    scheduler: normaliseName(input.scheduler ?? 'constant'),
    schedulers,
    startFactor: schedulers === 'extension' ? (input.startFactor ?? EXTENSION_SCHEDULER_DEFAULTS.startFactor) : 1,
    scalePosition: input.scalePosition ?? EXTENSION_SCHEDULER_DEFAULTS.scalePosition,
    precision: input.precision ?? 'fp32',
    scaleLr: input.scaleLr ?? false,
    gpus: input.gpus ?? 1,
    lora: input.lora ?? false,
  };
  if (strength !== undefined) request.strength = strength;
  if (input.learningRate !== undefined) request.learningRate = input.learningRate;
  if (input.optimizer) request.optimizer = input.optimizer;
  if (input.warmupSteps !== undefined) request.warmupSteps = input.warmupSteps;
  if (request.resolutions.length === 1 && input.dynamicResolutions) {
    return { ok: false, issues: [{ field: 'dynamicResolutions', message: 'needs at least two different resolutions' }] };
  }
  return { ok: true, request };
}

/**
 * A strength as a number, or by name in any spelling people use ("very hard", "Very-Hard");
 * undefined for text that is neither. Its bounds are checked by the caller, so "0" is too small,
 * not an unknown name.
 */
export function resolveStrength(strength: string | number): number | undefined {
  if (typeof strength === 'number') return strength;
  const name = normaliseName(strength);
  if (name in STRENGTHS) return STRENGTHS[name as StrengthName];
  const asNumber = numberFromText(strength);
  return typeof asNumber === 'number' ? asNumber : undefined;
}

/** Lower case with underscores, the spelling of the research's and the extension's names. */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function describe(value: unknown): string {
  // Echo what was typed, except the non-numbers no message of ours should ever print.
  if (typeof value === 'string') {
    if (/nan|infinity/i.test(value)) return 'a non-finite value';
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a non-finite value';
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'nothing';
  return typeof value;
}

/** Typed text that looks like a number becomes one; anything else stays text, so a message can show it. */
export function numberFromText(text: string): number | string {
  const trimmed = text.trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : text;
}
