/**
 * The boundary of the core: a plan request as the CLI, the panel or a script gives it, validated
 * and normalised. Each field has one spec; the same function decides whether a value is valid and
 * why not, as a keyed problem every language can render (src/i18n). zod checks the object's shape.
 * Inside the core, a PlanRequest is trusted.
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
  /** The extension's Number of Hard Resets: cosine's (full) waves and cosine_with_restarts' cycles. */
  cycles: number;
  /** The extension's Polynomial Power. */
  power: number;
  /** The extension's Min Learning Rate: the floor of its cosine_annealing curves. */
  minLearningRate: number;
  /** "Learning Rate Warmup Steps", when known. */
  warmupSteps?: number;
  precision: Precision;
  scaleLr: boolean;
  /** The extension's Full Mixed Precision: the UNet's weights themselves held in the mixed type. */
  fullMixedPrecision: boolean;
  /** Prior preservation: class images are part of the run. */
  prior: boolean;
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
  cycles?: number;
  power?: number;
  minLearningRate?: number;
  warmupSteps?: number;
  precision?: Precision;
  scaleLr?: boolean;
  fullMixedPrecision?: boolean;
  prior?: boolean;
  gpus?: number;
  lora?: boolean;
  optimizer?: string;
}

/** Why a value is refused, as data (src/i18n renders it). */
export interface ProblemParams {
  empty: Record<string, never>;
  'not-a-number': { got: string };
  'not-finite': Record<string, never>;
  'too-small': { min: number; got: string };
  'too-large': { max: number; got: string };
  'not-whole': { got: string };
  'not-one-of': { choices: readonly string[]; got: string };
  'not-boolean': Record<string, never>;
  'not-text': Record<string, never>;
  'too-long': { max: number };
  'not-list': Record<string, never>;
  'too-few': { min: number };
  'too-many': { max: number };
  'unknown-field': { name: string };
  'not-object': Record<string, never>;
  required: Record<string, never>;
  'sum-mismatch': { frames: number; sum: number };
  'total-frames': { sum: number; max: number };
  'te-both': Record<string, never>;
  'resolution-both': Record<string, never>;
  'strength-and-lr': Record<string, never>;
  'filewords-lr': Record<string, never>;
  'unknown-strength': { got: string; names: readonly string[] };
  /** `field` names the input that must be set as well. */
  'extension-only': { field: keyof PlanInput };
  'distinct-resolutions': Record<string, never>;
}

export type ProblemKey = keyof ProblemParams;
export type Problem = { [K in ProblemKey]: { key: K; params: ProblemParams[K] } }[ProblemKey];

export interface InputIssue {
  /** The PlanInput key the issue is about. */
  field: keyof PlanInput;
  /** For list fields (concepts, dynamicResolutions): the 0-based entry. */
  index?: number;
  problem: Problem;
}

export type Validated = { ok: true; request: PlanRequest } | { ok: false; issues: InputIssue[] };

const problem = <K extends ProblemKey>(key: K, params: ProblemParams[K]) => ({ key, params }) as Problem;
const NONE = {} as Record<string, never>;

/** A user's value, echoed short (a number as the shortest decimal that reads back the same); never NaN or Infinity. */
export function echo(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a non-finite value';
  if (typeof value !== 'string') return value === undefined ? 'nothing' : typeof value;
  if (/nan|infinity/i.test(value)) return 'a non-finite value';
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Text that names a value that is not finite: said as such, never echoed as NaN or Infinity. */
const NOT_FINITE_TEXT = /^\s*[+-]?(inf(inity)?|nan)\s*$/i;

/**
 * Why a value is not a number within its bounds, in the order a person would want to hear it: empty,
 * not a number, not finite, too small, too large, not whole. Null when it is fine.
 */
export function numberProblem(value: unknown, bounds: Bounds, whole: boolean): Problem | null {
  if (typeof value === 'string' && value.trim() === '') return problem('empty', NONE);
  if (typeof value === 'string' && NOT_FINITE_TEXT.test(value)) return problem('not-finite', NONE);
  if (typeof value !== 'number') return problem('not-a-number', { got: echo(value) });
  if (!Number.isFinite(value)) return problem('not-finite', NONE);
  if (value < bounds.min) return problem('too-small', { min: bounds.min, got: echo(value) });
  if (value > bounds.max) return problem('too-large', { max: bounds.max, got: echo(value) });
  if (whole && !Number.isInteger(value)) return problem('not-whole', { got: echo(value) });
  return null;
}

/** How each field is checked: one spec, one function that says what is wrong. */
type Spec =
  | { kind: 'number'; bounds: Bounds; whole: boolean }
  | { kind: 'list'; item: Spec; length: Bounds }
  | { kind: 'choice'; choices: readonly string[] }
  | { kind: 'flag' }
  | { kind: 'text'; allowEmpty: boolean }
  | { kind: 'strength' };

const numberSpec = (bounds: Bounds, whole: boolean): Spec => ({ kind: 'number', bounds, whole });
const SPECS: Record<keyof PlanInput, Spec> = {
  frames: numberSpec(BOUNDS.frames, true),
  concepts: { kind: 'list', item: numberSpec(BOUNDS.frames, true), length: BOUNDS.concepts },
  mode: { kind: 'choice', choices: MODES },
  strength: { kind: 'strength' },
  learningRate: numberSpec(BOUNDS.learningRate, false),
  textEncoder: { kind: 'flag' },
  textEncoderRatio: numberSpec(BOUNDS.textEncoderRatio, false),
  resolution: numberSpec(BOUNDS.resolution, true),
  dynamicResolutions: { kind: 'list', item: numberSpec(BOUNDS.resolution, true), length: BOUNDS.dynamicResolutions },
  batchSize: numberSpec(BOUNDS.batchSize, true),
  gradAccum: numberSpec(BOUNDS.gradAccum, true),
  scheduler: { kind: 'text', allowEmpty: false },
  schedulers: { kind: 'choice', choices: SCHEDULER_FAMILIES },
  startFactor: numberSpec(BOUNDS.startFactor, false),
  scalePosition: numberSpec(BOUNDS.scalePosition, false),
  cycles: numberSpec(BOUNDS.cycles, true),
  power: numberSpec(BOUNDS.power, false),
  minLearningRate: numberSpec(BOUNDS.minLearningRate, false),
  warmupSteps: numberSpec(BOUNDS.warmupSteps, true),
  precision: { kind: 'choice', choices: PRECISIONS },
  scaleLr: { kind: 'flag' },
  fullMixedPrecision: { kind: 'flag' },
  prior: { kind: 'flag' },
  gpus: numberSpec(BOUNDS.gpus, true),
  lora: { kind: 'flag' },
  optimizer: { kind: 'text', allowEmpty: true },
};

const MAX_NAME_LENGTH = 100;

/** The first problem of a value under its spec, with the list entry it is in. */
function problemOf(spec: Spec, value: unknown): { problem: Problem; index?: number } | null {
  switch (spec.kind) {
    case 'number': {
      const found = numberProblem(value, spec.bounds, spec.whole);
      return found && { problem: found };
    }
    case 'list': {
      if (!Array.isArray(value)) return { problem: problem('not-list', NONE) };
      if (value.length < spec.length.min) return { problem: problem('too-few', { min: spec.length.min }) };
      if (value.length > spec.length.max) return { problem: problem('too-many', { max: spec.length.max }) };
      for (const [index, item] of value.entries()) {
        const found = problemOf(spec.item, item);
        if (found) return { problem: found.problem, index };
      }
      return null;
    }
    case 'choice':
      return spec.choices.includes(value as string)
        ? null
        : { problem: problem('not-one-of', { choices: spec.choices, got: echo(value) }) };
    case 'flag':
      return typeof value === 'boolean' ? null : { problem: problem('not-boolean', NONE) };
    case 'text':
      if (typeof value !== 'string') return { problem: problem('not-text', NONE) };
      if (!spec.allowEmpty && value.trim() === '') return { problem: problem('empty', NONE) };
      return value.length > MAX_NAME_LENGTH ? { problem: problem('too-long', { max: MAX_NAME_LENGTH }) } : null;
    case 'strength':
      return typeof value === 'string' || typeof value === 'number' ? null : { problem: problem('not-text', NONE) };
  }
}

/** zod checks the shape (known keys, optional fields); each field's own check is problemOf. */
const inputSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(SPECS).map(([field, spec]) => [
      field,
      z.optional(z.custom((value) => problemOf(spec, value) === null)),
    ]),
  ),
);

function issue(field: keyof PlanInput, found: Problem, index?: number): InputIssue {
  return { field, ...(index === undefined ? {} : { index }), problem: found };
}

/** Validates and normalises a plan input; every problem is reported with the field it concerns. */
export function validatePlanInput(input: unknown): Validated {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, issues: [issue('frames', problem('not-object', NONE))] };
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const record = input as Record<string, unknown>;
    const unknownKeys = Object.keys(record).filter((key) => !Object.hasOwn(SPECS, key));
    const issues = unknownKeys.map((key) =>
      issue(key as keyof PlanInput, problem('unknown-field', { name: echo(key) })),
    );
    for (const [field, spec] of Object.entries(SPECS) as [keyof PlanInput, Spec][]) {
      if (record[field] === undefined) continue;
      const found = problemOf(spec, record[field]);
      if (found) issues.push(issue(field, found.problem, found.index));
    }
    return { ok: false, issues };
  }
  return normalise(parsed.data as PlanInput);
}

function normalise(input: PlanInput): Validated {
  const issues: InputIssue[] = [];
  const mode = input.mode ?? 'advanced';
  const schedulers = input.schedulers ?? 'research';
  // These shape the extension's own schedulers only; diffusers' take none of them.
  const extensionOnly = (['startFactor', 'scalePosition', 'cycles', 'power', 'minLearningRate'] as const).find(
    (field) => input[field] !== undefined,
  );
  if (schedulers === 'research' && extensionOnly)
    issues.push(issue(extensionOnly, problem('extension-only', { field: 'schedulers' })));

  const concepts = input.concepts ?? (input.frames === undefined ? undefined : [input.frames]);
  if (concepts === undefined) issues.push(issue('frames', problem('required', NONE)));
  if (input.concepts && input.frames !== undefined && input.frames !== sum(input.concepts)) {
    issues.push(issue('frames', problem('sum-mismatch', { frames: input.frames, sum: sum(input.concepts) })));
  }
  if (concepts && sum(concepts) > BOUNDS.frames.max) {
    issues.push(
      issue(
        input.concepts ? 'concepts' : 'frames',
        problem('total-frames', { sum: sum(concepts), max: BOUNDS.frames.max }),
      ),
    );
  }
  if (input.textEncoder !== undefined && input.textEncoderRatio !== undefined)
    issues.push(issue('textEncoderRatio', problem('te-both', NONE)));
  if (input.resolution !== undefined && input.dynamicResolutions !== undefined)
    issues.push(issue('dynamicResolutions', problem('resolution-both', NONE)));
  if (mode === 'advanced' && input.strength !== undefined && input.learningRate !== undefined)
    issues.push(issue('learningRate', problem('strength-and-lr', NONE)));
  // R6: filewords trains every frame at BASE_LR, so a fixed rate has no place there.
  if (mode === 'filewords' && input.learningRate !== undefined)
    issues.push(issue('learningRate', problem('filewords-lr', NONE)));

  let strength: number | undefined;
  if (mode === 'advanced' && input.learningRate === undefined) {
    const resolved = resolveStrength(input.strength ?? DEFAULT_STRENGTH);
    const found =
      resolved === undefined
        ? problem('unknown-strength', { got: echo(input.strength), names: Object.keys(STRENGTHS) })
        : numberProblem(resolved, BOUNDS.strength, false);
    if (found) issues.push(issue('strength', found));
    else strength = resolved;
  }

  const resolutions = input.dynamicResolutions
    ? [...new Set(input.dynamicResolutions)].sort((a, b) => a - b)
    : [input.resolution ?? 512];
  if (input.dynamicResolutions && resolutions.length === 1)
    issues.push(issue('dynamicResolutions', problem('distinct-resolutions', NONE)));

  if (issues.length > 0 || concepts === undefined) return { ok: false, issues };

  const request: PlanRequest = {
    concepts,
    mode,
    textEncoderRatio: input.textEncoderRatio ?? (input.textEncoder ? 1 : 0),
    resolutions,
    batchSize: input.batchSize ?? 1,
    gradAccum: input.gradAccum ?? 1,
    scheduler: normaliseName(input.scheduler ?? 'constant'),
    schedulers,
    startFactor: schedulers === 'extension' ? (input.startFactor ?? EXTENSION_SCHEDULER_DEFAULTS.startFactor) : 1,
    scalePosition: input.scalePosition ?? EXTENSION_SCHEDULER_DEFAULTS.scalePosition,
    cycles: input.cycles ?? EXTENSION_SCHEDULER_DEFAULTS.cycles,
    power: input.power ?? EXTENSION_SCHEDULER_DEFAULTS.power,
    minLearningRate: input.minLearningRate ?? EXTENSION_SCHEDULER_DEFAULTS.minLearningRate,
    precision: input.precision ?? 'fp32',
    scaleLr: input.scaleLr ?? false,
    fullMixedPrecision: input.fullMixedPrecision ?? false,
    prior: input.prior ?? false,
    gpus: input.gpus ?? 1,
    lora: input.lora ?? false,
  };
  if (strength !== undefined) request.strength = strength;
  if (input.learningRate !== undefined) request.learningRate = input.learningRate;
  if (input.optimizer) request.optimizer = input.optimizer;
  if (input.warmupSteps !== undefined) request.warmupSteps = input.warmupSteps;
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
  if (Object.hasOwn(STRENGTHS, name)) return STRENGTHS[name as StrengthName];
  const asNumber = numberFromText(strength);
  return typeof asNumber === 'number' ? asNumber : undefined;
}

/** Lower case with underscores, the spelling of the research's and the extension's names. */
export function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Typed text that looks like a number becomes one; anything else stays text, so a message can show it. */
export function numberFromText(text: string): number | string {
  const trimmed = text.trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : text;
}
