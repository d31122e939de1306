import { describe, expect, it } from 'vitest';
import { computePlan, validatePlanInput, type PlanInput } from '../../../src/core/index.js';
import { liveLine, type LiveContext } from '../../../src/ui/tooltips/live.js';
import type { LiveTopic } from '../../../src/ui/tooltips/texts.js';

function context(input: PlanInput, strengthLabel = 'medium'): LiveContext {
  const validated = validatePlanInput(input);
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  return { plan: computePlan(validated.request), request: validated.request, strengthLabel };
}

describe('live numbers in tooltips', () => {
  const twenty = context({ frames: 20, textEncoder: true, batchSize: 2, scheduler: 'cosine' });
  it.each<[LiveTopic, string]>([
    ['learningRate', 'With your 20 frames at strength medium: LR 5e-7. Twice the frames would halve it; twice the strength would make it 1e-6.'],
    ['epochs', 'With your 20 frames: 297 epochs (2970 steps at batch size 2).'],
    ['batchSize', 'Steps for your 20 frames: batch 1 → 4000 (200 epochs), batch 2 → 2970 (297 epochs), batch 4 → 2300 (460 epochs).'],
    ['gradAccum', 'With your 20 frames: 2970 steps at 1, as the research advises; 4200 at 2.'],
    ['textEncoder', 'With your 20 frames: 2970 steps with the text encoder, 5846 without (now 2970).'],
    ['resolution', 'At 512 px: 100 steps per frame, 2970 steps for your 20 frames; at 768 px: 225 and 6682.'],
    ['classImagesPerInstance', 'For your 20 frames: 100 class images per image, 2000 in total.'],
    ['scheduler', 'cosine: 2970 steps for your 20 frames; constant: 1485.'],
    ['precision', 'Your LR 5e-7 in fp32: At LR 5e-7, fp32 starts rounding (per the research); fine details may be lost.'],
    ['scaleLr', 'If on: the trainer would use 1e-6 instead of 5e-7.'],
    ['lora', 'Off: Autofill plans the full fine-tuning rate 5e-7.'],
  ])('%s', (topic, line) => {
    expect(liveLine(topic, twenty)).toBe(line);
  });

  it('compares with the advised accumulation and the base resolution when away from them', () => {
    const away = context({ frames: 20, textEncoder: true, gradAccum: 4, resolution: 768 });
    expect(liveLine('gradAccum', away)).toBe('With your 20 frames: 9000 steps at 4; 4500 at 1, as the research advises.');
    expect(liveLine('resolution', away)).toBe('At 768 px: 225 steps per frame, 9000 steps for your 20 frames; at 512 px: 100 and 4000.');
  });

  it('says when the rate does not apply (R15)', () => {
    expect(liveLine('learningRate', context({ frames: 20, lora: true }))).toBe(
      "Not planned for your 20 frames: LoRA or an adaptive optimizer is on, and the research's rate does not apply.",
    );
    expect(liveLine('optimizer', context({ frames: 20, optimizer: 'Prodigy' }))).toBe('Prodigy is adaptive: Autofill does not write a rate.');
  });
});
