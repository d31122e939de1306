// The main job in a real browser: open the demo page, Autofill, apply, Save sees it; undo.
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startDemoServer } from './browser.js';

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  ({ server, url } = await startDemoServer());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function saved(page: Page): Promise<Record<string, unknown>> {
  await page.click('#db_save_config', { force: true }).catch(() => page.evaluate(() => (document.getElementById('db_save_config') as HTMLButtonElement).click()));
  return JSON.parse((await page.textContent('#dbc-demo-saved')) ?? '{}');
}

describe('autofill on the demo page (current UI)', () => {
  it('writes epochs, learning rates and class images that Save sees, and undoes them', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.click('[data-dbc="autofill"]');
    await page.fill('[data-dbc="frames-1"]', '20');
    await page.check('[data-dbc="prior"]');
    await expect.poll(() => page.textContent('[data-dbc="value-epochs"]')).toBe('100 (unchanged)');
    // Current UI defaults: ratio 1 (text encoder on), 8bit AdamW, constant_with_warmup, BS 1.
    expect(await page.textContent('[data-dbc="value-learningRate"]')).toBe('0.000002 → 5e-7');
    await page.click('[data-dbc="apply"]');
    expect(await page.textContent('[data-dbc="status"]')).toContain('Learning Rate');

    const after = await saved(page);
    expect(after).toMatchObject({
      num_train_epochs: 100,
      learning_rate: 5e-7,
      txt_learning_rate: 5e-7,
      'concepts_list[0].num_class_images_per': 100,
      'concepts_list[1].num_class_images_per': 0,
    });

    await page.click('[data-dbc="undo"]');
    const restored = await saved(page);
    expect(restored).toMatchObject({ learning_rate: 2e-6, txt_learning_rate: 1e-6, 'concepts_list[0].num_class_images_per': 0 });
    await page.close();
  });
});

describe('autofill on the older UIs of the demo page', () => {
  it.each([
    ['2023-04-30', { num_train_epochs: 200, learning_rate: 1e-6, 'concepts_list[0].num_class_images_per': 0 }],
    ['2022-12-20', { max_train_steps: 1000, learning_rate: 1e-6, 'concepts_list[0].num_class_images': 1000 }],
  ])('%s: Save sends the planned values', async (ui, expected) => {
    const page = await browser.newPage();
    await page.goto(`${url}?ui=${ui}`);
    await page.click('[data-dbc="autofill"]');
    await page.fill('[data-dbc="frames-1"]', '10');
    if (ui === '2022-12-20') await page.check('[data-dbc="prior"]');
    await page.click('[data-dbc="apply"]');
    expect(await saved(page)).toMatchObject(expected);
    await page.close();
  });
});

describe('tooltips on the demo page', () => {
  it('hovering a field shows our text with the live number for the dataset', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.click('[data-dbc="autofill"]');
    await page.fill('[data-dbc="frames-1"]', '20');
    await page.click('button:text-is("Parameters")');
    await page.click('.label-wrap:has-text("Learning Rate")');
    const field = page.locator('.block:has(> label > span[data-testid="block-info"]:text-is("Learning Rate"))');
    await field.hover();
    const tip = page.locator('#dbc-tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('With your 20 frames at strength medium: LR 5e-7.');
    const [fieldBox, tipBox] = [await field.boundingBox(), await tip.boundingBox()];
    // Beside the field, never over it.
    expect(tipBox!.y >= fieldBox!.y + fieldBox!.height || tipBox!.y + tipBox!.height <= fieldBox!.y).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });
});
