/**
 * The boundary of the core: a plan request as the CLI, the panel or a script gives it, validated
 * with zod and normalised. Inside the core, a PlanRequest is trusted.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_STRENGTH,
  MODES,
  PRECISIONS,
  STRENGTHS,
  type Mode,
  type Precision,
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

const MAX_RESOLUTION = 16384;

const wholeNumber = (minimum: number) =>
  z.int({ error: (issue) => `must be a whole number, got ${describe(issue.input)}` }).check(
    z.minimum(minimum, { error: (issue) => `must be at least ${minimum}, got ${describe(issue.input)}` }),
  );

const positiveNumber = z
  .number({ error: (issue) => `must be a finite number, got ${describe(issue.input)}` })
  .check(z.positive({ error: (issue) => `must be greater than 0, got ${describe(issue.input)}` }));

const resolution = wholeNumber(1).check(
  z.maximum(MAX_RESOLUTION, { error: (issue) => `must be at most ${MAX_RESOLUTION} px, got ${describe(issue.input)}` }),
);

const flag = z.boolean({ error: (issue) => `must be true or false, got ${describe(issue.input)}` });

const inputSchema = z.strictObject(
  {
    frames: z.optional(wholeNumber(1)),
    concepts: z.optional(z.array(wholeNumber(1)).check(z.minLength(1, { error: 'needs at least one concept' }))),
    mode: z.optional(z.enum(MODES, { error: (issue) => `must be one of ${MODES.join(', ')}, got ${describe(issue.input)}` })),
    strength: z.optional(
      z.union([z.string(), positiveNumber], {
        error: (issue) => `must be a strength name or a number, got ${describe(issue.input)}`,
      }),
    ),
    learningRate: z.optional(positiveNumber),
    textEncoder: z.optional(flag),
    textEncoderRatio: z.optional(
      z
        .number({ error: (issue) => `must be a number from 0 to 1, got ${describe(issue.input)}` })
        .check(
          z.minimum(0, { error: (issue) => `must be from 0 to 1, got ${describe(issue.input)}` }),
          z.maximum(1, { error: (issue) => `must be from 0 to 1, got ${describe(issue.input)}` }),
        ),
    ),
    resolution: z.optional(resolution),
    dynamicResolutions: z.optional(
      z.array(resolution).check(z.minLength(2, { error: 'needs at least two resolutions' })),
    ),
    batchSize: z.optional(wholeNumber(1)),
    gradAccum: z.optional(wholeNumber(1)),
    scheduler: z.optional(
      z.string({ error: 'must be a scheduler name' }).check(z.minLength(1, { error: 'must not be empty' })),
    ),
    precision: z.optional(
      z.enum(PRECISIONS, { error: (issue) => `must be one of ${PRECISIONS.join(', ')}, got ${describe(issue.input)}` }),
    ),
    scaleLr: z.optional(flag),
    gpus: z.optional(wholeNumber(1)),
    lora: z.optional(flag),
    optimizer: z.optional(z.string({ error: 'must be an optimizer name' })),
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
    if (resolved === undefined) {
      issues.push({
        field: 'strength',
        message: `unknown strength ${describe(input.strength)}; use a number or one of ${Object.keys(STRENGTHS).join(', ')}`,
      });
    }
    strength = resolved;
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
    precision: input.precision ?? 'fp32',
    scaleLr: input.scaleLr ?? false,
    gpus: input.gpus ?? 1,
    lora: input.lora ?? false,
  };
  if (strength !== undefined) request.strength = strength;
  if (input.learningRate !== undefined) request.learningRate = input.learningRate;
  if (input.optimizer) request.optimizer = input.optimizer;
  if (request.resolutions.length === 1 && input.dynamicResolutions) {
    return { ok: false, issues: [{ field: 'dynamicResolutions', message: 'needs at least two different resolutions' }] };
  }
  return { ok: true, request };
}

/** A strength as a number, or by name in any spelling people use ("very hard", "Very-Hard"). */
export function resolveStrength(strength: string | number): number | undefined {
  if (typeof strength === 'number') return strength;
  const name = normaliseName(strength);
  if (name in STRENGTHS) return STRENGTHS[name as StrengthName];
  const asNumber = Number(strength);
  return strength.trim() !== '' && Number.isFinite(asNumber) && asNumber > 0 ? asNumber : undefined;
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
  if (typeof value === 'string') return /nan|infinity/i.test(value) ? 'a non-finite value' : JSON.stringify(value);
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
