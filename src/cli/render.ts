/** What the calculator prints: the JSON of the contract, the readable table, and the help. */
import {
  PLAN_FIGURES,
  batchSizeOptions,
  formatNumber,
  planCurves,
  type LearningRateCurve,
  type Notice,
  type Plan,
  type PlanRequest,
} from '../core/index.js';
import { EN, noticeText } from '../i18n/index.js';
import { OPTIONS, OUTPUT_OPTIONS } from './arguments.js';

/** The contract's numeric keys: null whenever the output carries an error, never NaN. */
const NUMERIC_KEYS = [...PLAN_FIGURES, 'effectiveLearningRate'] as const;

/** A notice as the contract prints it: its code and its English text. */
const shown = (notices: readonly Notice[]) =>
  notices.map((notice) => ({ code: notice.code, message: noticeText(EN, notice) }));

/** The whole plan; each notice as `{ code, message }`. */
export function planJson(plan: Plan): object {
  return { ...plan, warnings: shown(plan.warnings), errors: shown(plan.errors) };
}

const curveOf = (curve: LearningRateCurve | null | undefined) =>
  curve && {
    scheduler: curve.scheduler,
    steps: curve.steps,
    epochs: curve.epochs,
    meanShare: curve.meanShare,
    points: curve.points,
  };

/**
 * --lr-curve: the rate at up to 200 batches of the planned run (null for a scheduler the trainer has
 * no curve for), the scheduler as set when the plan is for another, and the research's constant plan.
 */
export function curveJson(plan: Plan, request: PlanRequest): object {
  const curves = planCurves(request, plan);
  return {
    unit: curves.unit,
    learningRate: plan.effectiveLearningRate,
    planned: curveOf(curves.planned),
    ...(curves.asSet === undefined ? {} : { asSet: curveOf(curves.asSet) }),
    research: curves.research,
    warnings: shown(plan.warnings),
  };
}

/** Output with errors: the numeric keys null, the warnings of the plan if there was one. */
export function failureJson(errors: readonly { code: string; message: string }[], plan?: Plan): object {
  return {
    ...Object.fromEntries(NUMERIC_KEYS.map((key) => [key, null])),
    warnings: shown(plan?.warnings ?? []),
    errors,
  };
}

/** "1 frame", "20 frames". */
const count = (value: number, one: string, other = `${one}s`) => `${value} ${value === 1 ? one : other}`;

/** Columns of text, each as wide as its widest cell; numbers right-aligned. */
function columns(rows: readonly (readonly string[])[], rightAligned: readonly boolean[], indent = '  '): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, column) => (rightAligned[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
  );
}

export function table(plan: Plan, request: PlanRequest): string {
  const rows: [string, string][] = [
    [
      'Learning rate',
      formatNumber(plan.learningRate) +
        (plan.effectiveLearningRate !== plan.learningRate
          ? ` (trainer uses ${formatNumber(plan.effectiveLearningRate)})`
          : ''),
    ],
    ['Strength F', formatNumber(plan.strength)],
    ['Steps per frame', formatNumber(plan.stepsPerFrame)],
    ['Max training steps', String(plan.maxTrainSteps)],
    ['Epochs', String(plan.epochs)],
    ['Class images per image', String(plan.classImagesPerInstance)],
    ['Class images in total', String(plan.classImages)],
  ];
  if (plan.concepts.length > 1) {
    plan.concepts.forEach((concept, index) =>
      rows.push([
        `Concept ${index + 1}`,
        `${count(concept.frames, 'frame')}, ${count(concept.classImages, 'class image')}`,
      ]),
    );
  }
  if (plan.resolutionCopies.length > 1) {
    rows.push([
      'Copies per resolution',
      request.resolutions.map((res, index) => `${res}px ×${plan.resolutionCopies[index]}`).join(', '),
    ]);
  }
  const lines = [
    `Dreambooth plan: ${count(plan.frames, 'frame')}, ${request.mode} formula, batch size ${request.batchSize}`,
    '',
    ...columns(rows, [false, false]),
    '',
    'How each number was found',
    ...columns(
      plan.derivation.map((step) => [step.rule, step.text]),
      [false, false],
    ),
  ];
  const options = batchSizeOptions(request);
  if (options.length > 1) {
    lines.push(
      '',
      'Batch sizes that divide the frames (R7)',
      ...columns(
        [
          ['BS', 'steps', 'epochs'],
          ...options.map((option) => [option.batchSize, option.maxTrainSteps, option.epochs].map(String)),
        ],
        [true, true, true],
      ),
    );
  }
  if (plan.warnings.length > 0) {
    lines.push('', 'Warnings', ...plan.warnings.map((warning) => `  [${warning.code}] ${noticeText(EN, warning)}`));
  }
  return lines.join('\n');
}

export function helpText(): string {
  const rows = [
    ...OPTIONS.map((option) => {
      const range = option.bounds ? `; ${formatNumber(option.bounds.min)} to ${formatNumber(option.bounds.max)}` : '';
      return [
        `--${option.flag}${option.value ? ` ${option.value}` : ''}`,
        `${option.help} (default: ${option.defaultText}${range})`,
      ];
    }),
    ...OUTPUT_OPTIONS.map((option) => [`--${option.flag}${'value' in option ? ` ${option.value}` : ''}`, option.help]),
    ['--json', 'print one JSON object instead of the table'],
    ['--version', 'print the version'],
    ['-h, --help', 'show this help'],
  ];
  return [
    'Usage: dreambooth-calc [options] [--json]',
    '',
    'Training numbers for the Dreambooth extension, from the community research (#547).',
    '',
    'Options:',
    ...columns(rows, [false, false]),
    '',
    'Each option may be given once. Bad input exits with status 2 and one line naming the option.',
  ].join('\n');
}
