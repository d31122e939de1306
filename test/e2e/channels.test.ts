// The ways the companion ships, each installed the way users install it, on the real Gradio page
// (the A1111 folder's script is loaded by the page itself in gradio-autofill.test.ts).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGradioPage, type GradioPage } from '../../tools/gradio-page.mjs';
import { launchBrowser } from './browser.js';
// @ts-expect-error plain ESM tool without types
import { iconPng } from '../../tools/lib/icon.mjs';
import { newLocalPage, openDreambooth, save, typeFrames, watchPage, withExtension } from './real-gradio.js';

const USERSCRIPT = fileURLToPath(new URL('../../dist/dreambooth-companion.user.js', import.meta.url));

/** A WebUI in Chinese through A1111's own localization file: labels replaced, `localization` filled. */
const CHINESE = {
  'Training Steps Per Image (Epochs)': '每张图片训练步数（轮数）',
  'Learning Rate': '学习率',
  'Text Encoder Learning Rate': '文本编码器学习率',
  'Batch Size': '批次大小',
  'Class Images Per Instance Image': '每张实例图的类别图数量',
  'Step Ratio of Text Encoder Training': '文本编码器训练步数比例',
  Directory: '目录',
};

let english: GradioPage;
let chinese: GradioPage;
beforeAll(async () => {
  [english, chinese] = await Promise.all([startGradioPage(), startGradioPage({ localization: CHINESE })]);
});
afterAll(async () => {
  await Promise.all([english?.stop(), chinese?.stop()]);
});

/** Autofill for 20 frames, Apply, and what Save Settings delivers to Python. */
async function autofill(page: Page, gradio: GradioPage) {
  await typeFrames(page, '20');
  await page.click('[data-dbc="apply"]');
  return save(page, gradio);
}

describe('MV3 extension, unpacked, in Chromium', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'dbc-profile-'));
    context = await withExtension(profile);
  });
  afterAll(async () => {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('loads on the WebUI origin and autofills through the content script', async () => {
    const page = await context.newPage();
    const seen = watchPage(page);
    await openDreambooth(page, english.url);
    expect(await autofill(page, english)).toMatchObject({
      learning_rate: 5e-7,
      txt_learning_rate: 5e-7,
      num_train_epochs: 100,
    });
    // The run's learning-rate chart, drawn when the panel showed a plan.
    await page.waitForSelector('[data-dbc="curve-planned"]');
    expect(await page.textContent('[data-dbc="rate-chart"] figcaption')).toBe('Learning rate over the run (R9)');
    // No Python side here: nothing asks the count route, and the console stays clean.
    expect(seen).toEqual({ errors: [], countRequests: [] });
    await page.close();
  });

  it('finds the fields of a localized WebUI through the main-world bridge', async () => {
    const page = await context.newPage();
    await openDreambooth(page, chinese.url);
    expect(await page.getAttribute('html', 'data-dbc-page')).toContain('批次大小');
    // The WebUI shows Chinese, so the companion speaks it too.
    expect(await page.textContent('[data-dbc="autofill"]')).toBe('自动填写');
    expect(await autofill(page, chinese)).toMatchObject({
      learning_rate: 5e-7,
      txt_learning_rate: 5e-7,
      num_train_epochs: 100,
    });
    await page.close();
  });
});

describe('MV3 extension beside the A1111 extension (its Python side loaded)', () => {
  it("reads the WebUI's settings, which A1111 fills only after Gradio rendered, and counts the folder", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'dbc-channel-'));
    for (let image = 0; image < 5; image++) await writeFile(join(folder, `photo-${image}.png`), iconPng(64));
    const gradio = await startGradioPage({
      webuiModule: true,
      conceptDirs: [folder],
      settings: { dreambooth_companion_language: 'ja' },
    });
    const profile = await mkdtemp(join(tmpdir(), 'dbc-profile-'));
    const context = await withExtension(profile);
    try {
      const page = await context.newPage();
      await openDreambooth(page, gradio.url);
      expect(await page.textContent('[data-dbc="autofill"]')).toBe('自動入力');
      await page.click('[data-dbc="autofill"]');
      await expect.poll(() => page.inputValue('[data-dbc="frames-1"]')).toBe('5');
    } finally {
      await context.close();
      await gradio.stop();
      await rm(profile, { recursive: true, force: true });
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('userscript, injected into the page world as a userscript manager does', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it.each([
    ['English', () => english],
    ['Chinese', () => chinese],
  ])('%s WebUI: Save delivers the planned values', async (_, gradio) => {
    const { context, page } = await newLocalPage(browser);
    const seen = watchPage(page);
    await openDreambooth(page, gradio().url, () => page.addScriptTag({ path: USERSCRIPT }));
    expect(await autofill(page, gradio())).toMatchObject({ learning_rate: 5e-7, num_train_epochs: 100 });
    expect(seen).toEqual({ errors: [], countRequests: [] });
    await context.close();
  });
});
