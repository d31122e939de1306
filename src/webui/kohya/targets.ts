/**
 * Which fields of the kohya_ss GUI's Dreambooth tab a plan writes, in the GUI's own terms: the same
 * values its config file gets (core's kohyaGuiSettings, which the GUI's own command builder judges in
 * the tests), so Autofill and the export never disagree. Nothing is written here.
 */
import {
  CHECKPOINT_GB,
  kohyaGuiSettings,
  sdScriptsCheckpoints,
  type Plan,
  type PlanRequest,
} from '../../core/index.js';
import { readComponent } from '../components.js';
import {
  choiceRow,
  numberRow,
  plannedRate,
  type PlannedWrite,
  type RowOptions,
  type WriteOptions,
} from '../targets.js';
import { KOHYA_FIELDS, type KohyaFieldKey } from './fields.js';
import { withoutStopOption, type KohyaReading } from './form.js';
import type { KohyaTab } from './locate.js';

export function kohyaWrites(
  tab: KohyaTab,
  reading: KohyaReading,
  plan: Plan,
  request: PlanRequest,
  options: WriteOptions,
): PlannedWrite[] {
  const settings = kohyaGuiSettings(plan, request, { modelFamily: reading.family });
  const { config } = settings;
  const rows: PlannedWrite[] = [];
  const number = (id: KohyaFieldKey, planned: number, rule: string, formula: string, row: RowOptions = {}) => {
    const component = tab.find(id);
    if (component) rows.push(numberRow(id, component, planned, rule, formula, request, row));
  };
  const choice = (id: KohyaFieldKey, value: boolean | string, rule: string, row: RowOptions = {}) => {
    const component = tab.find(id);
    if (component) rows.push(choiceRow(id, component, value, rule, row));
  };
  const formulaOf = (...quantities: string[]) =>
    [...plan.derivation, ...settings.derivation]
      .filter((step) => quantities.includes(step.quantity))
      .map((step) => step.text)
      .join('; ');

  if (options.batchSize !== undefined)
    number('batchSize', options.batchSize, 'R7', '', { notes: [{ key: 'batchAdopted', frames: plan.frames }] });

  // R16: sd-scripts counts optimizer steps (after accumulation), and with class images two samples per step.
  number(
    'maxTrainSteps',
    Number(config.max_train_steps),
    'R7–R9 · R16',
    formulaOf('maxTrainSteps', 'batches', 'optimizerSteps'),
  );
  // Max train epoch overrides the steps; the GUI's Epoch is the epochs the run covers.
  // The notes name Max train steps as the page shows it (localized or not).
  const steps = tab.find('maxTrainSteps')?.shownLabel ?? KOHYA_FIELDS.maxTrainSteps[0];
  number('maxTrainEpochs', 0, 'R16', '', { notes: [{ key: 'kohyaMaxEpochs', steps }] });
  number('epoch', Number(config.epoch), 'R16', formulaOf('repeats'), { notes: [{ key: 'kohyaEpoch', steps }] });

  // The plan's run saves the final model; the GUI's default saves after every epoch besides.
  const asSet = (id: KohyaFieldKey) => {
    const component = tab.find(id);
    const value = component ? readComponent(component) : null;
    return typeof value === 'number' ? value : 0;
  };
  const checkpoints = sdScriptsCheckpoints({
    epochs: Number(config.epoch),
    steps: Number(config.max_train_steps),
    saveEveryEpochs: asSet('saveEveryEpochs'),
    saveEverySteps: asSet('saveEverySteps'),
  });
  const saveNote =
    checkpoints > 0
      ? { key: 'kohyaSaveFinal' as const, checkpoints, gigabytes: checkpoints * CHECKPOINT_GB[reading.family] }
      : { key: 'kohyaSaveFinalOnly' as const };
  number('saveEveryEpochs', 0, 'R16', '', { notes: [saveNote] });
  number('saveEverySteps', 0, 'R16', '', { notes: [saveNote] });

  if (plan.learningRateApplies) {
    const { rate, rule, formula, ...row } = plannedRate(plan, request);
    number('learningRate', rate, rule, formula, row);
    const textRow = (id: KohyaFieldKey, value: number) =>
      number(id, value, rule, '', {
        ...row,
        notes: [value === 0 ? { key: 'kohyaTextEncoderOff' } : { key: 'sameRate' }, ...(row.notes ?? [])],
      });
    if (reading.family === 'sdxl') {
      textRow('textLearningRate1', Number(config.learning_rate_te1));
      textRow('textLearningRate2', Number(config.learning_rate_te2));
    } else textRow('textLearningRate', Number(config.learning_rate_te));
  }

  // R9: the scheduler the steps were planned for, in sd-scripts' names (an unmeasured one as constant).
  const scheduler = tab.find('scheduler');
  if (scheduler && readComponent(scheduler) !== config.lr_scheduler)
    choice('scheduler', String(config.lr_scheduler), 'R9', { notes: [{ key: 'schedulerSwitch' }] });
  // The warmup keeps its share of the run, in the run's steps; sd-scripts refuses any with constant.
  const share = Math.round(100 * (reading.warmupShare ?? 0));
  const warmupNote =
    config.lr_scheduler === 'constant' ? { key: 'kohyaNoWarmup' as const } : { key: 'kohyaWarmup' as const, share };
  number('warmupPercent', 0, 'R9', '', { notes: [warmupNote] });
  number('warmupSteps', Number(config.lr_warmup_steps), 'R9', '', { notes: [warmupNote] });

  if (reading.family !== 'sdxl') {
    // The GUI passes its "Stop TE" slider on as a step number: 0 the whole run, -1 none. With an 8-bit
    // optimizer -1 crashes train_db.py: sd-scripts builds the optimizer twice, from a generator once
    // the text encoder is left out (library/train_util.py:4896-4899, 4937-4938; train_db.py:198), so
    // there the text encoder stays in at rate 0, which changes nothing.
    const off = config.stop_text_encoder_training === -1;
    const eightBit = /8bit$/i.test(reading.input.optimizer ?? '');
    number('stopTextEncoder', off && eightBit ? 0 : Number(config.stop_text_encoder_training), 'R1 · R16', '', {
      notes: off ? [{ key: eightBit ? 'kohyaTextEncoderRateZero' : 'kohyaTextEncoderOff' }] : [],
    });
    // A stop inside the run in Additional parameters would crash train_db.py: it goes.
    const additional = withoutStopOption(reading.additionalParameters);
    if (additional !== reading.additionalParameters)
      choice('additionalParameters', additional, 'R1 · R16', { notes: [{ key: 'kohyaStopRemoved' }] });
  }

  // R13: weights held in 16 bits keep no update of the planned size; in fp32 they do.
  if (plan.warnings.some((warning) => warning.code === 'full-mixed-precision'))
    for (const id of ['fullFp16', 'fullBf16'] as const) {
      const component = tab.find(id);
      if (component && readComponent(component) === true)
        rows.push(
          choiceRow(id, component, false, 'R13', {
            notes: [{ key: 'weightsInFp32' }],
            resolves: 'full-mixed-precision',
          }),
        );
    }
  return rows;
}
