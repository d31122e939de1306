/**
 * Which fields a plan writes on each UI generation, with the value, the rule behind it and whether
 * it fits the field. Nothing is written here: the panel previews these and applies the ones the
 * user keeps.
 */
import { BASE_LR, computePlan, formatNumber, type BatchSizeOption, type NoticeCode, type Plan, type PlanRequest } from '../core/index.js';
import { fitValue, limitsOf, readComponent, readText, type Component } from './components.js';
import type { DreamboothTab } from './locate.js';

export interface PlannedWrite {
  /** Stable id of the row (field key, with the concept for per-concept fields). */
  id: string;
  label: string;
  component: Component;
  current: string;
  /** The value to write, already snapped to the field's step; null when it does not fit. */
  value: number | null;
  planned: number;
  rule: string;
  why: string;
  /** Why the value cannot be written, with what would make it fit. */
  problem?: string;
  /** False when the field already holds the value (nothing to write). */
  changes: boolean;
  /** Ticked when the preview opens: not for a rate the research did not measure for the optimizer. */
  selectedByDefault: boolean;
  /** The plan warning that writing this row makes moot (shown again when the row is unticked). */
  resolves?: NoticeCode;
}

export interface WriteOptions {
  /** Prior preservation: write the class image counts. */
  prior: boolean;
  /** A batch size the user adopted from the options table (also written). */
  batchSize?: number;
  /** The page's concept slot (1-based) of each concept of the request, in order. */
  conceptSlots: number[];
}

/** Learning rates are written with 4 significant digits: what a person would type, within 0.05 %. */
function roundRate(rate: number): number {
  return Number(rate.toPrecision(4));
}

export function plannedWrites(tab: DreamboothTab, plan: Plan, request: PlanRequest, options: WriteOptions): PlannedWrite[] {
  const rows: PlannedWrite[] = [];
  const ruleOf = (quantity: string) => plan.derivation.filter((step) => step.quantity === quantity);
  interface RowOptions {
    /** The plan figure a "what would fit" suggestion recomputes. */
    figure?: (plan: Plan) => number;
    selectedByDefault?: boolean;
    resolves?: NoticeCode;
  }
  const add = (id: string, component: Component | null, planned: number, rule: string, why: string, { figure, selectedByDefault = true, resolves }: RowOptions = {}) => {
    if (!component) return;
    const fit = fitValue(component, planned);
    const suggest = () => (figure ? suggestion(component, request, figure) : '');
    const currentValue = readComponent(component);
    const value = fit.ok ? fit.value : null;
    rows.push({
      id,
      label: component.label,
      component,
      current: readText(component),
      value,
      planned,
      rule,
      why,
      ...(fit.ok ? {} : { problem: `${formatNumber(planned)} ${fit.reason}. ${suggest()}`.trim() }),
      changes: value !== null && currentValue !== value,
      selectedByDefault,
      ...(resolves ? { resolves } : {}),
    });
  };
  const stepsWhy = ruleOf('maxTrainSteps').map((step) => step.text).join('; ');

  if (options.batchSize !== undefined) {
    add('batchSize', tab.find('batchSize'), options.batchSize, 'R7', `chosen from the batch-size options (divides ${plan.frames} frames)`);
  }

  if (tab.generation === '2022-12') {
    add('maxTrainSteps', tab.find('maxTrainSteps'), plan.maxTrainSteps, 'R7–R9', stepsWhy);
  } else {
    add('epochs', tab.find('epochs'), plan.epochs, 'R10', ruleOf('epochs')[0]?.text ?? '', { figure: (alternative) => alternative.epochs });
  }

  // R9: the extension's constant is the research's only at Starting Factor 1; a long warmup under-trains.
  if (plan.proposedStartFactor !== undefined) {
    add('startFactor', tab.find('startFactor'), plan.proposedStartFactor, 'R9', "makes the extension's constant scheduler the research's constant", { resolves: 'scheduler-start-factor' });
  }
  if (plan.proposedWarmupSteps !== undefined) {
    add('warmupSteps', tab.find('warmupSteps'), plan.proposedWarmupSteps, 'R9', ruleOf('warmupSteps')[0]?.text ?? '', { resolves: 'warmup-share' });
  }

  // R15: a rate computed for full fine-tuning never goes into LoRA or adaptive-optimizer training;
  // for an optimizer the research did not measure it is offered unticked.
  if (plan.learningRateApplies) {
    const rate = roundRate(plan.learningRate);
    const step = ruleOf('learningRate')[0] ?? ruleOf('strength')[0];
    const unmeasured = plan.optimizerMeasured ? '' : `; computed for Adam, not measured for ${request.optimizer}`;
    const selectedByDefault = plan.optimizerMeasured;
    add('learningRate', tab.find('learningRate'), rate, step?.rule ?? 'R4', `${step?.text ?? ''}${unmeasured}`, { selectedByDefault });
    add('textLearningRate', tab.find('textLearningRate'), rate, step?.rule ?? 'R4', `the research trained the text encoder with the same rate${unmeasured}`, { selectedByDefault });
  }

  if (options.prior) {
    const perConcept = tab.generation === '2022-12';
    plan.concepts.forEach((concept, position) => {
      const slot = options.conceptSlots[position] ?? position + 1;
      const component = tab.findInConcept(perConcept ? 'classImagesTotal' : 'classImagesPerInstance', slot);
      const value = perConcept ? concept.classImages : plan.classImagesPerInstance;
      const why = perConcept
        ? `${plan.classImagesPerInstance} per frame · ${concept.frames} frames`
        : `class images per frame = SPF_base = ${plan.classImagesPerInstance}`;
      add(`classImages-${slot}`, component, value, 'R11', why, {
        figure: (alternative) => (perConcept ? alternative.concepts[position]!.classImages : alternative.classImagesPerInstance),
      });
    });
  }
  return rows;
}

/** Changes of the request that lower the steps per frame, as a user would make them. */
function fittingChanges(request: PlanRequest): [string, Partial<PlanRequest>][] {
  const changes: [string, Partial<PlanRequest>][] = [];
  // The research's constant: diffusers' constant, or the extension's constant_with_warmup.
  const constant = request.schedulers === 'extension' ? 'constant_with_warmup' : 'constant';
  if (request.scheduler !== constant) changes.push([`the ${constant} scheduler`, { scheduler: constant }]);
  if (request.textEncoderRatio < 1) changes.push(['training the text encoder', { textEncoderRatio: 1 }]);
  if (request.resolutions.some((resolution) => resolution > 512)) changes.push(['512 px', { resolutions: [512] }]);
  if (request.mode === 'standard') {
    const rate = (request.learningRate ?? BASE_LR) * 2;
    changes.push([`LR ${formatNumber(rate)}`, { learningRate: rate }]);
  }
  return changes;
}

/**
 * What brings a planned number into the field's range: each single change (planned again by the
 * core) whose result fits. A larger batch is never offered for epochs: under R7 they grow with it.
 */
function suggestion(component: Component, request: PlanRequest, figure: (plan: Plan) => number): string {
  const max = limitsOf(component)?.max;
  if (max === undefined) return '';
  const hints = fittingChanges(request)
    .map(([name, change]) => [name, figure(computePlan({ ...request, ...change }))] as const)
    .filter(([, value]) => value <= max)
    .map(([name, value]) => `${name} gives ${value}`);
  return hints.length > 0 ? `To fit: ${hints.join('; ')}.` : 'No single change of scheduler, text encoder or resolution brings it into range.';
}

/**
 * Why a batch-size option cannot be adopted on this page: its batch size, or the steps or epochs it
 * implies, do not fit their fields. Null when it fits.
 */
export function batchOptionProblem(tab: DreamboothTab, option: BatchSizeOption): string | null {
  const steps: [Component | null, number] = tab.generation === '2022-12' ? [tab.find('maxTrainSteps'), option.maxTrainSteps] : [tab.find('epochs'), option.epochs];
  for (const [component, value] of [[tab.find('batchSize'), option.batchSize], steps] as const) {
    if (!component) continue;
    const fit = fitValue(component, value);
    if (!fit.ok) return `${component.label} ${formatNumber(value)} ${fit.reason}`;
  }
  return null;
}
