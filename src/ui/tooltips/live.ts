/**
 * The live figure a tooltip shows: the plan for the user's own dataset (the form's values, the frames
 * remembered for this model, the panel's formula and strength), and what would change it.
 */
import {
  batchSizeOptions,
  computePlan,
  formatNumber,
  validatePlanInput,
  type Plan,
  type PlanRequest,
} from '../../core/index.js';
import { locateTab, readForm, type Localization } from '../../webui/index.js';
import { loadFrames } from '../frames-store.js';
import { activeSlots, planInputFor, type Session } from '../session.js';
import type { LiveTopic } from './texts.js';

export interface LiveContext {
  plan: Plan;
  request: PlanRequest;
  strengthLabel: string;
}

/** The plan behind the tooltips, or null while the frames of the model's concepts are not known. */
export function liveContext(doc: Document, tabElement: Element, localization: Localization, session: Session): LiveContext | null {
  const reading = readForm(locateTab(tabElement, localization));
  const remembered = loadFrames(doc, reading.modelName);
  const concepts = activeSlots(reading).map((slot) => remembered.frames[slot]);
  if (concepts.some((frames) => frames === undefined)) return null;
  const validated = validatePlanInput(planInputFor(reading, concepts as number[], session));
  if (!validated.ok) return null;
  return { plan: computePlan(validated.request), request: validated.request, strengthLabel: session.strength };
}

function variant(request: PlanRequest, change: Partial<PlanRequest>): Plan {
  return computePlan({ ...request, ...change });
}

/** One line with the user's numbers for a parameter. */
export function liveLine(topic: LiveTopic, context: LiveContext): string {
  const { plan, request } = context;
  const frames = `your ${plan.frames} frames`;
  const rate = formatNumber(plan.learningRate);
  switch (topic) {
    case 'learningRate':
    case 'textLearningRate': {
      if (!plan.learningRateApplies) return `Not planned for ${frames}: LoRA or an adaptive optimizer is on, and the research's rate does not apply.`;
      if (request.mode !== 'advanced' || request.strength === undefined) return `With ${frames} (${request.mode} formula): LR ${rate}.`;
      const harder = formatNumber(variant(request, { strength: request.strength * 2 }).learningRate);
      return `With ${frames} at strength ${context.strengthLabel}: LR ${rate}. Twice the frames would halve it; twice the strength would make it ${harder}.`;
    }
    case 'epochs':
      return `With ${frames}: ${plan.epochs} epochs (${plan.maxTrainSteps} steps at batch size ${request.batchSize}).`;
    case 'maxTrainSteps':
      return `With ${frames}: ${plan.maxTrainSteps} steps at batch size ${request.batchSize}.`;
    case 'saveFrequency':
      return `Your plan trains ${plan.epochs} epochs (${plan.maxTrainSteps} steps); one save at the end is enough.`;
    case 'batchSize': {
      const options = batchSizeOptions(request);
      const index = Math.max(0, options.findIndex((option) => option.batchSize >= request.batchSize));
      const nearby = options.slice(Math.max(0, index - 1), index + 2);
      return `Steps for ${frames}: ${nearby.map((option) => `batch ${option.batchSize} → ${option.maxTrainSteps} (${option.epochs} epochs)`).join(', ')}.`;
    }
    case 'gradAccum': {
      if (request.gradAccum === 1) {
        const two = variant(request, { gradAccum: 2 }).maxTrainSteps;
        return `With ${frames}: ${plan.maxTrainSteps} steps at 1, as the research advises; ${two} at 2.`;
      }
      const single = variant(request, { gradAccum: 1 }).maxTrainSteps;
      return `With ${frames}: ${plan.maxTrainSteps} steps at ${request.gradAccum}; ${single} at 1, as the research advises.`;
    }
    case 'textEncoder': {
      const on = variant(request, { textEncoderRatio: 1 }).maxTrainSteps;
      const off = variant(request, { textEncoderRatio: 0 }).maxTrainSteps;
      return `With ${frames}: ${on} steps with the text encoder, ${off} without (now ${plan.maxTrainSteps}).`;
    }
    case 'resolution': {
      const other = request.resolutions.length === 1 && request.resolutions[0] === 512 ? 768 : 512;
      const alternative = variant(request, { resolutions: [other] });
      return `At ${request.resolutions.join('+')} px: ${formatNumber(plan.stepsPerFrame)} steps per frame, ${plan.maxTrainSteps} steps for ${frames}; at ${other} px: ${formatNumber(alternative.stepsPerFrame)} and ${alternative.maxTrainSteps}.`;
    }
    case 'classImagesPerInstance':
      return `For ${frames}: ${plan.classImagesPerInstance} class images per image, ${plan.classImages} in total.`;
    case 'classImagesTotal':
      return `Your concepts: ${plan.concepts.map((concept) => `${concept.frames} frames → ${concept.classImages} class images`).join('; ')}.`;
    case 'scheduler': {
      const constant = variant(request, { scheduler: 'constant' }).maxTrainSteps;
      return `${request.scheduler}: ${plan.maxTrainSteps} steps for ${frames}; constant: ${constant}.`;
    }
    case 'precision': {
      const notice = [...plan.errors, ...plan.warnings].find((entry) => entry.code === 'precision-range' || entry.code === 'precision-rounding');
      return notice ? `Your LR ${rate} in ${request.precision}: ${notice.message}` : `Your LR ${rate} is held exactly in ${request.precision}.`;
    }
    case 'scaleLr': {
      const scaled = formatNumber(variant(request, { scaleLr: true }).effectiveLearningRate);
      return `${request.scaleLr ? 'On' : 'If on'}: the trainer would use ${scaled} instead of ${rate}.`;
    }
    case 'lora':
      return request.lora ? 'On: Autofill leaves every learning rate alone and plans steps only.' : `Off: Autofill plans the full fine-tuning rate ${rate}.`;
    case 'optimizer':
      return plan.learningRateApplies ? `${request.optimizer ?? 'This optimizer'}: the planned rate ${rate} applies.` : `${request.optimizer ?? 'This optimizer'} is adaptive: Autofill does not write a rate.`;
  }
}
