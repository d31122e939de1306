import { describe, expect, it } from 'vitest';
import { computePlan, validatePlanInput, type PlanInput } from '../../../src/core/index.js';
import { liveLine, type LiveContext } from '../../../src/ui/tooltips/live.js';
import { tooltipFor, type LiveTopic } from '../../../src/ui/tooltips/texts.js';
import { EN_TOOLTIPS } from '../../../src/i18n/en-tooltips.js';
import { words } from '../../helpers/words.js';

function context(input: PlanInput, strengthLabel = 'medium'): LiveContext {
  const validated = validatePlanInput(input);
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  return { plan: computePlan(validated.request), request: validated.request, strengthLabel, family: 'sd15' };
}

const en = words('en');

describe('live numbers in tooltips', () => {
  const twenty = context({ frames: 20, textEncoder: true, batchSize: 2, scheduler: 'cosine' });
  it.each<[LiveTopic, string]>([
    [
      'learningRate',
      'With your 20 frames at strength medium: LR 5e-7. Twice the frames would halve it; twice the strength would make it 1e-6.',
    ],
    ['epochs', 'With your 20 frames: 297 epochs (2970 steps at batch size 2).'],
    [
      'batchSize',
      'Steps for your 20 frames: batch 1 → 4000 (200 epochs), batch 2 → 2970 (297 epochs), batch 4 → 2300 (460 epochs). Larger batches take fewer steps but more epochs: each frame is seen more often.',
    ],
    ['gradAccum', 'With your 20 frames: 2970 steps at 1, as the research advises; 4200 at 2.'],
    ['textEncoder', 'With your 20 frames: 2970 steps with the text encoder, 5846 without (now 2970).'],
    ['resolution', 'At 512 px: 100 steps per frame, 2970 steps for your 20 frames; at 768 px: 225 and 6682.'],
    ['classImagesPerInstance', 'For your 20 frames: 100 class images per image, 2000 in total.'],
    ['scheduler', 'cosine: 2970 steps for your 20 frames; constant: 1485.'],
    [
      'warmupSteps',
      'Your warmup is within a tenth of the 2970 steps the scheduler counts for your 20 frames, or unused by cosine.',
    ],
    ['precision', 'fp32 rounds rates below 1e-6 (per the research), and 5e-7 is below that: fine details may be lost.'],
    ['scaleLr', 'If on: the trainer would use 1e-6 instead of 5e-7.'],
    ['lora', 'Off: Autofill plans the full fine-tuning rate 5e-7.'],
  ])('%s', (topic, line) => {
    expect(liveLine(en, topic, twenty)).toBe(line);
  });

  it('compares with the advised accumulation and the base resolution when away from them', () => {
    const away = context({ frames: 20, textEncoder: true, gradAccum: 4, resolution: 768 });
    expect(liveLine(en, 'gradAccum', away)).toBe(
      'With your 20 frames: 9000 steps at 4; 4500 at 1, as the research advises.',
    );
    expect(liveLine(en, 'resolution', away)).toBe(
      'At 768 px: 225 steps per frame, 9000 steps for your 20 frames; at 512 px: 100 and 4000.',
    );
  });

  it('says when the rate does not apply (R15)', () => {
    expect(liveLine(en, 'learningRate', context({ frames: 20, lora: true }))).toBe(
      "Not planned for your 20 frames: LoRA or an adaptive optimizer is on, and the research's rate does not apply.",
    );
    expect(liveLine(en, 'optimizer', context({ frames: 20, optimizer: 'Prodigy' }))).toBe(
      'Prodigy is adaptive: Autofill does not write a rate.',
    );
    // No rate is planned, so the precision line says that rather than judging a rate nobody uses.
    expect(liveLine(en, 'precision', context({ frames: 20, optimizer: 'Prodigy', precision: 'bf16' }))).toBe(
      "Not planned for your 20 frames: LoRA or an adaptive optimizer is on, and the research's rate does not apply.",
    );
  });
});

describe('live numbers that follow the trainer (R9, R15) and the concepts (R5)', () => {
  it("the extension's schedulers: the research's constant is constant_with_warmup, and linear is named", () => {
    const linear = context({ frames: 20, textEncoder: true, schedulers: 'extension', scheduler: 'linear' });
    expect(liveLine(en, 'scheduler', linear)).toBe(
      "linear: 2000 steps for your 20 frames; constant_with_warmup: 2000. The extension's linear scheduler ramps the rate up from 0.5 × LR over the first 50% of the run, which the research did not measure; steps count it as ×1. The research's linear (×2 steps) is linear_with_warmup.",
    );
    expect(
      liveLine(
        en,
        'scheduler',
        context({ frames: 20, textEncoder: true, schedulers: 'extension', scheduler: 'linear_with_warmup' }),
      ),
    ).toBe('linear_with_warmup: 4200 steps for your 20 frames; constant_with_warmup: 2000.');
  });

  it("the starting factor: what 0.5 does to constant, and that 1 is the research's constant", () => {
    expect(
      liveLine(en, 'startFactor', context({ frames: 20, schedulers: 'extension', scheduler: 'constant' })),
    ).toContain('Starting Factor 0.5 for the first 50% of the run');
    expect(
      liveLine(
        en,
        'startFactor',
        context({ frames: 20, schedulers: 'extension', scheduler: 'constant', startFactor: 1 }),
      ),
    ).toBe("At 1, constant trains at the full rate all along: the research's constant.");
  });

  it('the warmup: the default 500 against the 600 steps the scheduler counts', () => {
    expect(
      liveLine(
        en,
        'warmupSteps',
        context({
          frames: 5,
          textEncoder: true,
          schedulers: 'extension',
          scheduler: 'constant_with_warmup',
          warmupSteps: 500,
        }),
      ),
    ).toContain('The warmup of 500 steps is 83% of the 600 the scheduler counts');
  });

  it('several concepts: the rate names the largest concept it comes from', () => {
    expect(liveLine(en, 'learningRate', context({ concepts: [10, 30] }))).toBe(
      "With your largest concept's 30 frames (40 in all) at strength medium: LR 3.333e-7. Twice the frames would halve it; twice the strength would make it 6.667e-7.",
    );
  });

  it('Lion is not told that the planned rate applies', () => {
    expect(liveLine(en, 'optimizer', context({ frames: 20, optimizer: 'Lion' }))).toBe(
      'Lion was not measured by the research: 5e-7 is the rate for Adam, offered unticked.',
    );
    expect(liveLine(en, 'optimizer', context({ frames: 20, optimizer: '8bit AdamW' }))).toBe(
      '8bit AdamW is what the research measured: the planned rate 5e-7 applies.',
    );
  });
});

describe('corrected tooltip facts', () => {
  const text = (label: string) => EN_TOOLTIPS[tooltipFor(label)!.id][0];
  it("the scheduler text describes the extension's constant and linear since January 2023", () => {
    expect(text('Learning Rate Scheduler')).toContain("the research's linear is linear_with_warmup");
    expect(text('Learning Rate Scheduler')).toContain('Starting Factor × rate until Scale Position');
  });
  it('the starting factor: its default halves the rate of constant', () => {
    expect(text('Constant/Linear Starting Factor')).toContain(
      'The default 0.5 halves the rate of constant for half the run',
    );
    expect(text('Constant/Linear Starting Factor')).not.toContain('keep the defaults');
  });
  it('the warmup: which schedulers use it, and the default 500', () => {
    expect(text('Learning Rate Warmup Steps')).toContain(
      'only constant_with_warmup, linear_with_warmup, cosine, cosine_with_restarts and polynomial',
    );
    expect(text('Learning Rate Warmup Steps')).toContain('default of 500 can be a whole small run');
  });
  it('full mixed precision holds weights in the chosen type; bf16 has no floor', () => {
    expect(text('Full Mixed Precision')).toContain('bf16 has no such floor');
    expect(text('Full Mixed Precision')).not.toContain("inherits fp16's limits");
  });
  it('Extract EMA Weights is a model-creation option with its own text', () => {
    expect(text('Extract EMA Weights')).toContain('model-creation option');
    expect(tooltipFor('Extract EMA Weights')!.id).not.toBe(tooltipFor('Use EMA')!.id);
  });
  it("Don't Cache Latents says it is Cache Latents inverted", () => {
    expect(text("Don't Cache Latents")).toContain('checked, the encoded training images are not kept in video memory');
    expect(text('Cache Latents')).toContain('Keeps the encoded training images in video memory');
  });
  it('the research facts the review found missing', () => {
    expect(text('Learning Rate')).toContain('images then break up at high CFG');
    expect(text('Instance Prompt')).toContain('the rate stays at 1e-5');
    expect(text('Max Resolution')).toContain('batch size 1 only, with resize turned off');
    expect(text('Class Images Per Instance Image')).toContain('whatever the resolution');
    expect(text('Prior Loss Weight')).toContain('0.75 since January 2023');
    expect(text('Batch Size')).toContain('where the extra steps are');
    expect(EN_TOOLTIPS[tooltipFor('Sample Batch Size')!.id][1]).toBe('not covered by the research (image generation)');
    expect(EN_TOOLTIPS[tooltipFor('Class Batch Size')!.id][1]).toBe('sample_batch_size');
  });

  it('the texts the fact-check found wrong say what the current extension does', () => {
    expect(text('Learning Rate Scheduler')).toContain("with class images the extension's decaying curves end halfway");
    expect(text('Learning Rate Scheduler')).toContain('polynomial fails below a rate of 1e-7');
    expect(text('Learning Rate Warmup Steps')).toContain('doubled when class images are used, plus one per epoch');
    expect(text('Prior Loss Weight')).toContain('it takes effect for SDXL only');
    expect(text('Full Mixed Precision')).toContain('on by default and applies it under fp16 and bf16 alike');
    expect(text('Use EMA for prediction')).toBe(
      'Has no effect in the current extension: the setting is saved but no code reads it.',
    );
    expect(text('Save EMA Weights to Generated Models')).toContain('Chooses which UNet goes into the saved model');
    expect(text('Number of Samples to Generate')).toContain('Preview images, not class images');
    expect(text('Sample Batch Size')).toContain('the current extension does not use it');
  });

  it('live lines never compare a thing with itself', () => {
    expect(liveLine(en, 'scaleLr', context({ frames: 20 }))).toBe(
      'Changes nothing at batch size 1, gradient accumulation 1 and one GPU: the trainer uses 5e-7 either way.',
    );
    expect(
      liveLine(en, 'scheduler', context({ frames: 20, schedulers: 'extension', scheduler: 'constant_with_warmup' })),
    ).toBe('constant_with_warmup: 4000 steps for your 20 frames.');
    expect(liveLine(en, 'lora', context({ frames: 20, optimizer: 'Prodigy' }))).toBe(
      'Off: the full fine-tuning plan applies, without a rate: Prodigy picks its own.',
    );
  });
});
