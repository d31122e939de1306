// @vitest-environment jsdom
// The rows Autofill writes on the kohya_ss GUI for SDXL, on fields marked up as Gradio 5 renders them
// (dom-snippets.md of ../shared/gradio-5.34.2): sdxl_train.py trains both text encoders at TE1/TE2
// for the whole run or not at all, and has no Stop TE.
import { describe, expect, it } from 'vitest';
import { computePlan, validatePlanInput } from '../../src/core/index.js';
import { readKohyaForm } from '../../src/webui/kohya/form.js';
import { locateKohyaTab } from '../../src/webui/kohya/locate.js';
import { kohyaWrites } from '../../src/webui/kohya/targets.js';

function number(label: string, value: number) {
  return `<div class="block"><label class="block container"><span data-testid="block-info">${label}</span><input aria-label="${label}" type="number" value="${value}"></label></div>`;
}
function checkbox(label: string, checked: boolean) {
  return `<div class="block"><label><input type="checkbox" data-testid="checkbox"${checked ? ' checked' : ''}><span>${label}</span></label></div>`;
}

function rowsFor(textEncoderRate: number) {
  document.body.innerHTML = `<div id="tab">${[
    checkbox('SDXL', true),
    number('Max train steps', 1600),
    number('Max train epoch', 0),
    number('Epoch', 1),
    number('Learning rate Unet', 1e-5),
    number('Learning rate TE1', textEncoderRate),
    number('Learning rate TE2', textEncoderRate),
  ].join('')}</div>`;
  const tab = locateKohyaTab(document.getElementById('tab')!);
  const reading = readKohyaForm(tab);
  const validated = validatePlanInput({ ...reading.input, concepts: [10], mode: 'advanced', strength: 'medium' });
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  const rows = kohyaWrites(tab, reading, computePlan(validated.request), validated.request, {
    prior: false,
    conceptSlots: [1],
  });
  return Object.fromEntries(rows.map((row) => [row.id, row.value]));
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
