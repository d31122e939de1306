// Autofill on the real Gradio 3.41.2 page, through the A1111 extension folder's script as the WebUI
// loads it: what reaches the Python handler of Save Settings is the truth.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGradioPage, type GradioOptions, type GradioPage } from '../../tools/gradio-page.mjs';
import { launchBrowser } from './browser.js';
import { LOCALIZATION_FILES, localizationFile } from '../helpers/localizations.js';
import { newLocalPage, openDreambooth, save, typeFrames } from './real-gradio.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const newPage = () => newLocalPage(browser);

describe('current extension UI (dreambooth_v2) on real Gradio', () => {
  let gradio: GradioPage;
  beforeAll(async () => {
    gradio = await startGradioPage({ companion: true });
  });
  afterAll(async () => gradio?.stop());

  it('Apply writes what Python then receives; Undo brings the old values back to Python', async () => {
    const { context, page } = await newPage();
    await openDreambooth(page, gradio.url);
    await typeFrames(page, '20');
    await page.check('[data-dbc="prior"]');
    // Current UI defaults: text encoder ratio 1, batch 1: 20 frames at medium → LR 1e-5 · 1 / 20.
    await expect.poll(() => page.textContent('[data-dbc="value-learningRate"]')).toContain('5e-7');
    await page.click('[data-dbc="apply"]');
    const applied = await save(page, gradio);
    expect(applied).toMatchObject({
      num_train_epochs: 100,
      learning_rate: 5e-7,
      txt_learning_rate: 5e-7,
      'concepts_list[0].num_class_images_per': 100,
      'concepts_list[1].num_class_images_per': 0,
      train_batch_size: 1,
      // R9: the default warmup of 500 is an eighth of the 100 · (2 · 20 + 1) training examples the
      // scheduler counts with class images; 5% is 205.
      lr_warmup_steps: 205,
    });

    await page.click('[data-dbc="undo"]');
    const restored = await save(page, gradio);
    expect(restored).toMatchObject({
      learning_rate: 2e-6,
      txt_learning_rate: 1e-6,
      'concepts_list[0].num_class_images_per': 0,
      lr_warmup_steps: 500,
    });
    await context.close();
  });

  it('a batch size adopted from the options table reaches Python with its epochs', async () => {
    const { context, page } = await newPage();
    await openDreambooth(page, gradio.url);
    await typeFrames(page, '10');
    // The batch-size table is folded until the user opens it.
    expect(await page.isVisible('[data-dbc="batch-5"]')).toBe(false);
    await page.click('[data-dbc="batches"] > summary');
    await page.click('[data-dbc="batch-5"]');
    await page.click('[data-dbc="apply"]');
    // R7 with the text encoder: 10 frames at BS 5 → 626 steps → 626 · 5 / 10 = 313 epochs.
    expect(await save(page, gradio)).toMatchObject({ train_batch_size: 5, num_train_epochs: 313, learning_rate: 1e-6 });
    await context.close();
  });
});

describe('a scheduler that fails the plan, on real Gradio', () => {
  it("with prior preservation, linear_with_warmup warns and one click makes it constant_with_warmup with the research's epochs", async () => {
    const gradio = await startGradioPage({ companion: true, initial: { lr_scheduler: 'linear_with_warmup' } });
    try {
      const { context, page } = await newPage();
      await openDreambooth(page, gradio.url);
      await typeFrames(page, '20');
      // Without class images the curve ends 1/21 early: ×2 · 1.05 (R9's area).
      expect(await page.textContent('[data-dbc="value-epochs"]')).toBe('210');
      await page.check('[data-dbc="prior"]');
      expect(await page.textContent('[data-dbc="now-scheduler"]')).toBe('linear_with_warmup');
      expect(await page.textContent('[data-dbc="value-scheduler"]')).toBe('constant_with_warmup');
      // The chart shows the run the plan is for beside the scheduler as set.
      expect(await page.locator('[data-dbc="rate-chart"] li').allTextContents()).toEqual([
        'constant_with_warmup: what the trainer runs',
        'linear_with_warmup as set',
        "the research's constant plan",
      ]);
      // Unticked, the row leaves the scheduler alone and the warning says why it should not.
      await page.uncheck('[data-dbc="row-scheduler"]');
      expect(await page.textContent('[data-dbc="warnings"] [data-code="scheduler-ends-early"]')).toContain(
        'so its curve ends with',
      );
      await page.check('[data-dbc="row-scheduler"]');
      expect(await page.locator('[data-dbc="warnings"] [data-code="scheduler-ends-early"]').count()).toBe(0);
      await page.click('[data-dbc="apply"]');
      await expect.poll(() => page.textContent('[data-dbc="status"]')).toContain('Learning Rate Scheduler');
      expect(await page.textContent('[data-dbc="status"]')).not.toContain('Not written');
      // The research's constant: 100 epochs for 20 frames with the text encoder, not linear's 200.
      expect(await save(page, gradio)).toMatchObject({ lr_scheduler: 'constant_with_warmup', num_train_epochs: 100 });
      await page.click('[data-dbc="undo"]');
      await expect.poll(() => page.textContent('[data-dbc="status"]')).toContain('Restored');
      expect(await save(page, gradio)).toMatchObject({ lr_scheduler: 'linear_with_warmup', num_train_epochs: 100 });
      await context.close();
    } finally {
      await gradio.stop();
    }
  });
});

describe('the panel on a real page at 1400×1000', () => {
  let gradio: GradioPage;
  beforeAll(async () => {
    gradio = await startGradioPage({ companion: true, concepts: 2 });
  });
  afterAll(async () => gradio?.stop());

  it('with two concepts it leaves Save Settings and Train above the fold; Enter applies, Escape closes', async () => {
    const { context, page } = await newPage();
    await openDreambooth(page, gradio.url);
    await page.click('[data-dbc="autofill"]');
    await page.fill('[data-dbc="frames-1"]', '12');
    await page.fill('[data-dbc="frames-2"]', '12');
    await page.check('[data-dbc="prior"]');
    // Rows are named per concept.
    expect(await page.locator('[data-dbc="panel"] td', { hasText: '· concept 2' }).count()).toBe(1);
    for (const button of ['#db_save_config', '#tab_dreambooth_v2 button:text-is("Train")']) {
      const box = await page.locator(button).first().boundingBox();
      expect(box, button).not.toBeNull();
      expect(box!.y + box!.height, button).toBeLessThanOrEqual(1000);
    }
    await page.focus('[data-dbc="frames-2"]');
    await page.keyboard.press('Enter');
    expect(await page.textContent('[data-dbc="status"]')).toContain('Wrote');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('[data-dbc="panel"]')).toBe(false);
    expect(
      await page.evaluate(
        () =>
          document.activeElement?.getAttribute('data-dbc-host') !== null &&
          document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-dbc'),
      ),
    ).toBe('autofill');
    expect(await save(page, gradio)).toMatchObject({
      'concepts_list[1].num_class_images_per': 100,
      learning_rate: 8.333e-7,
    });
    await context.close();
  });
});

describe('December 2022 UI on real Gradio', () => {
  let gradio: GradioPage;
  beforeAll(async () => {
    gradio = await startGradioPage({ ui: '2022-12-20', companion: true });
  });
  afterAll(async () => gradio?.stop());

  it('writes Max Training Steps, the rate and the total class images', async () => {
    const { context, page } = await newPage();
    await openDreambooth(page, gradio.url);
    await typeFrames(page, '10');
    await page.check('[data-dbc="prior"]');
    await page.click('[data-dbc="apply"]');
    // Dec 2022 defaults: Train Text Encoder on, constant scheduler: 10 frames → 1000 steps, 100 class images each.
    expect(await save(page, gradio)).toMatchObject({
      max_train_steps: 1000,
      learning_rate: 1e-6,
      'concepts_list[0].num_class_images': 1000,
    });
    await context.close();
  });
});

describe('Chinese and Japanese WebUIs on real Gradio: the same plan reaches Python as on the English page', () => {
  // 768 px, so that a resolution read wrongly (or silently assumed 512) changes the plan.
  const initial = { resolution: 768 };
  let english: Record<string, unknown>;
  beforeAll(async () => {
    english = await roundTrip({ companion: true, initial }, 'Autofill');
    expect(english).toMatchObject({ num_train_epochs: 225, 'concepts_list[0].num_class_images_per': 100 });
  }, 60_000);

  /** Autofill for 20 frames with prior preservation, Apply and Save; what Python received. */
  async function roundTrip(options: GradioOptions, autofillText: string) {
    const gradio = await startGradioPage(options);
    try {
      const { context, page } = await newPage();
      await openDreambooth(page, gradio.url);
      expect(await page.textContent('[data-dbc="autofill"]')).toBe(autofillText);
      await typeFrames(page, '20');
      await page.check('[data-dbc="prior"]');
      // Every field the plan reads was found and read: nothing assumed.
      expect(await page.locator('[data-dbc="page-notes"] li').allTextContents()).toEqual([]);
      await page.click('[data-dbc="apply"]');
      const saved = await save(page, gradio);
      await context.close();
      return saved;
    } finally {
      await gradio.stop();
    }
  }

  describe.each(LOCALIZATION_FILES)('%s', (name) => {
    const file = localizationFile(name);
    const [autofillText, localizationName] = name.startsWith('ja') ? ['自動入力', 'ja_JP'] : ['自动填写', 'zh_CN'];
    it.each([
      ["A1111's localization", { localization: file, localizationName }],
      ['bilingual-localization, translation first', { bilingual: file, localizationName }],
      [
        'bilingual-localization, original first',
        { bilingual: file, localizationName, bilingualOrder: 'Original First' },
      ],
    ] as const)(
      '%s',
      async (_, options) => {
        expect(await roundTrip({ companion: true, initial, ...options }, autofillText)).toEqual(english);
      },
      60_000,
    );
  });
});
