// Tooltips on the real Gradio 3.41.2 page: hover a field, read our text with the live number.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGradioPage, type GradioPage } from '../../tools/gradio-page.mjs';
import { launchBrowser } from './browser.js';
import { newLocalPage, openDreambooth, typeFrames } from './real-gradio.js';

let browser: Browser;
let gradio: GradioPage;
beforeAll(async () => {
  [browser, gradio] = await Promise.all([launchBrowser(), startGradioPage({ companion: true })]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), gradio?.stop()]);
});

describe('tooltips on the real Gradio page', () => {
  it('hovering a field shows our text with the live number for the dataset, beside the field', async () => {
    const { context, page } = await newLocalPage(browser);
    await openDreambooth(page, gradio.url);
    await typeFrames(page, '20');
    const dreambooth = page.locator('#tab_dreambooth_v2');
    await dreambooth.locator('.tab-nav button', { hasText: 'Parameters' }).click();
    await dreambooth.locator('.label-wrap', { hasText: 'Learning Rate' }).first().click();
    const field = dreambooth.locator('.block:has(> label > span[data-testid="block-info"]:text-is("Learning Rate"))');
    await field.hover();
    const tip = page.locator('#dbc-tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('With your 20 frames at strength medium: LR 5e-7.');
    const [fieldBox, tipBox] = [await field.boundingBox(), await tip.boundingBox()];
    expect(tipBox!.y >= fieldBox!.y + fieldBox!.height || tipBox!.y + tipBox!.height <= fieldBox!.y).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await context.close();
  });
});
