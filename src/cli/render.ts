/** What the calculator prints: the JSON of the contract, the readable table, and the help. */
import {
  PLAN_FIGURES,
  batchSizeOptions,
  formatNumber,
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

/** Output with errors: the numeric keys null, the warnings of the plan if there was one. */
export function failureJson(errors: readonly { code: string; message: string }[], plan?: Plan): object {
  return {
    ...Object.fromEntries(NUMERIC_KEYS.map((key) => [key, null])),
    warnings: shown(plan?.warnings ?? []),
    errors,
  };
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
      rows.push([`Concept ${index + 1}`, `${concept.frames} frames, ${concept.classImages} class images`]),
    );
  }
  if (plan.resolutionCopies.length > 1) {
    rows.push([
      'Copies per resolution',
      request.resolutions.map((res, index) => `${res}px ×${plan.resolutionCopies[index]}`).join(', '),
    ]);
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
      lines.push(
        `  ${String(option.batchSize).padEnd(4)}  ${String(option.maxTrainSteps).padStart(5)}  ${String(option.epochs).padStart(6)}`,
      );
    }
  }
  if (plan.warnings.length > 0) {
    lines.push('', 'Warnings', ...plan.warnings.map((warning) => `  [${warning.code}] ${noticeText(EN, warning)}`));
  }
  return lines.join('\n');
}

export function helpText(): string {
  const usage = OPTIONS.map((option) => {
    const name = `--${option.flag}${option.value ? ` ${option.value}` : ''}`;
    const range = option.bounds ? `; ${formatNumber(option.bounds.min)}–${formatNumber(option.bounds.max)}` : '';
    return `  ${name.padEnd(38)} ${option.help} (default: ${option.defaultText}${range})`;
  });
  return [
    'Usage: dreambooth-calc [options] [--json]',
    '',
    'Training numbers for the Dreambooth extension, from the community research (#547).',
    '',
    'Options:',
    ...usage,
    ...OUTPUT_OPTIONS.map(
      (option) => `  ${`--${option.flag}${'value' in option ? ` ${option.value}` : ''}`.padEnd(38)} ${option.help}`,
    ),
    `  ${'--json'.padEnd(38)} print one JSON object instead of the table`,
    `  ${'-h, --help'.padEnd(38)} show this help`,
    '',
    'Each option may be given once. Bad input exits with status 2 and one line naming the option.',
  ].join('\n');
}
