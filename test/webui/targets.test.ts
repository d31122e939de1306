// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { computePlan, validatePlanInput, type PlanInput } from '../../src/core/index.js';
import { locateTab, plannedWrites, readForm } from '../../src/webui/index.js';
import { buildPage } from './page-fixture.js';
import { rowProblemText } from '../../src/ui/autofill/view.js';
import { words } from '../helpers/words.js';

const problemOf = (row: { problem?: unknown } & Parameters<typeof rowProblemText>[1]) =>
  rowProblemText(words('en'), row);
import type { VersionKey } from '../../src/demo/catalog.js';

function rowsFor(
  key: VersionKey,
  extra: PlanInput,
  options: { prior: boolean; batchSize?: number; conceptSlots?: number[] } = { prior: true },
) {
  const { tab } = buildPage(key);
  const located = locateTab(tab);
  const validated = validatePlanInput({ ...readForm(located).input, ...extra });
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  const plan = computePlan(validated.request);
  return plannedWrites(located, plan, validated.request, { conceptSlots: options.conceptSlots ?? [1], ...options });
}

const summary = (rows: ReturnType<typeof rowsFor>) =>
  rows.map((row) => [row.id, row.component.label, row.value, row.rule]);

describe('what a plan writes', () => {
  it('current UI: epochs, warmup, both learning rates, class images per instance image', () => {
    // The default warmup of 500 is 24% of the 100 epochs · (20 frames + 1) the scheduler counts: 5% is 105.
    expect(summary(rowsFor('HEAD', { frames: 20 }))).toEqual([
      ['epochs', 'Training Steps Per Image (Epochs)', 100, 'R10'],
      ['warmupSteps', 'Learning Rate Warmup Steps', 105, 'R9'],
      ['learningRate', 'Learning Rate', 5e-7, 'R4'],
      ['textLearningRate', 'Text Encoder Learning Rate', 5e-7, 'R4'],
      // The page's defaults: bf16 with Full Mixed Precision on, which rounds a rate of 5e-7 away.
      ['fullMixedPrecision', 'Full Mixed Precision', false, 'R13'],
      ['classImages-1', 'Class Images Per Instance Image', 100, 'R11'],
    ]);
  });

  it('offers to untick Full Mixed Precision only where 16-bit weights lose the planned rate (R13)', () => {
    const row = rowsFor('HEAD', { frames: 20 }).find((candidate) => candidate.id === 'fullMixedPrecision')!;
    expect(row).toMatchObject({ value: false, current: 'on', changes: true, resolves: 'full-mixed-precision' });
    const ids = (input: PlanInput) => rowsFor('HEAD', input).map((candidate) => candidate.id);
    expect(ids({ frames: 20, precision: 'fp32' })).not.toContain('fullMixedPrecision');
    expect(ids({ frames: 20, lora: true })).not.toContain('fullMixedPrecision');
    // fp16 keeps updates from about 2.4e-5: the standard formula's 1e-5 is still lost, 1e-4 is not.
    expect(ids({ frames: 3, mode: 'standard', precision: 'fp16' })).toContain('fullMixedPrecision');
    expect(ids({ frames: 3, mode: 'standard', learningRate: 1e-4, precision: 'fp16' })).not.toContain(
      'fullMixedPrecision',
    );
  });

  it("with class images, a linear_with_warmup page gets constant_with_warmup and the research's epochs (R9)", () => {
    const rows = rowsFor('HEAD', { frames: 20, scheduler: 'linear_with_warmup', prior: true });
    expect(rows.find((row) => row.id === 'scheduler')).toMatchObject({
      value: 'constant_with_warmup',
      rule: 'R9',
      resolves: 'scheduler-ends-early',
    });
    expect(rows.find((row) => row.id === 'epochs')!.value).toBe(100);
    const alone = rowsFor('HEAD', { frames: 20, scheduler: 'linear_with_warmup' });
    expect(alone.map((row) => row.id)).not.toContain('scheduler');
    // Without class images the curve ends 1/21 of the run early: ×2 · 1.05 keeps the research's area.
    expect(alone.find((row) => row.id === 'epochs')!.value).toBe(210);
  });

  it('2023 UIs have no text-encoder rate field', () => {
    expect(summary(rowsFor('2023-01-31', { concepts: [10, 10] }, { prior: true, conceptSlots: [1, 2] }))).toEqual([
      ['epochs', 'Training Steps Per Image (Epochs)', 100, 'R10'],
      ['learningRate', 'Learning Rate', 1e-6, 'R4'],
      ['classImages-1', 'Class Images Per Instance Image', 100, 'R11'],
      ['classImages-2', 'Class Images Per Instance Image', 100, 'R11'],
    ]);
  });

  it("Dec 2022 UI: max training steps and each concept's total class images", () => {
    // Train Text Encoder is on by default there: 100 class images per frame.
    expect(summary(rowsFor('2022-12-20', { concepts: [6, 4] }, { prior: true, conceptSlots: [1, 3] }))).toEqual([
      ['maxTrainSteps', 'Max Training Steps', 1000, 'R7–R9'],
      ['learningRate', 'Learning Rate', 1.667e-6, 'R4'],
      ['classImages-1', 'Total Number of Class/Reg Images', 600, 'R11'],
      ['classImages-3', 'Total Number of Class/Reg Images', 400, 'R11'],
    ]);
  });

  it('leaves class images alone without prior preservation, and adds an adopted batch size', () => {
    const rows = rowsFor('HEAD', { frames: 20, batchSize: 4, warmupSteps: 0 }, { prior: false, batchSize: 4 });
    expect(summary(rows)).toEqual([
      ['batchSize', 'Batch Size', 4, 'R7'],
      ['epochs', 'Training Steps Per Image (Epochs)', 230, 'R10'],
      ['learningRate', 'Learning Rate', 5e-7, 'R4'],
      ['textLearningRate', 'Text Encoder Learning Rate', 5e-7, 'R4'],
      ['fullMixedPrecision', 'Full Mixed Precision', false, 'R13'],
    ]);
  });

  it('names the rule that gave the rate in each formula', () => {
    const ruleOfRate = (input: PlanInput) => rowsFor('HEAD', input).find((row) => row.id === 'learningRate')!;
    expect(ruleOfRate({ frames: 5, mode: 'standard' })).toMatchObject({
      value: 1e-5,
      rule: 'R3',
      formula: 'LR = 1e-5',
    });
    expect(ruleOfRate({ frames: 40, mode: 'filewords' })).toMatchObject({ value: 1e-5, rule: 'R6' });
    expect(ruleOfRate({ frames: 10, learningRate: 2e-6 })).toMatchObject({
      value: 2e-6,
      rule: 'R4',
      formula: 'F = FNc · LR / 1e-5 = 10 · 2e-6 / 1e-5 = 2',
    });
  });

  it('never plans a learning rate for LoRA or an adaptive optimizer (R15)', () => {
    expect(rowsFor('HEAD', { frames: 20, lora: true, warmupSteps: 0 }).map((row) => row.id)).toEqual([
      'epochs',
      'classImages-1',
    ]);
    expect(rowsFor('HEAD', { frames: 20, optimizer: 'Prodigy', warmupSteps: 0 }).map((row) => row.id)).toEqual([
      'epochs',
      'classImages-1',
    ]);
  });

  it("suggests the research's constant (the extension's constant_with_warmup) when the multiplier is what overflows", () => {
    // 1536 px with the text encoder: 900 steps per frame; the extension's full-wave cosine over 1.05
    // of its length averages 0.5234 of the rate → ×1.9105, 1719 epochs.
    const rows = rowsFor('HEAD', { frames: 20, resolution: 1536, scheduler: 'cosine' });
    expect(problemOf(rows.find((row) => row.id === 'epochs')!)).toBe(
      "1719 does not fit the field's range 0 to 1000. To fit: the constant_with_warmup scheduler gives 900, 512 px gives 191.",
    );
  });

  it('offers a higher rate in the standard formula, planned again by the core', () => {
    // 5 frames at 5e-7 with the text encoder: 2000 steps per frame; at 1e-6, 1000 epochs fit.
    const rows = rowsFor('HEAD', { frames: 5, mode: 'standard', learningRate: 5e-7 });
    expect(problemOf(rows.find((row) => row.id === 'epochs')!)).toBe(
      "2000 does not fit the field's range 0 to 1000. To fit: LR 1e-6 gives 1000.",
    );
  });

  it('refuses a value the field cannot hold and says what would fit', () => {
    // 2048 px without the text encoder: SPF 3200, far beyond the 0–1000 epochs slider.
    const rows = rowsFor('HEAD', { frames: 10, resolution: 2048, textEncoderRatio: 0 });
    const epochs = rows.find((row) => row.id === 'epochs')!;
    expect(epochs.value).toBeNull();
    expect(epochs.changes).toBe(false);
    // The text encoder alone still needs 1600 epochs: only the resolution is offered.
    expect(problemOf(epochs)).toBe("3200 does not fit the field's range 0 to 1000. To fit: 512 px gives 200.");
    const classImages = rows.find((row) => row.id === 'classImages-1')!;
    expect(classImages.value).toBeNull();
    expect(problemOf(classImages)).toBe(
      "200 does not fit the field's range 0 to 100. To fit: training the text encoder gives 100.",
    );
  });

  it("proposes Starting Factor 1 for the extension's constant scheduler, resolving its warning", () => {
    const rows = rowsFor('HEAD', { frames: 20, scheduler: 'constant', warmupSteps: 0 });
    expect(rows.find((row) => row.id === 'startFactor')).toMatchObject({
      component: { label: 'Constant/Linear Starting Factor' },
      value: 1,
      rule: 'R9',
      selectedByDefault: true,
      resolves: 'scheduler-start-factor',
    });
  });

  it('offers the rate unticked for an optimizer the research did not measure', () => {
    const rows = rowsFor('HEAD', { frames: 20, optimizer: 'Lion', warmupSteps: 0 });
    expect(rows.find((row) => row.id === 'learningRate')).toMatchObject({
      value: 5e-7,
      selectedByDefault: false,
      notes: [{ key: 'optimizerUnmeasured', optimizer: 'Lion' }],
    });
    expect(rows.find((row) => row.id === 'epochs')).toMatchObject({ selectedByDefault: true });
  });
});
