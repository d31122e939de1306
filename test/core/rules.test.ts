import { describe, expect, it } from 'vitest';
import { validatePlanInput, type PlanInput } from '../../src/core/index.js';
import { codes, english, planFor } from './helpers.js';

describe('R1 text encoder ratio', () => {
  it('interpolates SPF_base between 200 and 100 and says so', () => {
    const plan = planFor({ frames: 10, textEncoderRatio: 0.5 });
    expect(plan.stepsPerFrame).toBe(150);
    expect(plan.classImagesPerInstance).toBe(150);
    expect(codes(plan.warnings)).toContain('te-ratio-interpolated');
  });
  it('does not warn at either end', () => {
    expect(codes(planFor({ frames: 10, textEncoderRatio: 1 }).warnings)).not.toContain('te-ratio-interpolated');
    expect(codes(planFor({ frames: 10, textEncoderRatio: 0 }).warnings)).not.toContain('te-ratio-interpolated');
  });
});

describe('R3 standard formula', () => {
  it('warns above 5 frames and away from 1e-5', () => {
    const plan = planFor({ frames: 6, mode: 'standard', learningRate: 2e-6 });
    expect(codes(plan.warnings)).toEqual(expect.arrayContaining(['standard-frames', 'standard-lr']));
    expect(plan.stepsPerFrame).toBeCloseTo(1000, 9);
    expect(plan.maxTrainSteps).toBe(6000);
  });
});

describe('R4 advanced formula', () => {
  it('computes LR from a named strength', () => {
    const plan = planFor({ frames: 20, strength: 'hard', textEncoder: true });
    expect(plan.learningRate).toBeCloseTo(1e-6, 18);
    expect(plan.strength).toBe(2);
    expect(plan.maxTrainSteps).toBe(2000);
  });
  it('accepts every spelling of a name', () => {
    expect(planFor({ frames: 10, strength: 'Very Hard' }).strength).toBe(3);
    expect(planFor({ frames: 10, strength: 'very-soft' }).strength).toBe(0.33);
  });
  it('implies the strength of a fixed LR and warns outside 0.2–5', () => {
    const plan = planFor({ frames: 100, learningRate: 1e-5 });
    expect(plan.strength).toBeCloseTo(100, 9);
    expect(codes(plan.warnings)).toContain('strength-range');
    expect(codes(planFor({ frames: 10, learningRate: 1e-6 }).warnings)).not.toContain('strength-range');
  });
  it('warns for a numeric strength outside the range', () => {
    expect(codes(planFor({ frames: 10, strength: 7 }).warnings)).toContain('strength-range');
  });
});

describe('R5 concepts', () => {
  it('sums frames for steps and takes the largest concept for LR', () => {
    const plan = planFor({ concepts: [5, 5] });
    expect(plan.maxTrainSteps).toBe(2000);
    expect(plan.learningRate).toBeCloseTo(2e-6, 18);
    expect(plan.warnings.map((w) => w.code)).not.toContain('concepts-unequal');
  });
  it('warns when counts differ and plans per concept class images', () => {
    const plan = planFor({ concepts: [6, 4], textEncoder: true });
    // 1e-5 / 6 to the 12 significant digits a rate keeps (Rounding rule).
    expect(plan.learningRate).toBe(1.66666666667e-6);
    expect(codes(plan.warnings)).toContain('concepts-unequal');
    expect(plan.concepts).toEqual([
      { frames: 6, classImages: 600 },
      { frames: 4, classImages: 400 },
    ]);
  });
});

describe('R6 filewords', () => {
  it('keeps LR at 1e-5 and steps at FN · SPF', () => {
    const plan = planFor({ frames: 40, mode: 'filewords' });
    expect(plan.learningRate).toBe(1e-5);
    expect(plan.maxTrainSteps).toBe(8000);
  });
});

describe('R7–R9 batch, accumulation, scheduler', () => {
  it('uses SPF_A = ceil(200 / 1.5) = 134 without TE', () => {
    // (10 · 200 + 134 · 1) / √2 = 1508.96
    expect(planFor({ frames: 10, batchSize: 2 }).maxTrainSteps).toBe(1509);
  });
  it('uses SPF_A = SPF itself, unrounded, with the text encoder all along (r = 1)', () => {
    // 640 px with TE: SPF = 100 · (640 / 512)² = 156.25. (8 · 156.25 + 156.25 · 7) / √8 · √2 = 1171.875;
    // a rounded-up SPF_A of 157 would give 1174.5 → 1175.
    const plan = planFor({
      frames: 8,
      textEncoder: true,
      resolution: 640,
      batchSize: 8,
      gradAccum: 2,
      scheduler: 'constant_with_warmup',
    });
    expect(plan.maxTrainSteps).toBe(1172);
  });
  it('still rounds SPF_A up between the two measured cases (0 < r < 1)', () => {
    // r = 0.5 at 640 px: SPF = 150 · 1.5625 = 234.375; SPF_A = ceil(234.375 · (0.5 / 1.5 + 0.5)) = 196.
    // (8 · 234.375 + 196 · 7) / √8 = 1147.98
    expect(planFor({ frames: 8, textEncoderRatio: 0.5, resolution: 640, batchSize: 8 }).maxTrainSteps).toBe(1148);
  });
  it('warns when the batch size does not divide the frames, and errors when it exceeds them', () => {
    expect(codes(planFor({ frames: 10, batchSize: 3 }).warnings)).toContain('batch-not-divisor');
    expect(codes(planFor({ frames: 4, batchSize: 5 }).errors)).toEqual(['batch-exceeds-frames']);
  });
  it('multiplies by √GA and warns', () => {
    const plan = planFor({ frames: 10, textEncoder: true, gradAccum: 4 });
    expect(plan.maxTrainSteps).toBe(2000);
    expect(codes(plan.warnings)).toContain('grad-accum');
  });
  it.each([
    ['constant', 1000],
    ['constant_with_warmup', 1000],
    ['linear', 2000],
    ['cosine', 2000],
    ['cosine_with_restarts', 2000],
    // Polynomial ends at 1e-7, a tenth of the planned 1e-6: mean rate (1 + 0.1) / 2 → ×1.8182.
    ['polynomial', 1818],
  ])(
    'scheduler %s gives %i steps for 10 frames with TE (the same learning-rate area as constant)',
    (scheduler, steps) => {
      expect(planFor({ frames: 10, textEncoder: true, scheduler }).maxTrainSteps).toBe(steps);
    },
  );
  it('counts an unmeasured scheduler as constant and warns', () => {
    const plan = planFor({ frames: 10, textEncoder: true, scheduler: 'rex' });
    expect(plan.maxTrainSteps).toBe(1000);
    expect(codes(plan.warnings)).toContain('scheduler-unknown');
  });
});

describe('R10 epochs and R11 class images', () => {
  it('epochs equal SPF at batch size 1 and count passes at larger sizes', () => {
    expect(planFor({ frames: 20, textEncoder: true }).epochs).toBe(100);
    // 626 steps · 5 / 10 = 313 passes
    expect(planFor({ frames: 10, textEncoder: true, batchSize: 5 }).epochs).toBe(313);
  });
  it('class images: 200 per frame, 100 with TE', () => {
    expect(planFor({ frames: 7 })).toMatchObject({ classImagesPerInstance: 200, classImages: 1400 });
    expect(planFor({ frames: 7, textEncoder: true })).toMatchObject({ classImagesPerInstance: 100, classImages: 700 });
  });
});

describe('R13 precision, R14 scale_lr, R15 scope', () => {
  it("warns, never refuses, when fp16 cannot hold the LR: the research's belief, not a measurement", () => {
    const plan = planFor({ frames: 250, strength: 'soft', precision: 'fp16' });
    expect(plan.learningRate).toBeCloseTo(2e-8, 20);
    expect(plan.errors).toEqual([]);
    expect(codes(plan.warnings)).toContain('precision-range');
  });
  it('notes rounding below the type threshold', () => {
    expect(codes(planFor({ frames: 20, precision: 'fp32' }).warnings)).toContain('precision-rounding');
    expect(codes(planFor({ frames: 5, precision: 'fp32' }).warnings)).not.toContain('precision-rounding');
    expect(codes(planFor({ frames: 5, precision: 'bf16' }).warnings)).toContain('precision-rounding');
  });
  it('shows the rate a trainer with scale_lr uses', () => {
    const plan = planFor({ frames: 10, batchSize: 2, gradAccum: 2, scaleLr: true, gpus: 2 });
    expect(plan.effectiveLearningRate).toBeCloseTo(8e-6, 18);
    expect(codes(plan.warnings)).toContain('scale-lr');
  });
  it('marks LoRA and adaptive optimizers out of scope', () => {
    expect(planFor({ frames: 10, lora: true })).toMatchObject({ learningRateApplies: false });
    expect(codes(planFor({ frames: 10, optimizer: 'Prodigy' }).warnings)).toContain('out-of-scope');
    expect(planFor({ frames: 10, optimizer: '8bit AdamW' }).learningRateApplies).toBe(true);
  });
});

describe('derivation', () => {
  it('names the rule behind every number', () => {
    const plan = planFor({ frames: 10, textEncoder: true, batchSize: 2, scheduler: 'linear' });
    expect(plan.derivation.map((step) => step.rule)).toEqual(['R1', 'R4', 'R7', 'R9', 'Rounding', 'R10', 'R11']);
    expect(plan.derivation.find((step) => step.rule === 'R4')!.text).toBe('LR = 1e-5 · F / FNc = 1e-5 · 1 / 10 = 1e-6');
  });
});

describe("R9 for the extension's own schedulers (since Jan 2023)", () => {
  const extension = (scheduler: string, extra: PlanInput = {}) =>
    planFor({ frames: 10, textEncoder: true, schedulers: 'extension', scheduler, ...extra });

  // Area rule: the scheduler runs 1.1 of its length (11 steps of 1 per epoch for 10 frames), so
  // linear and cosine_with_restarts train at 0.5 / 1.1 of the rate on average → ×2.2; the full-wave
  // cosine at 0.5 + sin(2.2π) / 4.4π = 0.54252 → ×1.8432; polynomial at
  // ((1 − 0.1) / 2 + 1.1 · 0.1) / 1.1 = 0.50909 (its end rate 1e-7 is 0.1 of 1e-6) → ×1.9643.
  it.each([
    ['constant_with_warmup', 1000],
    ['linear_with_warmup', 2200],
    ['cosine', 1843],
    ['cosine_with_restarts', 2200],
    ['polynomial', 1964],
  ])("%s trains the research's area: %i steps for 10 frames with TE", (scheduler, steps) => {
    const plan = extension(scheduler);
    expect(plan.maxTrainSteps).toBe(steps);
    expect(codes(plan.warnings)).not.toContain('scheduler-unknown');
  });

  it("constant at Starting Factor 1 is the research's constant", () => {
    const plan = extension('constant', { startFactor: 1 });
    expect(plan.maxTrainSteps).toBe(1000);
    expect(plan.proposedStartFactor).toBeUndefined();
    expect(codes(plan.warnings)).toEqual([]);
  });

  it('constant at the default factor 0.5 warns and proposes factor 1', () => {
    const plan = extension('constant');
    expect(plan.maxTrainSteps).toBe(1000);
    expect(plan.proposedStartFactor).toBe(1);
    expect(english(plan.warnings.find((notice) => notice.code === 'scheduler-start-factor')!)).toContain(
      'Starting Factor 0.5 for the first 50% of the run',
    );
  });

  it('linear ramps up: unmeasured, ×1, and names linear_with_warmup', () => {
    const plan = extension('linear', { startFactor: 0.25, scalePosition: 0.3 });
    expect(plan.maxTrainSteps).toBe(1000);
    expect(english(plan.warnings.find((notice) => notice.code === 'scheduler-ramp-up')!)).toBe(
      "The extension's linear scheduler ramps the rate up from 0.25 × LR over the first 30% of the run, which the research did not measure; steps count it as ×1. The research's linear (×2 steps) is linear_with_warmup.",
    );
  });

  it.each(['cosine_annealing', 'cosine_annealing_with_restarts', 'rex', 'constructor', 'to_string'])(
    '%s is not in the research',
    (scheduler) => {
      const plan = extension(scheduler);
      expect(plan.maxTrainSteps).toBe(1000);
      expect(codes(plan.warnings)).toContain('scheduler-unknown');
    },
  );

  it("the research's family does not know linear_with_warmup (the Dec 2022 extension had none)", () => {
    expect(codes(planFor({ frames: 10, scheduler: 'linear_with_warmup' }).warnings)).toContain('scheduler-unknown');
  });

  it("refuses a starting factor without the extension's schedulers", () => {
    const result = validatePlanInput({ frames: 10, startFactor: 1 });
    expect(result.ok).toBe(false);
  });
});

describe('R9 warmup', () => {
  it('the extension counts class images too, and one step per epoch', () => {
    const count = (prior: boolean) =>
      planFor({ frames: 20, textEncoder: true, schedulers: 'extension', scheduler: 'constant_with_warmup', prior })
        .schedulerSteps;
    // 100 epochs · (20 frames + 1) without class images; 100 · (2 · 20 + 1) with them.
    expect([count(false), count(true)]).toEqual([2100, 4100]);
    // diffusers' schedulers count the plan's steps.
    expect(planFor({ frames: 20, textEncoder: true, scheduler: 'linear', prior: true }).schedulerSteps).toBe(4000);
  });

  it('a warmup of 500 is most of the run for 5 frames with TE: warn and propose 5%', () => {
    // 500 steps at batch size 1; the extension's scheduler counts 100 epochs · (5 images + 1) = 600.
    const plan = planFor({
      frames: 5,
      textEncoder: true,
      schedulers: 'extension',
      scheduler: 'constant_with_warmup',
      warmupSteps: 500,
    });
    expect(plan.proposedWarmupSteps).toBe(30);
    expect(english(plan.warnings.find((notice) => notice.code === 'warmup-share')!)).toBe(
      "The warmup of 500 steps is 83% of the 600 the scheduler counts: the rate climbs from 0 for that long, and the plan under-trains. About 30 (5%) keeps the research's numbers.",
    );
  });

  it('counts images for the extension at batch sizes above 1, steps for diffusers', () => {
    // 100 frames with TE at BS 10: 3447 steps, 345 epochs · 100 = 34500 images; 3000 is under 10 % of those.
    expect(
      planFor({
        frames: 100,
        textEncoder: true,
        batchSize: 10,
        schedulers: 'extension',
        scheduler: 'cosine',
        warmupSteps: 3000,
      }).proposedWarmupSteps,
    ).toBeUndefined();
    // diffusers counts the 6894 steps of cosine: 3000 is 44 %.
    expect(
      planFor({ frames: 100, textEncoder: true, batchSize: 10, scheduler: 'cosine', warmupSteps: 3000 })
        .proposedWarmupSteps,
    ).toBe(340);
  });

  it('is no concern where the scheduler has no warmup', () => {
    expect(
      planFor({ frames: 5, textEncoder: true, scheduler: 'constant', warmupSteps: 500 }).proposedWarmupSteps,
    ).toBeUndefined();
    expect(
      planFor({
        frames: 5,
        textEncoder: true,
        schedulers: 'extension',
        scheduler: 'constant',
        startFactor: 1,
        warmupSteps: 500,
      }).proposedWarmupSteps,
    ).toBeUndefined();
  });
});

describe('R15 optimizers', () => {
  it.each(['8bit AdamW', 'Torch AdamW', 'Paged 8bit AdamW', 'AdamW', 'AdamW8bit', 'PagedAdamW8bit', 'PagedAdamW32bit'])(
    '%s is what the research measured',
    (optimizer) => {
      const plan = planFor({ frames: 10, optimizer });
      expect(plan.optimizerMeasured).toBe(true);
      expect(codes(plan.warnings)).not.toContain('optimizer-unmeasured');
    },
  );

  it.each(['Lion', '8bit Lion', 'SGD', 'AdaFactor', 'CAME', 'AdamWScheduleFree', 'bitsandbytes.optim.AdEMAMix8bit'])(
    "%s: the rate is Adam's, said so",
    (optimizer) => {
      const plan = planFor({ frames: 10, optimizer });
      expect(plan.optimizerMeasured).toBe(false);
      expect(plan.learningRateApplies).toBe(true);
      expect(english(plan.warnings.find((notice) => notice.code === 'optimizer-unmeasured')!)).toContain(
        `For ${optimizer} the rate 1e-6 is what the formulas give for Adam, not a measured rate`,
      );
    },
  );

  it('adaptive optimizers stay out of scope (no rate at all)', () => {
    const plan = planFor({ frames: 10, optimizer: 'AdamW Dadaptation' });
    expect(plan.learningRateApplies).toBe(false);
    expect(codes(plan.warnings)).toEqual(['out-of-scope']);
  });
});

describe('R9 on the current extension: curves that fail the plan', () => {
  const extension = { schedulers: 'extension' as const, textEncoder: true };

  it('with class images, linear_with_warmup ends halfway: planned as constant_with_warmup, with its epochs', () => {
    const plan = planFor({ frames: 20, ...extension, scheduler: 'linear_with_warmup', prior: true });
    expect(codes(plan.warnings)).toContain('scheduler-ends-early');
    expect(plan.proposedScheduler).toBe('constant_with_warmup');
    // The research's constant: ×1, the same epochs as constant_with_warmup itself.
    const constant = planFor({ frames: 20, ...extension, scheduler: 'constant_with_warmup', prior: true });
    expect([plan.maxTrainSteps, plan.epochs]).toEqual([constant.maxTrainSteps, constant.epochs]);
    expect(
      planFor({ frames: 20, ...extension, scheduler: 'cosine_with_restarts', prior: true }).proposedScheduler,
    ).toBe('constant_with_warmup');
  });

  it('without class images, or on the research-era schedulers, the decaying curves stay', () => {
    // 20 frames: the curve ends 1/21 (under 10 %) before the run; ×2 · 1.05 makes up for it.
    const alone = planFor({ frames: 20, ...extension, scheduler: 'linear_with_warmup' });
    expect(alone.proposedScheduler).toBeUndefined();
    expect(alone.maxTrainSteps).toBe(4200);
    const research = planFor({ frames: 20, textEncoder: true, scheduler: 'linear', prior: true });
    expect(research.proposedScheduler).toBeUndefined();
    expect(codes(research.warnings)).not.toContain('scheduler-ends-early');
    // The extension's cosine is a full wave: half the rate on average, as the research's ×2 assumes.
    expect(planFor({ frames: 20, ...extension, scheduler: 'cosine', prior: true }).proposedScheduler).toBeUndefined();
  });

  it('polynomial refuses a rate at or below 1e-7: from about 100 frames at medium', () => {
    const plan = planFor({ frames: 150, ...extension, scheduler: 'polynomial' });
    expect(plan.learningRate).toBe(6.66666666667e-8);
    expect(codes(plan.warnings)).toContain('scheduler-fails');
    expect(plan.proposedScheduler).toBe('constant_with_warmup');
    expect(planFor({ frames: 50, ...extension, scheduler: 'polynomial' }).proposedScheduler).toBeUndefined();
  });
});
