/**
 * Which fields a plan writes on each UI generation, with the value, the rule behind it and whether
 * it fits the field. Nothing is written here: the panel previews these and applies the ones the
 * user keeps.
 */
import { formatNumber, type Plan, type PlanRequest } from '../core/index.js';
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
  const add = (id: string, component: Component | null, planned: number, rule: string, why: string, suggest: () => string = () => '') => {
    if (!component) return;
    const fit = fitValue(component, planned);
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
    });
  };
  const stepsWhy = ruleOf('maxTrainSteps').map((step) => step.text).join('; ');

  if (options.batchSize !== undefined) {
    add('batchSize', tab.find('batchSize'), options.batchSize, 'R7', `chosen from the batch-size options (divides ${plan.frames} frames)`);
  }

  if (tab.generation === '2022-12') {
    add('maxTrainSteps', tab.find('maxTrainSteps'), plan.maxTrainSteps, 'R7–R9', stepsWhy);
  } else {
    add('epochs', tab.find('epochs'), plan.epochs, 'R10', ruleOf('epochs')[0]?.text ?? '', () => epochSuggestion(request, tab));
  }

  // R15: a rate computed for full fine-tuning never goes into LoRA or adaptive-optimizer training.
  if (plan.learningRateApplies) {
    const rate = roundRate(plan.learningRate);
    const step = ruleOf('learningRate')[0] ?? ruleOf('strength')[0];
    add('learningRate', tab.find('learningRate'), rate, step?.rule ?? 'R4', step?.text ?? '');
    add('textLearningRate', tab.find('textLearningRate'), rate, step?.rule ?? 'R4', 'the research trained the text encoder with the same rate');
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
      add(`classImages-${slot}`, component, value, 'R11', why, () => classImageSuggestion(plan));
    });
  }
  return rows;
}

/**
 * What would bring the epochs into the field's range. A larger batch does not: epochs grow about
 * as √BS under R7, so only fewer steps per frame help.
 */
function epochSuggestion(request: PlanRequest, tab: DreamboothTab): string {
  const epochs = tab.find('epochs');
  const max = epochs ? limitsOf(epochs)?.max : undefined;
  if (max === undefined) return '';
  const hints: string[] = [];
  if (request.scheduler !== 'constant' && request.scheduler !== 'constant_with_warmup') hints.push('a constant scheduler halves the steps');
  if (request.mode === 'standard') hints.push('a higher learning rate needs fewer steps per frame');
  if (request.resolutions.some((resolution) => resolution > 512)) hints.push('a lower resolution needs fewer steps per frame');
  if (request.textEncoderRatio < 1) hints.push('training the text encoder halves the steps per frame');
  return hints.length > 0 ? `To fit: ${hints.join('; ')}.` : '';
}

function classImageSuggestion(plan: Plan): string {
  return plan.classImagesPerInstance > 100 ? 'Training the text encoder halves it (100 per frame).' : '';
}
