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
      // R5: with several concepts the rate comes from the largest one, not from all frames.
      const rateFrames = request.concepts.length > 1 ? `your largest concept's ${Math.max(...request.concepts)} frames (${plan.frames} in all)` : frames;
      const unmeasured = plan.optimizerMeasured ? '' : ` That is Adam's rate; the research did not measure ${request.optimizer}.`;
      return `With ${rateFrames} at strength ${context.strengthLabel}: LR ${rate}. Twice the frames would halve it; twice the strength would make it ${harder}.${unmeasured}`;
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
      // The research's constant: diffusers' constant, or the extension's constant_with_warmup.
      const constantName = request.schedulers === 'extension' ? 'constant_with_warmup' : 'constant';
      const constant = variant(request, { scheduler: constantName }).maxTrainSteps;
      const unmeasured = plan.warnings.find((notice) => notice.code === 'scheduler-unknown' || notice.code === 'scheduler-ramp-up' || notice.code === 'scheduler-start-factor');
      const verdict = unmeasured ? ` ${unmeasured.message}` : '';
      return `${request.scheduler}: ${plan.maxTrainSteps} steps for ${frames}; ${constantName}: ${constant}.${verdict}`;
    }
    case 'warmupSteps': {
      const notice = plan.warnings.find((entry) => entry.code === 'warmup-share');
      if (notice) return notice.message;
      const warmup = request.warmupSteps === undefined ? 'Your warmup' : `Your warmup of ${request.warmupSteps}`;
      return `${warmup} is within a tenth of the ${plan.maxTrainSteps}-step plan for ${frames}, or unused by ${request.scheduler}.`;
    }
    case 'startFactor': {
      if (request.schedulers !== 'extension' || (request.scheduler !== 'constant' && request.scheduler !== 'linear')) return `${request.scheduler} does not use it.`;
      const notice = plan.warnings.find((entry) => entry.code === 'scheduler-start-factor' || entry.code === 'scheduler-ramp-up');
      return notice ? notice.message : `At ${formatNumber(request.startFactor)}, ${request.scheduler} trains at the full rate all along: the research's constant.`;
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
    case 'optimizer': {
      const name = request.optimizer ?? 'This optimizer';
      if (!plan.learningRateApplies) return `${name} is adaptive: Autofill does not write a rate.`;
      if (!plan.optimizerMeasured) return `${name} was not measured by the research: ${rate} is the rate for Adam, offered unticked.`;
      return `${name} is what the research measured: the planned rate ${rate} applies.`;
    }
  }
}
