// The standalone planner page in Chromium, opened from disk: type the inputs, read the plan, download
// each trainer's file and parse it; in another language; bad input gives no plan and no download.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { parse as parseToml } from 'smol-toml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';

const PLANNER = pathToFileURL(fileURLToPath(new URL('../../dist/planner/index.html', import.meta.url))).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(query = ''): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 1200 } });
  const page = await context.newPage();
  // No network: a page opened from disk asks for nothing.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${PLANNER}${query}`);
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('blob:'))).toEqual([]);
  return page;
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-dbc="download-${name}"]`)]);
  return readFile((await file.path())!, 'utf8');
}

describe('the planner page', () => {
  it('plans from the inputs and downloads each export, which parses back to the plan', async () => {
    const page = await open();
    await page.fill('#frames', '10');
    await page.fill('#textEncoderRatio', '1');
    await page.fill('#batchSize', '5');
    await page.check('#prior');
    // 10 frames with the text encoder at batch size 5: 626 steps, 313 epochs, LR 1e-6.
    expect(await page.textContent('[data-dbc="plan-maxTrainSteps"]')).toBe('626');
    expect(await page.textContent('[data-dbc="plan-epochs"]')).toBe('313');
    expect(await page.textContent('[data-dbc="plan-learningRate"]')).toBe('1e-6');
    expect(await page.locator('[data-dbc="chart"] rect.bar').count()).toBe(4);
    // The run's learning-rate curve: constant, so it is the research's plan itself.
    expect(await page.locator('[data-dbc="rate-chart"] li').allTextContents()).toEqual([
      'constant: what the trainer runs',
      "the research's constant plan",
    ]);
    expect(await page.locator('[data-dbc="curve-planned"]').count()).toBe(1);
    expect(await page.textContent('[data-dbc="derivation"]')).toContain('R7');

    // The GUI keeps its own folders; sd-scripts and OneTrainer say what they cannot start without.
    expect(await page.textContent('[data-dbc="refusal-sd-scripts-toml"]')).toContain(
      'needs Base model (full path, for the files), Output folder (full path), Training image folder (full path), Regularisation folder (full path)',
    );
    await page.fill('#model', 'models/base.safetensors');
    expect(await page.textContent('[data-dbc="refusal-onetrainer-json"]')).toContain(
      'Base model (full path, for the files) must be a full path (not "models/base.safetensors")',
    );
    await page.fill('#model', '/models/base.safetensors');
    await page.fill('#outputDir', '/runs/sks');
    await page.fill('#trainDataDir', '/data/img');
    await page.fill('#regDataDir', '/data/reg');
    await page.fill('#classToken', 'dog');

    // R16: with class images, twice the batches in kohya's count.
    expect(JSON.parse(await download(page, 'kohya-dreambooth.json'))).toMatchObject({
      max_train_steps: 1252,
      train_batch_size: 5,
      learning_rate: 1e-6,
      reg_data_dir: '/data/reg',
      save_every_n_epochs: 0,
    });
    expect(parseToml(await download(page, 'sd-scripts-dreambooth.toml'))).toMatchObject({
      max_train_steps: 1252,
      train_data_dir: '/data/img',
      output_dir: '/runs/sks',
    });
    // Each epoch 10 frames and 10 of the class images: 4 batches, 313 epochs for 1252.
    expect(JSON.parse(await download(page, 'onetrainer-dreambooth.json'))).toMatchObject({
      batch_size: 5,
      epochs: 313,
    });
    // Its concepts also in the concept file the preset names, for OneTrainer's UI.
    expect(JSON.parse(await download(page, 'onetrainer-dreambooth.concepts.json'))).toHaveLength(2);
    expect(await page.textContent('[data-dbc="export-kohya-json"]')).toContain('"100_sks dog"');
    await page.context().close();
  });

  it('names the field of bad input and offers no plan and no file', async () => {
    const page = await open();
    await page.fill('#frames', '0');
    expect(await page.textContent('[data-dbc="problem-frames"]')).toBe('too small (at least 1), got 0');
    expect(await page.isVisible('[data-dbc="no-plan"]')).toBe(true);
    expect(await page.locator('[data-dbc^="download-"]').count()).toBe(0);
    await page.fill('#frames', '3');
    await page.fill('#batchSize', '5');
    // A plan with an error: shown with its error, and nothing to download.
    expect(await page.textContent('[data-dbc="notices"]')).toContain('Batch size 5 is larger than the 3 frames');
    expect(await page.locator('[data-dbc^="download-"]').count()).toBe(0);
    // Its error alone: no figures beside it, no empty "Files for your trainer".
    expect(await page.locator('[data-dbc="plan"]').count()).toBe(0);
    expect(await page.locator('h2').allTextContents()).not.toContain('Files for your trainer');
    await page.context().close();
  });

  it('speaks Chinese and Japanese', async () => {
    const chinese = await open('?lang=zh');
    expect(await chinese.textContent('h1')).toBe('Dreambooth Companion：训练规划器');
    expect(await chinese.textContent('[data-dbc="export-kohya-json"]')).toContain('下载 kohya-dreambooth.json');
    await chinese.selectOption('[data-dbc="language"]', 'ja');
    expect(await chinese.textContent('h1')).toBe('Dreambooth Companion：学習プランナー');
    await chinese.context().close();
  });

  it("plans as the CLI does with their defaults: the text encoder off (the CLI's --te-ratio 0)", async () => {
    const page = await open();
    await page.fill('#frames', '20');
    const cli = JSON.parse(
      execFileSync(
        process.execPath,
        [fileURLToPath(new URL('../../dist/cli.js', import.meta.url)), '--frames', '20', '--json'],
        {
          encoding: 'utf8',
        },
      ),
    );
    expect(await page.textContent('[data-dbc="plan-maxTrainSteps"]')).toBe(String(cli.maxTrainSteps));
    expect(cli.maxTrainSteps).toBe(4000);
    await page.context().close();
  });

  it('after typing, the first click on a download downloads', async () => {
    const page = await open();
    await page.fill('#frames', '12');
    // The field still has focus: the click first blurs it, which fires its change event.
    await page.locator('#frames').pressSequentially('0');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 3000 }),
      page.click('[data-dbc="download-kohya-dreambooth.json"]'),
    ]);
    expect(JSON.parse(await readFile((await file.path())!, 'utf8'))).toMatchObject({ max_train_steps: 24_000 });
    await page.context().close();
  });
});
