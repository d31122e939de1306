/**
 * The calculator's options (the spec's CLI contract) and our own reading of argv: every value goes to
 * the core's validation as typed, so a negative, malformed or too large number gets the same specific
 * message as any other bad number, and an option given twice is an error rather than "last one wins".
 */
import {
  BOUNDS,
  EXPORT_FORMATS,
  EXPORT_PATHS,
  MODEL_FAMILIES,
  STRENGTHS,
  numberFromText,
  type Bounds,
  type ExportFormat,
  type ExportPath,
  type ModelFamily,
  type PlanInput,
} from '../core/index.js';

export interface OptionSpec {
  flag: string;
  field: keyof PlanInput;
  value?: string;
  help: string;
  defaultText: string;
  parse: 'number' | 'list' | 'text' | 'flag';
  bounds?: Bounds;
}

export const OPTIONS: OptionSpec[] = [
  {
    flag: 'frames',
    field: 'frames',
    value: 'N',
    help: 'instance images (total)',
    defaultText: 'required unless --concepts',
    parse: 'number',
    bounds: BOUNDS.frames,
  },
  {
    flag: 'concepts',
    field: 'concepts',
    value: 'A,B,…',
    help: 'frames per concept (R5)',
    defaultText: '—',
    parse: 'list',
    bounds: BOUNDS.frames,
  },
  {
    flag: 'formula',
    field: 'mode',
    value: 'advanced|standard|filewords',
    help: 'formula (R3, R4, R6)',
    defaultText: 'advanced',
    parse: 'text',
  },
  {
    flag: 'strength',
    field: 'strength',
    value: 'NAME|NUMBER',
    help: `training strength F (R4): ${Object.keys(STRENGTHS).join(', ')}`,
    defaultText: 'medium',
    parse: 'text',
    bounds: BOUNDS.strength,
  },
  {
    flag: 'lr',
    field: 'learningRate',
    value: 'X',
    help: 'fixed learning rate (R3, or implied strength in R4)',
    defaultText: '—',
    parse: 'number',
    bounds: BOUNDS.learningRate,
  },
  { flag: 'te', field: 'textEncoder', help: 'train the text encoder (R1)', defaultText: 'off', parse: 'flag' },
  {
    flag: 'te-ratio',
    field: 'textEncoderRatio',
    value: 'R',
    help: 'text encoder step ratio r (R1)',
    defaultText: '0',
    parse: 'number',
    bounds: BOUNDS.textEncoderRatio,
  },
  {
    flag: 'resolution',
    field: 'resolution',
    value: 'RES',
    help: 'training resolution in px (R2)',
    defaultText: '512',
    parse: 'number',
    bounds: BOUNDS.resolution,
  },
  {
    flag: 'dynamic-resolutions',
    field: 'dynamicResolutions',
    value: 'A,B,…',
    help: 'several training resolutions (R12)',
    defaultText: '—',
    parse: 'list',
    bounds: BOUNDS.resolution,
  },
  {
    flag: 'batch-size',
    field: 'batchSize',
    value: 'BS',
    help: 'batch size (R7)',
    defaultText: '1',
    parse: 'number',
    bounds: BOUNDS.batchSize,
  },
  {
    flag: 'grad-accum',
    field: 'gradAccum',
    value: 'GA',
    help: 'gradient accumulation steps (R8)',
    defaultText: '1',
    parse: 'number',
    bounds: BOUNDS.gradAccum,
  },
  {
    flag: 'scheduler',
    field: 'scheduler',
    value: 'NAME',
    help: 'learning rate scheduler (R9)',
    defaultText: 'constant',
    parse: 'text',
  },
  {
    flag: 'schedulers',
    field: 'schedulers',
    value: 'research|extension',
    help: "whose schedulers the names mean: the research's (the extension before Jan 2023) or the extension's own since (R9)",
    defaultText: 'research',
    parse: 'text',
  },
  {
    flag: 'start-factor',
    field: 'startFactor',
    value: 'F',
    help: "the extension's Constant/Linear Starting Factor (R9, --schedulers extension)",
    defaultText: '0.5',
    parse: 'number',
    bounds: BOUNDS.startFactor,
  },
  {
    flag: 'scale-position',
    field: 'scalePosition',
    value: 'P',
    help: "the extension's Scale Position (R9, --schedulers extension)",
    defaultText: '0.5',
    parse: 'number',
    bounds: BOUNDS.scalePosition,
  },
  {
    flag: 'cycles',
    field: 'cycles',
    value: 'N',
    help: "the extension's Number of Hard Resets: cosine's waves, cosine_with_restarts' cycles (R9)",
    defaultText: '1',
    parse: 'number',
    bounds: BOUNDS.cycles,
  },
  {
    flag: 'power',
    field: 'power',
    value: 'P',
    help: "the extension's Polynomial Power (R9)",
    defaultText: '1',
    parse: 'number',
    bounds: BOUNDS.power,
  },
  {
    flag: 'min-lr',
    field: 'minLearningRate',
    value: 'X',
    help: "the extension's Min Learning Rate: the floor of cosine_annealing (R9, the curve only)",
    defaultText: '1e-6',
    parse: 'number',
    bounds: BOUNDS.minLearningRate,
  },
  {
    flag: 'warmup-steps',
    field: 'warmupSteps',
    value: 'N',
    help: 'learning rate warmup steps, checked against the plan (R9)',
    defaultText: '—',
    parse: 'number',
    bounds: BOUNDS.warmupSteps,
  },
  {
    flag: 'precision',
    field: 'precision',
    value: 'fp16|bf16|tf32|fp32|fp64',
    help: 'number format (R13)',
    defaultText: 'fp32',
    parse: 'text',
  },
  {
    flag: 'full-mixed-precision',
    field: 'fullMixedPrecision',
    help: "the extension's Full Mixed Precision: UNet weights held in the --precision type (R13)",
    defaultText: 'off',
    parse: 'flag',
  },
  {
    flag: 'scale-lr',
    field: 'scaleLr',
    help: 'the trainer scales LR by GA · BS · GPUs (R14)',
    defaultText: 'off',
    parse: 'flag',
  },
  {
    flag: 'gpus',
    field: 'gpus',
    value: 'N',
    help: 'GPUs, for --scale-lr (R14)',
    defaultText: '1',
    parse: 'number',
    bounds: BOUNDS.gpus,
  },
  {
    flag: 'lora',
    field: 'lora',
    help: "LoRA training: out of the research's scope (R15)",
    defaultText: 'off',
    parse: 'flag',
  },
  {
    flag: 'optimizer',
    field: 'optimizer',
    value: 'NAME',
    help: 'optimizer; adaptive ones are out of scope (R15)',
    defaultText: '—',
    parse: 'text',
  },
];

/** The flag of a request field, for messages. */
export const flagOf = (field: string | undefined): string => {
  const option = OPTIONS.find((candidate) => candidate.field === field);
  return option ? `--${option.flag}` : (field ?? '');
};

/** What to do with the plan besides printing it: export it as a trainer's files. */
export interface OutputChoice {
  exportFormat?: ExportFormat;
  out?: string;
  modelFamily?: ModelFamily;
  /** As typed: the CLI makes them absolute against where it runs. */
  paths: Partial<Record<ExportPath, string>>;
  instanceTokens?: string[];
  classToken?: string;
  saveEvery?: number;
  /** Print the planned run's learning-rate curve (R9) as JSON instead of the plan. */
  lrCurve: boolean;
}

export const OUTPUT_OPTIONS = [
  {
    flag: 'export',
    value: 'FORMAT',
    help: `write the plan as a trainer's files: ${EXPORT_FORMATS.join(', ')} (kohya_ss GUI, sd-scripts, OneTrainer)`,
  },
  { flag: 'out', value: 'FILE', help: 'with --export: the file to write (default: print it)' },
  {
    flag: 'model-family',
    value: 'FAMILY',
    help: `with --export: the base model's family, ${MODEL_FAMILIES.join(', ')} (default sd15; the research measured SD 1.x/2.x)`,
  },
  { flag: 'model', value: 'PATH', help: 'with --export: the base model (file or folder)' },
  { flag: 'output-dir', value: 'DIR', help: 'with --export: where the trainer saves the trained model' },
  {
    flag: 'train-data-dir',
    value: 'DIR',
    help: 'with --export: the folder holding one "<repeats>_<token> <class>" folder per concept',
  },
  { flag: 'reg-data-dir', value: 'DIR', help: "with --export --prior: the folder holding the class images' folder" },
  {
    flag: 'instance-token',
    value: 'WORD[,WORD…]',
    help: "with --export: each concept's token, in the folder names and captions (default sks, sks2, …)",
  },
  { flag: 'class-token', value: 'WORD', help: 'with --export: the class word (default person)' },
  {
    flag: 'save-every',
    value: 'STEPS',
    help: "with --export: a checkpoint every STEPS of the plan's steps besides the final model (default: final only)",
  },
  {
    flag: 'prior',
    help: 'prior preservation: class images in the run (R9); with --export, in a regularisation folder (R16)',
  },
  {
    flag: 'lr-curve',
    help: "print the run's learning-rate curve, batch by batch, beside the research's, as JSON (R9)",
  },
] as const;

export type Arguments =
  | { ok: true; input: PlanInput; json: boolean; help: boolean; version: boolean; output: OutputChoice }
  | { ok: false; json: boolean; message: string };

/** argv → the plan input as typed (validation is the core's), or the one reason it cannot be read. */
export function readArguments(argv: readonly string[]): Arguments {
  const json = argv.includes('--json');
  const fail = (message: string): Arguments => ({ ok: false, json, message });
  const input: Record<string, unknown> = {};
  const seen = new Set<string>();
  let help = false;
  let version = false;
  const output: OutputChoice = { lrCurve: false, paths: {} };
  for (let position = 0; position < argv.length; position++) {
    const token = argv[position]!;
    if (token === '-h') {
      help = true;
      continue;
    }
    if (!token.startsWith('--')) return fail(`unexpected argument ${quote(token)}: options start with --`);
    const equals = token.indexOf('=');
    const name = equals === -1 ? token.slice(2) : token.slice(2, equals);
    const inline = equals === -1 ? undefined : token.slice(equals + 1);
    if (!/^[a-z][a-z-]*$/.test(name)) return fail(`unknown option ${quote(`--${name}`)} (see --help)`);
    if (seen.has(name)) return fail(`--${name}: given more than once`);
    seen.add(name);
    if (name === 'json' || name === 'help' || name === 'version') {
      if (inline !== undefined) return fail(`--${name} takes no value`);
      help ||= name === 'help';
      version ||= name === 'version';
      continue;
    }
    if (name === 'prior') {
      if (inline !== undefined) return fail('--prior takes no value');
      // Class images in the run (the plan), and in a regularisation folder (the exports).
      input.prior = true;
      continue;
    }
    if (name === 'lr-curve') {
      if (inline !== undefined) return fail('--lr-curve takes no value');
      output.lrCurve = true;
      continue;
    }
    if (name === 'export' || name === 'out') {
      const raw = inline ?? argv[++position];
      if (raw === undefined || raw.trim() === '') return fail(`--${name}: needs a value`);
      if (name === 'out') output.out = raw;
      else if ((EXPORT_FORMATS as readonly string[]).includes(raw)) output.exportFormat = raw as ExportFormat;
      else return fail(`--export: must be one of ${EXPORT_FORMATS.join(', ')}, got ${quote(raw)}`);
      continue;
    }
    if (Object.hasOwn(EXPORT_VALUE_OPTIONS, name)) {
      const raw = inline ?? argv[++position];
      if (raw === undefined || raw.trim() === '') return fail(`--${name}: needs a value`);
      const problem = EXPORT_VALUE_OPTIONS[name]!(output, raw);
      if (problem) return fail(`--${name}: ${problem}`);
      continue;
    }
    const option = OPTIONS.find((candidate) => candidate.flag === name);
    if (!option) return fail(`unknown option --${name} (see --help)`);
    if (option.parse === 'flag') {
      if (inline !== undefined) return fail(`--${name} takes no value`);
      input[option.field] = true;
      continue;
    }
    const raw = inline ?? argv[++position];
    if (raw === undefined) return fail(`--${name}: needs a value (${option.value})`);
    input[option.field] = valueOf(option, raw);
  }
  const exportOnly = ['out', ...Object.keys(EXPORT_VALUE_OPTIONS)].find((flag) => seen.has(flag));
  if (exportOnly && !output.exportFormat) return fail(`--${exportOnly}: goes with --export`);
  if (output.exportFormat && json) return fail('--export: prints files, not JSON; leave out --json');
  if (output.exportFormat && output.lrCurve) return fail('--lr-curve: prints the curve, not files; leave out --export');
  return { ok: true, input: input as PlanInput, json, help, version, output };
}

/** The export's options by the names the core gives them, as flags. */
export const EXPORT_FLAGS = {
  model: 'model',
  outputDir: 'output-dir',
  trainDataDir: 'train-data-dir',
  regDataDir: 'reg-data-dir',
  instanceToken: 'instance-token',
  classToken: 'class-token',
} as const;

type ValueOption = (output: OutputChoice, raw: string) => string | undefined;

/** The export's options with a value: each stores it, or says what is wrong with it. */
const EXPORT_VALUE_OPTIONS: Readonly<Record<string, ValueOption>> = {
  'model-family': (output, raw) => {
    if (!(MODEL_FAMILIES as readonly string[]).includes(raw))
      return `must be one of ${MODEL_FAMILIES.join(', ')}, got ${quote(raw)}`;
    output.modelFamily = raw as ModelFamily;
  },
  ...Object.fromEntries(
    EXPORT_PATHS.map((path): [string, ValueOption] => [
      EXPORT_FLAGS[path],
      (output, raw) => void (output.paths[path] = raw),
    ]),
  ),
  [EXPORT_FLAGS.instanceToken]: (output, raw) =>
    void (output.instanceTokens = raw.split(',').map((token) => token.trim())),
  [EXPORT_FLAGS.classToken]: (output, raw) => void (output.classToken = raw.trim()),
  'save-every': (output, raw) => {
    const steps = numberFromText(raw);
    if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < 1)
      return `must be a whole number of steps, at least 1, got ${quote(raw)}`;
    output.saveEvery = steps;
  },
};

/** A token of the user's, echoed short; never a bare NaN or Infinity in our output. */
function quote(token: string): string {
  if (/nan|infinity/i.test(token)) return 'with a non-finite value';
  return JSON.stringify(token.length > 40 ? `${token.slice(0, 40)}…` : token);
}

function valueOf(option: OptionSpec, raw: string): unknown {
  switch (option.parse) {
    case 'number':
      return numberFromText(raw);
    case 'list':
      return raw.split(',').map(numberFromText);
    default:
      return raw.trim();
  }
}
