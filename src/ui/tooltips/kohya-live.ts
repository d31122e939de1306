/**
 * The live lines of the kohya_ss GUI's tooltips: the plan for the user's dataset in the GUI's own
 * numbers (its Max train steps are sd-scripts' optimizer steps, R16), from the same settings Autofill
 * writes. Rates, precision and optimizer read as on the WebUI.
 */
import { kohyaGuiSettings, planWith, type PlanRequest } from '../../core/index.js';
import type { Words } from '../words.js';
import type { KohyaLiveTopic } from './kohya-texts.js';
import { liveLine, type LiveContext, type LiveLines } from './live.js';

export const KOHYA_LIVE: LiveLines = {
  line(words: Words, topic: string, context: LiveContext): string {
    const { plan, request, family } = context;
    const who = words.live('yourFrames', { frames: plan.frames });
    const gui = (changes: Partial<PlanRequest> = {}) => {
      const changed = { ...request, ...changes };
      return kohyaGuiSettings(planWith(request, changes), changed, { modelFamily: family });
    };
    const steps = (changes: Partial<PlanRequest> = {}) => Number(gui(changes).config.max_train_steps);
    const settings = gui();
    const now = Number(settings.config.max_train_steps);
    switch (topic as KohyaLiveTopic) {
      case 'kohyaSteps':
        return words.live(request.prior ? 'kohyaStepsPrior' : 'kohyaSteps', {
          who,
          steps: now,
          planSteps: plan.maxTrainSteps,
          batchSize: request.batchSize,
          gradAccum: request.gradAccum,
        });
      case 'kohyaEpoch':
        return words.live('kohyaEpoch', { who, epochs: Number(settings.config.epoch), steps: now });
      case 'kohyaFolders': {
        const folders = settings.notes.find((note) => note.key === 'instance-folders');
        return words.live('kohyaFolders', { who, folders: folders?.key === 'instance-folders' ? folders.folders : '' });
      }
      case 'kohyaRegImages': {
        const withClass = request.prior ? request : { ...request, prior: true };
        const classPlan = request.prior ? plan : planWith(request, { prior: true });
        const folder = kohyaGuiSettings(classPlan, withClass, { modelFamily: family }).notes.find(
          (note) => note.key === 'reg-folder',
        );
        return words.live(request.prior ? 'kohyaRegImages' : 'kohyaRegImagesOff', {
          who,
          images: classPlan.classImages,
          perFrame: classPlan.classImagesPerInstance,
          folder: folder?.key === 'reg-folder' ? folder.folder : '',
          steps: steps({ prior: true }),
        });
      }
      case 'kohyaScheduler': {
        const line =
          settings.config.lr_scheduler === 'constant'
            ? words.live('kohyaSchedulerConstant', { scheduler: String(settings.config.lr_scheduler), steps: now, who })
            : words.live('kohyaScheduler', {
                scheduler: String(settings.config.lr_scheduler),
                steps: now,
                who,
                constantSteps: steps({ scheduler: 'constant' }),
              });
        const unmeasured = plan.warnings.find((notice) => notice.code === 'scheduler-unknown');
        return unmeasured ? `${line} ${words.notice(unmeasured)}` : line;
      }
      case 'kohyaWarmup': {
        const notice = plan.warnings.find((entry) => entry.code === 'warmup-share');
        if (notice) return words.notice(notice);
        return words.live('kohyaWarmup', { warmup: Number(settings.config.lr_warmup_steps), steps: now });
      }
      case 'kohyaResolution': {
        const side = Math.max(...request.resolutions);
        const other = side === 512 ? 768 : 512;
        return words.live('kohyaResolution', {
          resolution: side,
          steps: now,
          who,
          other,
          otherSteps: steps({ resolutions: [other] }),
        });
      }
      case 'kohyaTextEncoder':
        return words.live('kohyaTextEncoder', {
          who,
          on: steps({ textEncoderRatio: 1 }),
          off: steps({ textEncoderRatio: 0 }),
          steps: now,
        });
      case 'kohyaGradAccum':
        return words.live('kohyaGradAccum', {
          who,
          steps: now,
          gradAccum: request.gradAccum,
          single: steps({ gradAccum: 1 }),
        });
      case 'learningRate':
      case 'textLearningRate':
      case 'precision':
      case 'optimizer':
        return liveLine(words, topic as 'learningRate', context);
    }
    // A topic of no GUI field: no live line.
    return '';
  },
};
