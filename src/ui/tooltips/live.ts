/**
 * The live figure a tooltip shows: the plan for the user's own dataset (the form's values, the frames
 * remembered for this model, the panel's formula and strength), and what would change it, in the
 * user's language.
 */
import {
  batchSizeOptions,
  formatNumber,
  planWith,
  type ModelFamily,
  type Plan,
  type PlanRequest,
} from '../../core/index.js';
import type { HostPage, Localization } from '../../webui/index.js';
import { planFromPage } from '../plan-from-page.js';
import type { Session } from '../session.js';
import { loadFrames } from '../storage.js';
import type { Words } from '../words.js';
import type { LiveTopic } from './texts.js';

export interface LiveContext {
  plan: Plan;
  request: PlanRequest;
  strengthLabel: string;
  /** The model family the page trains (the kohya_ss GUI says; the WebUI's plan is family-neutral). */
  family: ModelFamily;
}

/** The plan behind the tooltips, or null while the frames of the model's concepts are not known. */
export function liveContext(
  doc: Document,
  host: HostPage,
  localization: Localization,
  session: Session,
): LiveContext | null {
  const first = planFromPage(host, localization, session, { frames: {} }).reading;
  const remembered = loadFrames(doc, first.modelName).frames;
  const frames = Object.fromEntries(Object.entries(remembered).map(([slot, count]) => [slot, String(count)]));
  // Class images where the page trains with them already (kohya's regularisation folder).
  const { plan, request, reading } = planFromPage(host, localization, session, { frames, prior: first.prior === true });
  return plan && request ? { plan, request, strengthLabel: session.strength, family: reading.family ?? 'sd15' } : null;
}

/** A host's live lines: the user's numbers for a parameter's topic. */
export interface LiveLines {
  line(words: Words, topic: string, context: LiveContext): string;
}

/** One line with the user's numbers for a parameter. */
export function liveLine(words: Words, topic: LiveTopic, context: LiveContext): string {
  const { plan, request } = context;
  const who = words.live('yourFrames', { frames: plan.frames });
  const rate = plan.learningRate;
  const noticeOf = (...codes: string[]) =>
    [...plan.errors, ...plan.warnings].find((entry) => codes.includes(entry.code));
  switch (topic) {
    case 'learningRate':
    case 'textLearningRate': {
      if (!plan.learningRateApplies) return words.live('rateNotPlanned', { who });
      if (request.mode !== 'advanced' || request.strength === undefined)
        return words.live('rateOfMode', { who, mode: words.ui(`mode.${request.mode}`), rate });
      const harder = planWith(request, { strength: request.strength * 2 }).learningRate;
      // R5: with several concepts the rate comes from the largest one, not from all frames.
      const rateWho =
        request.concepts.length > 1
          ? words.live('largestConcept', { largest: Math.max(...request.concepts), frames: plan.frames })
          : who;
      const line = words.live('rate', { who: rateWho, strength: context.strengthLabel, rate, harder });
      return plan.optimizerMeasured
        ? line
        : `${line} ${words.live('rateUnmeasured', { optimizer: request.optimizer ?? '' })}`;
    }
    case 'epochs':
      return words.live('epochs', {
        who,
        epochs: plan.epochs,
        steps: plan.maxTrainSteps,
        batchSize: request.batchSize,
      });
    case 'maxTrainSteps':
      return words.live('maxTrainSteps', { who, steps: plan.maxTrainSteps, batchSize: request.batchSize });
    case 'saveFrequency':
      return words.live('saveFrequency', { epochs: plan.epochs, steps: plan.maxTrainSteps });
    case 'batchSize': {
      const options = batchSizeOptions(request);
      const index = Math.max(
        0,
        options.findIndex((option) => option.batchSize >= request.batchSize),
      );
      const nearby = options.slice(Math.max(0, index - 1), index + 2);
      const list = nearby.map((option) =>
        words.live('batchOption', { batchSize: option.batchSize, steps: option.maxTrainSteps, epochs: option.epochs }),
      );
      return words.live('batchSizes', { who, list });
    }
    case 'gradAccum':
      return request.gradAccum === 1
        ? words.live('gradAccumOne', {
            who,
            steps: plan.maxTrainSteps,
            two: planWith(request, { gradAccum: 2 }).maxTrainSteps,
          })
        : words.live('gradAccum', {
            who,
            steps: plan.maxTrainSteps,
            gradAccum: request.gradAccum,
            single: planWith(request, { gradAccum: 1 }).maxTrainSteps,
          });
    case 'textEncoder':
      return words.live('textEncoder', {
        who,
        on: planWith(request, { textEncoderRatio: 1 }).maxTrainSteps,
        off: planWith(request, { textEncoderRatio: 0 }).maxTrainSteps,
        steps: plan.maxTrainSteps,
      });
    case 'resolution': {
      const other = request.resolutions.length === 1 && request.resolutions[0] === 512 ? 768 : 512;
      const alternative = planWith(request, { resolutions: [other] });
      return words.live('resolution', {
        resolution: request.resolutions.join('+'),
        spf: plan.stepsPerFrame,
        steps: plan.maxTrainSteps,
        who,
        other,
        otherSpf: alternative.stepsPerFrame,
        otherSteps: alternative.maxTrainSteps,
      });
    }
    case 'classImagesPerInstance':
      return words.live('classImagesPerInstance', {
        who,
        perFrame: plan.classImagesPerInstance,
        total: plan.classImages,
      });
    case 'classImagesTotal':
      return words.live('classImagesTotal', {
        list: plan.concepts.map((concept) =>
          words.live('conceptClassImages', { frames: concept.frames, classImages: concept.classImages }),
        ),
      });
    case 'scheduler': {
      // The research's constant: diffusers' constant, or the extension's constant_with_warmup.
      const constant = request.schedulers === 'extension' ? 'constant_with_warmup' : 'constant';
      const line =
        request.scheduler === constant
          ? words.live('schedulerConstant', { scheduler: request.scheduler, steps: plan.maxTrainSteps, who })
          : words.live('scheduler', {
              scheduler: request.scheduler,
              steps: plan.maxTrainSteps,
              who,
              constant,
              constantSteps: planWith(request, { scheduler: constant }).maxTrainSteps,
            });
      const unmeasured = noticeOf('scheduler-unknown', 'scheduler-ramp-up', 'scheduler-start-factor');
      return unmeasured ? `${line} ${words.notice(unmeasured)}` : line;
    }
    case 'warmupSteps': {
      const notice = noticeOf('warmup-share');
      return notice
        ? words.notice(notice)
        : words.live('warmupFine', { steps: plan.schedulerSteps, who, scheduler: request.scheduler });
    }
    case 'startFactor': {
      if (request.schedulers !== 'extension' || (request.scheduler !== 'constant' && request.scheduler !== 'linear'))
        return words.live('startFactorUnused', { scheduler: request.scheduler });
      const notice = noticeOf('scheduler-start-factor', 'scheduler-ramp-up');
      return notice
        ? words.notice(notice)
        : words.live('startFactorFull', { factor: request.startFactor, scheduler: request.scheduler });
    }
    case 'precision': {
      // No rate is planned for LoRA or an adaptive optimizer (R15): nothing to say about holding it.
      if (!plan.learningRateApplies) return words.live('rateNotPlanned', { who });
      const notice = noticeOf('precision-range', 'precision-rounding');
      return notice
        ? words.live('precision', { rate, precision: request.precision, notice: words.notice(notice) })
        : words.live('precisionExact', { rate, precision: request.precision });
    }
    case 'scaleLr': {
      // R14 scales by GA · BS · GPUs: at 1 it changes nothing.
      if (request.gradAccum * request.batchSize * request.gpus === 1) return words.live('scaleLrNoChange', { rate });
      const scaled = planWith(request, { scaleLr: true }).effectiveLearningRate;
      return words.live(request.scaleLr ? 'scaleLrOn' : 'scaleLrOff', { scaled, rate });
    }
    case 'lora':
      if (request.lora) return words.live('loraOn');
      return plan.learningRateApplies
        ? words.live('loraOff', { rate: formatNumber(rate) })
        : words.live('loraOffAdaptive', { optimizer: request.optimizer ?? words.live('thisOptimizer') });
    case 'optimizer': {
      const optimizer = request.optimizer ?? words.live('thisOptimizer');
      if (!plan.learningRateApplies) return words.live('optimizerAdaptive', { optimizer });
      return words.live(plan.optimizerMeasured ? 'optimizerMeasured' : 'optimizerUnmeasured', { optimizer, rate });
    }
  }
}
