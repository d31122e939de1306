// @vitest-environment jsdom
// The rows Autofill writes on the kohya_ss GUI, on fields marked up as Gradio 5 renders them
// (dom-snippets.md of ../shared/gradio-5.34.2): for SDXL sdxl_train.py trains both text encoders at
// TE1/TE2 for the whole run or not at all, and has no Stop TE; for SD 1.x train_db.py crashes at a stop
// of the text encoder inside the run, and sd-scripts refuses a warmup with constant.
import { describe, expect, it } from 'vitest';
import { computePlan, validatePlanInput } from '../../src/core/index.js';
import { readKohyaForm } from '../../src/webui/kohya/form.js';
import { locateKohyaTab } from '../../src/webui/kohya/locate.js';
import { kohyaWrites } from '../../src/webui/kohya/targets.js';

function number(label: string, value: number) {
  return `<div class="block"><label class="block container"><span data-testid="block-info">${label}</span><input aria-label="${label}" type="number" value="${value}"></label></div>`;
}
function slider(label: string, value: number, min: number, max: number) {
  return `<div class="block"><div class="wrap"><div class="head"><label for="range"><span data-testid="block-info">${label}</span></label><input data-testid="number-input" type="number" min="${min}" max="${max}" step="1" value="${value}"></div></div><input type="range" id="range" min="${min}" max="${max}" step="1" value="${value}"></div>`;
}
function checkbox(label: string, checked: boolean) {
  return `<div class="block"><label><input type="checkbox" data-testid="checkbox"${checked ? ' checked' : ''}><span>${label}</span></label></div>`;
}

function text(label: string, value: string) {
  return `<div class="block"><label class="container"><span data-testid="block-info">${label}</span><textarea data-testid="textbox">${value}</textarea></label></div>`;
}

function sdxlFields(textEncoderRate: number) {
  return [
    checkbox('SDXL', true),
    number('Max train steps', 1600),
    number('Max train epoch', 0),
    number('Epoch', 1),
    number('Learning rate Unet', 1e-5),
    number('Learning rate TE1', textEncoderRate),
    number('Learning rate TE2', textEncoderRate),
  ];
}

function rowsFor(textEncoderRate: number) {
  return writesOn(sdxlFields(textEncoderRate)).values;
}

/** The plan for 10 frames of the fields given; the rows Autofill writes and what the page notes. */
function writesOn(fields: string[]) {
  document.body.innerHTML = `<div id="tab">${fields.join('')}</div>`;
  const tab = locateKohyaTab(document.getElementById('tab')!);
  const reading = readKohyaForm(tab);
  const validated = validatePlanInput({ ...reading.input, concepts: [10], mode: 'advanced', strength: 'medium' });
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  const plan = computePlan(validated.request);
  const rows = kohyaWrites(tab, reading, plan, validated.request, { prior: false, conceptSlots: [1] });
  return {
    values: Object.fromEntries(rows.map((row) => [row.id, row.value])),
    notes: Object.fromEntries(rows.map((row) => [row.id, row.notes])),
    reading,
    plan,
  };
}

describe('SDXL on the kohya_ss GUI', () => {
  it('text encoders on: both at the planned rate, the steps with the text encoder (R1: 10 · 100)', () => {
    expect(rowsFor(1e-5)).toEqual({
      maxTrainSteps: 1000,
      maxTrainEpochs: 0,
      epoch: 100,
      learningRate: 1e-6,
      textLearningRate1: 1e-6,
      textLearningRate2: 1e-6,
    });
  });

  it('text encoders off (rates 0): they stay 0, and the steps are those without (R1: 10 · 200)', () => {
    expect(rowsFor(0)).toEqual({
      maxTrainSteps: 2000,
      maxTrainEpochs: 0,
      epoch: 200,
      learningRate: 1e-6,
      textLearningRate1: 0,
      textLearningRate2: 0,
    });
  });
});

describe('SD 1.x on the kohya_ss GUI: what sd-scripts would refuse or crash on', () => {
  const fields = (additional: string, warmupPercent: number) => [
    number('Max train steps', 1600),
    number('Max train epoch', 0),
    number('Epoch', 1),
    number('Learning rate Unet', 1e-5),
    number('Learning rate TE', 1e-5),
    number('LR warmup (% of total steps)', warmupPercent),
    number('LR warmup steps (override)', 0),
    // A slider from -1 (kohya_gui/class_basic_training.py).
    slider('Stop TE (% of total steps)', 0, -1, 100),
    text('Additional parameters', additional),
  ];

  it('a stop at step 800 of 1600 is planned as the whole run (R1: 10 · 100), and removed from the parameters', () => {
    const { values, notes, reading, plan } = writesOn(fields('--xformers --stop_text_encoder_training 800', 0));
    expect(reading.crashingStop).toBe(0.5);
    expect(reading.input.textEncoderRatio).toBe(1);
    expect(plan.maxTrainSteps).toBe(1000);
    expect(values).toMatchObject({ maxTrainSteps: 1000, stopTextEncoder: 0, additionalParameters: '--xformers' });
    expect(notes.additionalParameters).toEqual([{ key: 'kohyaStopRemoved' }]);
  });

  it('a stop early in the run is planned without the text encoder (R1: 10 · 200), Stop TE -1', () => {
    const { values } = writesOn(fields('--stop_text_encoder_training 200', 0));
    expect(values).toMatchObject({
      maxTrainSteps: 2000,
      stopTextEncoder: -1,
      textLearningRate: 0,
      additionalParameters: '',
    });
  });

  it("with the GUI's AdamW8bit the text encoder stays in at rate 0: Stop TE -1 crashes sd-scripts there", () => {
    const { values, notes } = writesOn([
      ...fields('--stop_text_encoder_training 200', 0),
      text('Optimizer', 'AdamW8bit'),
    ]);
    expect(values).toMatchObject({ maxTrainSteps: 2000, stopTextEncoder: 0, textLearningRate: 0 });
    expect(notes.stopTextEncoder).toEqual([{ key: 'kohyaTextEncoderRateZero' }]);
  });

  it('constant (the GUI read without a scheduler field) keeps no warmup: both warmup fields 0', () => {
    const { values, notes } = writesOn(fields('', 10));
    expect(values).toMatchObject({ warmupPercent: 0, warmupSteps: 0 });
    expect(notes.warmupPercent).toEqual([{ key: 'kohyaNoWarmup' }]);
  });
});

describe('saving on the kohya_ss GUI', () => {
  it('the final model only: "Save every N epochs" 1 would add a checkpoint after every epoch but the last', () => {
    // 10 frames with the text encoder: 1000 steps, 100 epochs of 10 steps; 99 checkpoints of about 2 GB.
    const { values, notes } = writesOn([
      number('Max train steps', 1600),
      number('Learning rate Unet', 1e-5),
      number('Learning rate TE', 1e-5),
      number('Epoch', 1),
      number('Save every N epochs', 1),
      number('Save every N steps', 0),
    ]);
    expect(values).toMatchObject({ epoch: 100, saveEveryEpochs: 0, saveEverySteps: 0 });
    expect(notes.saveEveryEpochs).toEqual([{ key: 'kohyaSaveFinal', checkpoints: 99, gigabytes: 198 }]);
  });
});
