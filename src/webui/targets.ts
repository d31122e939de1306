/**
 * Which fields a plan writes on each UI generation, with the value, the rule behind it and whether
 * it fits the field. Nothing is written here, and no text: the panel renders these rows in the
 * user's language and applies the ones the user keeps.
 */
import {
  lowerStepAlternatives,
  type BatchSizeOption,
  type FitChange,
  type NoticeCode,
  type Plan,
  type PlanRequest,
} from '../core/index.js';
import { fitValue, limitsOf, readComponent, readText, type Component, type FitFailure } from './components.js';
import type { BatchOptionProblem } from './host.js';
import type { DreamboothTab } from './locate.js';

/** A short reason of a row that is not a formula of the derivation. */
export type RowNote =
  | { key: 'batchAdopted'; frames: number }
  | { key: 'sameRate' }
  | { key: 'startFactor' }
  | { key: 'weightsInFp32' }
  | { key: 'schedulerSwitch' }
  | { key: 'optimizerUnmeasured'; optimizer: string }
  | { key: 'kohyaMaxEpochs'; steps: string }
  | { key: 'kohyaEpoch'; steps: string }
  | { key: 'kohyaWarmup'; share: number }
  | { key: 'kohyaNoWarmup' }
  | { key: 'kohyaSaveFinal'; checkpoints: number; gigabytes: number }
  | { key: 'kohyaSaveFinalOnly' }
  | { key: 'kohyaStopRemoved' }
  | { key: 'kohyaTextEncoderOff' }
  | { key: 'kohyaTextEncoderRateZero' };

/** Why a planned number is not written, and the single changes that would bring it into the field. */
export interface RowProblem {
  failure: FitFailure;
  alternatives: { change: FitChange; value: number }[];
}

export interface PlannedWrite {
  /** Stable id of the row (field key, with the concept for per-concept fields). */
  id: string;
  component: Component;
  /** The concept slot of a per-concept field. */
  concept?: number;
  current: string;
  /** The value to write, already snapped to the field's step; null when it does not fit. A checkbox's is true or false. */
  value: number | boolean | string | null;
  planned: number | boolean | string;
  rule: string;
  /** The formulas of the derivation that gave the number. */
  formula: string;
  notes: RowNote[];
  problem?: RowProblem;
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

/**
 * R15: the planned rate as written, with the rule and formula behind it. A rate computed for full
 * fine-tuning never goes into LoRA or adaptive-optimizer training (callers check learningRateApplies);
 * for an optimizer the research did not measure it is offered unticked.
 */
export function plannedRate(
  plan: Plan,
  request: PlanRequest,
): { rate: number; rule: string; formula: string } & Pick<RowOptions, 'notes' | 'selectedByDefault'> {
  const step = plan.derivation.find((entry) => entry.quantity === 'learningRate' || entry.quantity === 'strength');
  return {
    rate: roundRate(plan.learningRate),
    rule: step?.rule ?? 'R4',
    formula: step?.text ?? '',
    notes: plan.optimizerMeasured ? [] : [{ key: 'optimizerUnmeasured', optimizer: request.optimizer ?? '' }],
    selectedByDefault: plan.optimizerMeasured,
  };
}

export interface RowOptions {
  concept?: number;
  notes?: RowNote[];
  /** The plan figure the "what would fit" alternatives recompute. */
  figure?: (plan: Plan) => number;
  selectedByDefault?: boolean;
  resolves?: NoticeCode;
  /** A choice row's formula (a number row takes it as an argument). */
  formula?: string;
}

export function plannedWrites(
  tab: DreamboothTab,
  plan: Plan,
  request: PlanRequest,
  options: WriteOptions,
): PlannedWrite[] {
  const rows: PlannedWrite[] = [];
  const formulaOf = (...quantities: string[]) =>
    plan.derivation
      .filter((step) => quantities.includes(step.quantity))
      .map((step) => step.text)
      .join('; ');
  const add = (
    id: string,
    component: Component | null,
    planned: number,
    rule: string,
    formula: string,
    row: RowOptions = {},
  ) => {
    if (component) rows.push(numberRow(id, component, planned, rule, formula, request, row));
  };

  if (options.batchSize !== undefined) {
    add('batchSize', tab.find('batchSize'), options.batchSize, 'R7', '', {
      notes: [{ key: 'batchAdopted', frames: plan.frames }],
    });
  }

  if (tab.generation === '2022-12') {
    add('maxTrainSteps', tab.find('maxTrainSteps'), plan.maxTrainSteps, 'R7–R9', formulaOf('maxTrainSteps'));
  } else {
    add('epochs', tab.find('epochs'), plan.epochs, 'R10', formulaOf('epochs'), {
      figure: (alternative) => alternative.epochs,
    });
  }

  // R9: the extension's constant is the research's only at Starting Factor 1; a long warmup under-trains.
  if (plan.proposedStartFactor !== undefined) {
    add('startFactor', tab.find('startFactor'), plan.proposedStartFactor, 'R9', '', {
      notes: [{ key: 'startFactor' }],
      resolves: 'scheduler-start-factor',
    });
  }
  if (plan.proposedWarmupSteps !== undefined) {
    add('warmupSteps', tab.find('warmupSteps'), plan.proposedWarmupSteps, 'R9', formulaOf('warmupSteps'), {
      resolves: 'warmup-share',
    });
  }

  // R15: a rate computed for full fine-tuning never goes into LoRA or adaptive-optimizer training;
  // for an optimizer the research did not measure it is offered unticked.
  if (plan.learningRateApplies) {
    const { rate, rule, formula, ...row } = plannedRate(plan, request);
    add('learningRate', tab.find('learningRate'), rate, rule, formula, row);
    add('textLearningRate', tab.find('textLearningRate'), rate, rule, '', {
      ...row,
      notes: [{ key: 'sameRate' }, ...(row.notes ?? [])],
    });
  }

  const set = (id: string, component: Component | null, value: boolean | string, rule: string, row: RowOptions) => {
    if (component) rows.push(choiceRow(id, component, value, rule, row));
  };
  // R9: the plan is for the scheduler it proposes (a curve of the page's that fails the research's plan).
  if (plan.proposedScheduler !== undefined) {
    const failing = plan.warnings.find(
      (warning) => warning.code === 'scheduler-fails' || warning.code === 'scheduler-ends-early',
    );
    set('scheduler', tab.find('scheduler'), plan.proposedScheduler, 'R9', {
      notes: [{ key: 'schedulerSwitch' }],
      ...(failing ? { resolves: failing.code } : {}),
    });
  }
  // R13: weights held in 16 bits keep no update of the planned size; in fp32 they do.
  if (plan.warnings.some((warning) => warning.code === 'full-mixed-precision')) {
    set('fullMixedPrecision', tab.find('fullMixedPrecision'), false, 'R13', {
      notes: [{ key: 'weightsInFp32' }],
      resolves: 'full-mixed-precision',
    });
  }

  if (options.prior) {
    const total = tab.generation === '2022-12';
    plan.concepts.forEach((concept, position) => {
      const slot = options.conceptSlots[position] ?? position + 1;
      const component = tab.findInConcept(total ? 'classImagesTotal' : 'classImagesPerInstance', slot);
      const value = total ? concept.classImages : plan.classImagesPerInstance;
      const formula = total
        ? `CI · FNc = ${plan.classImagesPerInstance} · ${concept.frames}`
        : `CI = SPF_base = ${plan.classImagesPerInstance}`;
      add(`classImages-${slot}`, component, value, 'R11', formula, {
        concept: slot,
        figure: (alternative) =>
          total ? alternative.concepts[position]!.classImages : alternative.classImagesPerInstance,
      });
    });
  }
  return rows;
}

/** A row that writes a number, snapped to the field; one that does not fit says why and what would. */
export function numberRow(
  id: string,
  component: Component,
  planned: number,
  rule: string,
  formula: string,
  request: PlanRequest,
  row: RowOptions = {},
): PlannedWrite {
  const fit = fitValue(component, planned);
  const value = fit.ok ? fit.value : null;
  return {
    id,
    component,
    ...(row.concept === undefined ? {} : { concept: row.concept }),
    current: readText(component),
    value,
    planned,
    rule,
    formula,
    notes: row.notes ?? [],
    ...(fit.ok
      ? {}
      : {
          problem: {
            failure: fit,
            alternatives: row.figure ? fittingAlternatives(component, request, row.figure) : [],
          },
        }),
    changes: value !== null && readComponent(component) !== value,
    selectedByDefault: row.selectedByDefault ?? true,
    ...(row.resolves ? { resolves: row.resolves } : {}),
  };
}

/** A row that sets a checkbox, a dropdown or a text to one value, which always fits. */
export function choiceRow(
  id: string,
  component: Component,
  value: boolean | string,
  rule: string,
  row: RowOptions = {},
): PlannedWrite {
  return {
    id,
    component,
    current: readText(component),
    value,
    planned: value,
    rule,
    formula: row.formula ?? '',
    notes: row.notes ?? [],
    changes: readComponent(component) !== value,
    selectedByDefault: true,
    ...(row.resolves ? { resolves: row.resolves } : {}),
  };
}

/** The single changes (planned again by the core) whose figure fits the field's range. */
function fittingAlternatives(
  component: Component,
  request: PlanRequest,
  figure: (plan: Plan) => number,
): RowProblem['alternatives'] {
  const max = limitsOf(component)?.max;
  if (max === undefined) return [];
  return lowerStepAlternatives(request)
    .map(({ change, plan }) => ({ change, value: figure(plan) }))
    .filter(({ value }) => value <= max);
}

/**
 * Why a batch-size option cannot be adopted on this page: its batch size, or the steps or epochs it
 * implies, do not fit their fields. Null when it fits.
 */
export function batchOptionProblem(tab: DreamboothTab, option: BatchSizeOption): BatchOptionProblem | null {
  const steps: [Component | null, number] =
    tab.generation === '2022-12'
      ? [tab.find('maxTrainSteps'), option.maxTrainSteps]
      : [tab.find('epochs'), option.epochs];
  return firstMisfit([[tab.find('batchSize'), option.batchSize], steps]);
}

/** The first of these values its field (when the page has it) cannot take as it is. */
export function firstMisfit(values: readonly (readonly [Component | null, number])[]): BatchOptionProblem | null {
  for (const [component, value] of values) {
    if (!component) continue;
    const fit = fitValue(component, value);
    if (!fit.ok) return { component, value, failure: fit };
  }
  return null;
}
