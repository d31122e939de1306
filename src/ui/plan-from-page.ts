/**
 * The one plan pipeline of the panel and the tooltips: find the tab, read the form, take the frames
 * of each active concept, validate, plan. What the user typed is reported by what they typed it in.
 */
import {
  computePlan,
  numberFromText,
  validatePlanInput,
  warmupStepsOfShare,
  type Plan,
  type PlanInput,
  type PlanRequest,
  type Problem,
} from '../core/index.js';
import type { FormReading, HostForm, HostPage, Localization } from '../webui/index.js';
import type { Session } from './session.js';

/** Where a problem is: a frames box of the panel, another panel input, or a field of the page. */
export type IssueTarget =
  | { kind: 'frames'; slot: number }
  | { kind: 'strength' }
  | { kind: 'formula' }
  | { kind: 'page'; field: keyof PlanInput };

export interface PlanIssue {
  target: IssueTarget;
  problem: Problem | { key: 'enterFrames' };
}

export interface PagePlan {
  /** The form as read for this plan, with the rows a plan writes there. */
  form: HostForm;
  reading: FormReading;
  /** Concept slots the user is asked about: those with a directory, or slot 1 when none is set. */
  slots: number[];
  issues: PlanIssue[];
  plan?: Plan;
  request?: PlanRequest;
}

export interface PlanChoices {
  /** Frames typed (or remembered) per concept slot. */
  frames: Readonly<Record<number, string>>;
  /** A batch size adopted from the options table. */
  batchSize?: number;
  /** Prior preservation: class images are part of the run. */
  prior?: boolean;
}

export function activeSlots(reading: FormReading): number[] {
  return reading.activeConcepts.length > 0 ? reading.activeConcepts.map((concept) => concept.index) : [1];
}

export function planFromPage(
  host: HostPage,
  localization: Localization,
  session: Session,
  choices: PlanChoices,
): PagePlan {
  const form = host.read(localization);
  const { reading } = form;
  const slots = activeSlots(reading);
  const base = { form, reading, slots };
  const missing = slots.filter((slot) => (choices.frames[slot] ?? '').trim() === '');
  if (missing.length > 0)
    return {
      ...base,
      issues: missing.map((slot) => ({ target: { kind: 'frames', slot }, problem: { key: 'enterFrames' } })),
    };

  const input: PlanInput = {
    ...reading.input,
    concepts: slots.map((slot) => numberFromText(choices.frames[slot]!)) as number[],
    mode: session.mode,
  };
  if (session.mode === 'advanced') input.strength = numberFromText(session.strength);
  if (choices.batchSize !== undefined) input.batchSize = choices.batchSize;
  if (choices.prior) input.prior = true;
  const validated = validatePlanInput(input);
  if (!validated.ok) {
    const issues = validated.issues.map((issue): PlanIssue => {
      if (issue.field === 'concepts' && issue.index !== undefined)
        return { target: { kind: 'frames', slot: slots[issue.index]! }, problem: issue.problem };
      if (issue.field === 'concepts') return { target: { kind: 'frames', slot: slots[0]! }, problem: issue.problem };
      if (issue.field === 'strength') return { target: { kind: 'strength' }, problem: issue.problem };
      if (issue.field === 'mode') return { target: { kind: 'formula' }, problem: issue.problem };
      return { target: { kind: 'page', field: issue.field }, problem: issue.problem };
    });
    return { ...base, issues };
  }
  // A page that sets the warmup as a share of the run (kohya's %): its steps follow the planned run.
  const share = reading.warmupShare;
  let plan = computePlan(validated.request);
  let request = validated.request;
  const shared = share && validatePlanInput({ ...input, warmupSteps: warmupStepsOfShare(share, plan.schedulerSteps) });
  if (shared && shared.ok) {
    request = shared.request;
    plan = computePlan(request);
  }
  return { ...base, issues: [], plan, request };
}
