// The A1111 extension's Python side on a real Gradio page: the module loaded as the WebUI loads it
// (through stand-ins of A1111's modules), a real folder of images, the panel filling in the frames
// the server counted, and Apply + Save delivering the numbers that follow to Python.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGradioPage, type GradioPage } from '../../tools/gradio-page.mjs';
// @ts-expect-error plain ESM tool without types
import { iconPng } from '../../tools/lib/icon.mjs';
import { launchBrowser } from './browser.js';
import { newLocalPage, openDreambooth, save, watchPage } from './real-gradio.js';

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launchBrowser();
  folder = await mkdtemp(join(tmpdir(), 'dbc-dataset-'));
  // 24 images of 256 px, all captioned, some in a subfolder; a note that is not an image; 30 class images.
  await mkdir(join(folder, 'sks', 'more'), { recursive: true });
  await mkdir(join(folder, 'dog-class'), { recursive: true });
  for (let image = 0; image < 24; image++) {
    const name = join(folder, 'sks', image < 16 ? '' : 'more', `photo-${image}`);
    await writeFile(`${name}.png`, iconPng(256));
    await writeFile(`${name}.txt`, 'photo of sks dog');
  }
  await writeFile(join(folder, 'sks', 'notes.md'), 'not an image');
  for (let image = 0; image < 30; image++) await writeFile(join(folder, 'dog-class', `dog-${image}.png`), iconPng(512));
});
afterAll(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
});

async function open(gradio: GradioPage) {
  const { context, page } = await newLocalPage(browser);
  await openDreambooth(page, gradio.url);
  await page.click('[data-dbc="autofill"]');
  return { context, page };
}

describe('with the WebUI module', () => {
  let gradio: GradioPage;
  beforeAll(async () => {
    gradio = await startGradioPage({
      companion: true,
      webuiModule: true,
      conceptDirs: [join(folder, 'sks')],
      classDirs: [join(folder, 'dog-class')],
    });
  });
  afterAll(async () => gradio?.stop());

  it('fills in the counted frames without typing; Apply and Save deliver the plan for them', async () => {
    const { context, page } = await open(gradio);
    await expect.poll(() => page.inputValue('[data-dbc="frames-1"]')).toBe('24');
    expect(await page.textContent('[data-dbc="counted-1"]')).toBe(
      `Counted on the server: 24 images in ${join(folder, 'sks')}, 24 with captions`,
    );
    await page.check('[data-dbc="prior"]');
    const notes = await page.textContent('[data-dbc="counts"]');
    expect(notes).toContain('All 24 images of concept 1 have captions: the filewords formula (R6) may suit them.');
    expect(notes).toContain('the smallest image side is 256 px, below the training resolution of 512 px');
    // Text encoder on (ratio 1): 100 class images per frame, 2400 for 24 frames, 30 already there.
    expect(notes).toContain(
      '30 class images are already in its class folder; the trainer generates the other 2370 of 2400.',
    );
    await page.click('[data-dbc="apply"]');
    expect(await save(page, gradio)).toMatchObject({
      num_train_epochs: 100,
      learning_rate: 4.167e-7,
      'concepts_list[0].num_class_images_per': 100,
    });
    await context.close();
  });

  it('counts again when the directory changes, and still lets the user type', async () => {
    const { context, page } = await open(gradio);
    await expect.poll(() => page.inputValue('[data-dbc="frames-1"]')).toBe('24');
    await page.fill('[data-dbc="frames-1"]', '12');
    // The user types another folder into concept 1's Directory (in the Concepts tab) and leaves it.
    const dreambooth = page.locator('#tab_dreambooth_v2');
    await dreambooth.locator('.tab-nav button', { hasText: 'Concepts' }).click();
    await dreambooth.locator('.label-wrap', { hasText: 'Concept 1' }).click();
    const directory = page.locator('#idd1 textarea');
    await directory.fill(join(folder, 'dog-class'));
    await directory.blur();
    await expect.poll(() => page.textContent('[data-dbc="counted-1"]')).toContain('30 images');
    // The user's own number stays.
    expect(await page.inputValue('[data-dbc="frames-1"]')).toBe('12');
    await context.close();
  });
});

describe('WebUI settings through the module', () => {
  it("the companion's options in the WebUI's Settings reach the page: language, formula, prior preservation, tooltips", async () => {
    const gradio = await startGradioPage({
      companion: true,
      webuiModule: true,
      settings: {
        dreambooth_companion_language: 'ja',
        dreambooth_companion_formula: 'filewords',
        dreambooth_companion_prior: true,
        dreambooth_companion_tooltips: false,
      },
    });
    try {
      const { context, page } = await open(gradio);
      expect(await page.textContent('[data-dbc="autofill"]')).toBe('自動入力');
      expect(await page.inputValue('[data-dbc="mode"]')).toBe('filewords');
      expect(await page.isChecked('[data-dbc="prior"]')).toBe(true);
      expect(await page.locator('#dbc-tooltip').count()).toBe(0);
      await context.close();
    } finally {
      await gradio.stop();
    }
  });
});

describe('without the WebUI module (browser extension or userscript alone)', () => {
  it('asks for the frames as before, and never asks the server for a count', async () => {
    const gradio = await startGradioPage({ companion: true, conceptDirs: [join(folder, 'sks')] });
    try {
      const { context, page } = await newLocalPage(browser);
      const seen = watchPage(page);
      await openDreambooth(page, gradio.url);
      await page.click('[data-dbc="autofill"]');
      await page.waitForTimeout(300);
      expect(await page.inputValue('[data-dbc="frames-1"]')).toBe('');
      expect(await page.textContent('[data-dbc="counted-1"]')).toBe('');
      expect(seen).toEqual({ errors: [], countRequests: [] });
      await context.close();
    } finally {
      await gradio.stop();
    }
  });
});
