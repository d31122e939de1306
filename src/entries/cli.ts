/**
 * dreambooth-calc: the formula core on the command line. The contract (flags, --json keys, exit
 * status 2 on bad input) is fixed by the spec; this file only turns argv into a PlanInput and a plan
 * into text.
 */
import { parseArgs } from 'node:util';
import {
  STRENGTHS,
  batchSizeOptions,
  computePlan,
  formatNumber,
  numberFromText,
  validatePlanInput,
  type Notice,
  type Plan,
  type PlanInput,
  type PlanRequest,
} from '../core/index.js';

interface OptionSpec {
  flag: string;
  field: keyof PlanInput;
  value?: string;
  help: string;
  defaultText: string;
  parse: 'int' | 'number' | 'list' | 'text' | 'flag' | 'strength';
}

const OPTIONS: OptionSpec[] = [
  { flag: 'frames', field: 'frames', value: 'N', help: 'instance images (total)', defaultText: 'required unless --concepts', parse: 'int' },
  { flag: 'concepts', field: 'concepts', value: 'A,B,…', help: 'frames per concept (R5)', defaultText: '—', parse: 'list' },
  { flag: 'formula', field: 'mode', value: 'advanced|standard|filewords', help: 'formula (R3, R4, R6)', defaultText: 'advanced', parse: 'text' },
  { flag: 'strength', field: 'strength', value: 'NAME|NUMBER', help: `training strength F (R4): ${Object.keys(STRENGTHS).join(', ')}`, defaultText: 'medium', parse: 'strength' },
  { flag: 'lr', field: 'learningRate', value: 'X', help: 'fixed learning rate (R3, or implied strength in R4)', defaultText: '—', parse: 'number' },
  { flag: 'te', field: 'textEncoder', help: 'train the text encoder (R1)', defaultText: 'off', parse: 'flag' },
  { flag: 'te-ratio', field: 'textEncoderRatio', value: 'R', help: 'text encoder step ratio r, 0–1 (R1)', defaultText: '0', parse: 'number' },
  { flag: 'resolution', field: 'resolution', value: 'RES', help: 'training resolution in px (R2)', defaultText: '512', parse: 'int' },
  { flag: 'dynamic-resolutions', field: 'dynamicResolutions', value: 'A,B,…', help: 'several training resolutions (R12)', defaultText: '—', parse: 'list' },
  { flag: 'batch-size', field: 'batchSize', value: 'BS', help: 'batch size (R7)', defaultText: '1', parse: 'int' },
  { flag: 'grad-accum', field: 'gradAccum', value: 'GA', help: 'gradient accumulation steps (R8)', defaultText: '1', parse: 'int' },
  { flag: 'scheduler', field: 'scheduler', value: 'NAME', help: 'learning rate scheduler (R9)', defaultText: 'constant', parse: 'text' },
  { flag: 'precision', field: 'precision', value: 'fp16|bf16|tf32|fp32|fp64', help: 'number format (R13)', defaultText: 'fp32', parse: 'text' },
  { flag: 'scale-lr', field: 'scaleLr', help: 'the trainer scales LR by GA · BS · GPUs (R14)', defaultText: 'off', parse: 'flag' },
  { flag: 'gpus', field: 'gpus', value: 'N', help: 'GPUs, for --scale-lr (R14)', defaultText: '1', parse: 'int' },
  { flag: 'lora', field: 'lora', help: 'LoRA training: out of the research\'s scope (R15)', defaultText: 'off', parse: 'flag' },
  { flag: 'optimizer', field: 'optimizer', value: 'NAME', help: 'optimizer; adaptive ones are out of scope (R15)', defaultText: '—', parse: 'text' },
];

const flagOf = new Map(OPTIONS.map((option) => [option.field, `--${option.flag}`]));

export function run(argv: string[], out: (text: string) => void, err: (text: string) => void): number {
  const json = argv.includes('--json');
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(OPTIONS.map((option) => [option.flag, { type: option.parse === 'flag' ? 'boolean' : 'string' }] as const)),
      },
    });
    if (values.help) {
      out(helpText());
      return 0;
    }
    const input = toInput(values as Record<string, string | boolean | undefined>);
    const validated = validatePlanInput(input);
    if (!validated.ok) {
      const errors: Notice[] = validated.issues.map((issue) => ({
        code: 'invalid-input',
        field: issue.field,
        message: `${flagOf.get(issue.field) ?? issue.field}: ${issue.message}`,
      }));
      return fail(errors, json, out, err);
    }
    const plan = computePlan(validated.request);
    if (plan.errors.length > 0) {
      const errors = plan.errors.map((notice) => ({ ...notice, message: `${flagOf.get(notice.field as keyof PlanInput) ?? ''}: ${notice.message}` }));
      return fail(errors, json, out, err, plan);
    }
    out(json ? JSON.stringify(toJson(plan)) : table(plan, validated.request));
    return 0;
  } catch (error) {
    // parseArgs reports unknown or malformed flags with an ERR_PARSE_ARGS_* code and a readable message.
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, '');
    return fail([{ code: 'invalid-input', message }], json, out, err);
  }
}

function fail(errors: Notice[], json: boolean, out: (text: string) => void, err: (text: string) => void, plan?: Plan): number {
  const shown = errors.map(({ code, message }) => ({ code, message }));
  if (json) out(JSON.stringify(plan ? { ...toJson(plan), errors: shown } : emptyJson(shown)));
  err(`dreambooth-calc: ${errors.map((error) => error.message).join('; ')}`);
  return 2;
}

function toInput(values: Record<string, string | boolean | undefined>): PlanInput {
  const input: Record<string, unknown> = {};
  for (const option of OPTIONS) {
    const raw = values[option.flag];
    if (raw === undefined) continue;
    if (typeof raw === 'boolean') {
      input[option.field] = raw;
      continue;
    }
    input[option.field] = parseValue(option, raw);
  }
  return input as PlanInput;
}

function parseValue(option: OptionSpec, raw: string): unknown {
  switch (option.parse) {
    case 'int':
    case 'number':
      return numberFromText(raw);
    case 'list':
      return raw.split(',').map(numberFromText);
    case 'strength':
      return raw;
    default:
      return raw.trim();
  }
}


function toJson(plan: Plan) {
  return {
    learningRate: plan.learningRate,
    strength: plan.strength,
    stepsPerFrame: plan.stepsPerFrame,
    maxTrainSteps: plan.maxTrainSteps,
    epochs: plan.epochs,
    classImagesPerInstance: plan.classImagesPerInstance,
    classImages: plan.classImages,
    effectiveLearningRate: plan.effectiveLearningRate,
    learningRateApplies: plan.learningRateApplies,
    frames: plan.frames,
    concepts: plan.concepts,
    resolutionCopies: plan.resolutionCopies,
    derivation: plan.derivation,
    warnings: plan.warnings.map(({ code, message }) => ({ code, message })),
    errors: plan.errors.map(({ code, message }) => ({ code, message })),
  };
}

/** Bad input: no numbers can be computed, so the numeric keys are null (never NaN). */
function emptyJson(errors: Notice[]) {
  return {
    learningRate: null,
    strength: null,
    stepsPerFrame: null,
    maxTrainSteps: null,
    epochs: null,
    classImagesPerInstance: null,
    classImages: null,
    warnings: [],
    errors,
  };
}

function table(plan: Plan, request: PlanRequest): string {
  const rows: [string, string][] = [
    ['Learning rate', formatNumber(plan.learningRate) + (plan.effectiveLearningRate !== plan.learningRate ? ` (trainer uses ${formatNumber(plan.effectiveLearningRate)})` : '')],
    ['Strength F', formatNumber(plan.strength)],
    ['Steps per frame', formatNumber(plan.stepsPerFrame)],
    ['Max training steps', String(plan.maxTrainSteps)],
    ['Epochs', String(plan.epochs)],
    ['Class images per image', String(plan.classImagesPerInstance)],
    ['Class images in total', String(plan.classImages)],
  ];
  if (plan.concepts.length > 1) {
    plan.concepts.forEach((concept, index) => rows.push([`Concept ${index + 1}`, `${concept.frames} frames, ${concept.classImages} class images`]));
  }
  if (plan.resolutionCopies.length > 1) {
    rows.push(['Copies per resolution', request.resolutions.map((res, index) => `${res}px ×${plan.resolutionCopies[index]}`).join(', ')]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [
    `Dreambooth plan: ${plan.frames} frames, ${request.mode} formula, batch size ${request.batchSize}`,
    '',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '',
    'How each number was found',
    ...plan.derivation.map((step) => `  ${step.rule.padEnd(8)} ${step.text}`),
  ];
  const options = batchSizeOptions(request);
  if (options.length > 1) {
    lines.push('', 'Batch sizes that divide the frames (R7)', '  BS    steps  epochs');
    for (const option of options) {
      lines.push(`  ${String(option.batchSize).padEnd(4)}  ${String(option.maxTrainSteps).padStart(5)}  ${String(option.epochs).padStart(6)}`);
    }
  }
  if (plan.warnings.length > 0) {
    lines.push('', 'Warnings', ...plan.warnings.map((warning) => `  [${warning.code}] ${warning.message}`));
  }
  return lines.join('\n');
}

function helpText(): string {
  const usage = OPTIONS.map((option) => {
    const name = `--${option.flag}${option.value ? ` ${option.value}` : ''}`;
    return `  ${name.padEnd(38)} ${option.help} (default: ${option.defaultText})`;
  });
  return [
    'Usage: dreambooth-calc [options] [--json]',
    '',
    'Training numbers for the Dreambooth extension, from the community research (#547).',
    '',
    'Options:',
    ...usage,
    `  ${'--json'.padEnd(38)} print one JSON object instead of the table`,
    `  ${'-h, --help'.padEnd(38)} show this help`,
    '',
    'Bad input exits with status 2 and a one-line message naming the option.',
  ].join('\n');
}

process.exitCode = run(process.argv.slice(2), (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
