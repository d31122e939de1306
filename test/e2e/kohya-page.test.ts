// Autofill on the kohya_ss GUI itself (tools/kohya-page.mjs): its own Dreambooth tab under the real
// Gradio it runs on, the v26.0.0 release on Gradio 5.34.2 and master on Gradio 6.17.3 (which renders
// an accordion's fields only once it is opened), in English and in its zh-CN localization. The judge
// is the GUI's own command builder: its "Print training command" writes the TOML and command it
// would start sd-scripts with, and sd-scripts' own argument and dataset code (sd_scripts_run.py)
// says what that run trains.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'smol-toml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKohyaPage, type KohyaOptions, type KohyaPage } from '../../tools/kohya-page.mjs';
// @ts-expect-error plain ESM tool without types
import { iconPng } from '../../tools/lib/icon.mjs';
import { launchBrowser } from './browser.js';
import { keepLocal, withExtension } from './real-gradio.js';

const USERSCRIPT = fileURLToPath(new URL('../../dist/dreambooth-companion.user.js', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const SD_SCRIPTS_RUN = fileURLToPath(new URL('../python/trainers/sd_scripts_run.py', import.meta.url));

/**
 * The runs: 10 frames in the image folder. A: the GUI's defaults (batch 1, cosine, 10% warmup, text
 * encoder on). B: class images in a regularisation folder, accumulation 2, constant with a warmup (which
 * sd-scripts refuses), the text encoder stopped halfway through Additional parameters (where train_db.py
 * crashes), and batch 2 adopted in Autofill (the GUI's config file cannot set the batch: it sets the
 * slider's step).
 */
const CASES = {
  A: { folders: { 'img/1_sks person': 10 }, config: '' },
  B: {
    folders: { 'img/100_sks person': 10, 'reg/1_person': 1000 },
    config:
      '[basic]\nlr_scheduler = "constant"\nlr_warmup = 5\n[advanced]\ngradient_accumulation_steps = 2\n' +
      'additional_parameters = "--stop_text_encoder_training 800"\n',
  },
} as const;

/** Each GUI in English and in its zh-CN localization, with the case its config sets up. */
const PAGES: { version: KohyaOptions['version']; language: 'en' | 'zh-CN'; run: keyof typeof CASES }[] = [
  { version: 'v26.0.0', language: 'en', run: 'A' },
  { version: 'v26.0.0', language: 'zh-CN', run: 'B' },
  { version: 'master', language: 'en', run: 'B' },
  { version: 'master', language: 'zh-CN', run: 'A' },
];
const key = (entry: (typeof PAGES)[number]) => `${entry.version} ${entry.language}`;

const pages = new Map<string, KohyaPage>();
let workspace: string;
let browser: Browser;

async function dataset(folder: string, run: keyof typeof CASES): Promise<string> {
  // Square images at sd-scripts' smallest bucket (64 px): one bucket, as the plan counts.
  const image = iconPng(64) as Buffer;
  for (const [name, images] of Object.entries(CASES[run].folders)) {
    await mkdir(join(folder, name), { recursive: true });
    for (let index = 0; index < images; index++) await writeFile(join(folder, name, `${index}.png`), image);
  }
  await mkdir(join(folder, 'out'), { recursive: true });
  const reg = run === 'B' ? `reg_data_dir = "${join(folder, 'reg')}"\n` : '';
  return `[model]\ntrain_data_dir = "${join(folder, 'img')}"\n[folders]\noutput_dir = "${join(folder, 'out')}"\n${reg}${CASES[run].config}`;
}

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'dbc-kohya-runs-'));
  // Every page that started is kept (and stopped after), even when another did not.
  const started = await Promise.allSettled(
    PAGES.map(async (entry) => {
      const config = await dataset(join(workspace, key(entry).replace(' ', '-')), entry.run);
      const page = await startKohyaPage({
        version: entry.version,
        config,
        ...(entry.language === 'en' ? {} : { language: entry.language }),
      });
      pages.set(key(entry), page);
    }),
  );
  const failed = started.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  browser = await launchBrowser();
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([...pages.values()].map((page) => page.stop()));
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.message}\n${error.stack ?? ''}`));
  return errors;
}

/** The GUI's page with the companion: Autofill shows at the top of its Dreambooth tab. */
async function openGui(context: BrowserContext, url: string, userscript: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('tab', { name: 'Dreambooth' }).first().waitFor();
  if (userscript) await page.addScriptTag({ path: USERSCRIPT });
  await page.locator('[data-dbc="autofill"]').waitFor({ timeout: 30_000 });
  return page;
}

/** A field of the Parameters accordion, which the user opens (Gradio may redraw it after a handler ran). */
async function shownField(page: Page, label: RegExp) {
  const field = page.locator('[data-testid="block-info"]', { hasText: label }).first();
  const parameters = page.locator('button.label-wrap:not(.open)', { hasText: /^\s*(Parameters|参数)\s*▼?\s*$/ });
  for (let round = 0; round < 5 && !(await field.isVisible()); round++) {
    if ((await parameters.count()) > 0) await parameters.first().click();
    await page.waitForTimeout(500);
  }
  return field;
}

/** The command the GUI's "Print training command" shows: the script, its TOML and the arguments after it. */
async function printedCommand(page: Page, gui: KohyaPage) {
  const before = gui.output().length;
  await page.getByRole('button', { name: /^(Print training command|打印训练命令)$/ }).click();
  let command: string[] | undefined;
  await expect
    .poll(
      () => {
        const line = gui
          .output()
          .slice(before)
          .split('\n')
          .find((text) => text.includes('--config_file'));
        command = line?.trim().split(/\s+/);
        return command !== undefined;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  const at = command!.indexOf('--config_file');
  return {
    script: command!
      .find((part) => part.endsWith('.py'))!
      .split('/')
      .pop()!,
    config: command![at + 1]!,
    arguments: command!.slice(at + 2),
  };
}

/** What the GUI passes sd-scripts: the TOML's settings and the arguments after it. */
async function printedSettings(page: Page, gui: KohyaPage) {
  const printed = await printedCommand(page, gui);
  return { settings: parse(await readFile(printed.config, 'utf8')), arguments: printed.arguments };
}

/** What sd-scripts trains from what the GUI passes it. */
async function printedRun(page: Page, gui: KohyaPage) {
  const { script, config, arguments: after } = await printedCommand(page, gui);
  const output = execFileSync(
    '/usr/bin/python3',
    [SD_SCRIPTS_RUN, join(SHARED, 'trainers', 'sd-scripts'), script, config, ...after],
    { env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as Record<string, unknown>;
}

/** The planned runs, by the spec's rules (docs/formulas.md). */
const PLANNED = {
  // R1 100 steps per frame with the text encoder, R9 cosine ×2: 2000 steps; R4 1e-5 / 10 frames.
  // The GUI's 10% warmup stays a tenth of the run: 200 steps.
  A: {
    optimizer_steps: 2000,
    learning_rate: 1e-6,
    text_encoder_rates: [1e-6],
    text_encoder_steps: 2000,
    lr_warmup_steps: 200,
    reg_images_used: 0,
    // The final model only: the GUI's "Save every N epochs" 1 would add 99 checkpoints.
    saves: 1,
  },
  // The text encoder stops at 800 of the GUI's 1600 steps, where train_db.py would crash: planned for
  // the nearer share it runs, the whole run (r = 1), R1 100 steps per frame; R7 batch 2: SPF_A 100,
  // (10 · 100 + 100) / √2, R8 · √2 → 1100 steps; R16 with class images 2200 batches, at accumulation 2
  // 1100 optimizer steps, the text encoder all of them; R11 100 class images per frame, all drawn; no
  // warmup with constant.
  B: {
    optimizer_steps: 1100,
    learning_rate: 1e-6,
    text_encoder_rates: [1e-6],
    text_encoder_steps: 1100,
    lr_warmup_steps: 0,
    reg_images_used: 1000,
    saves: 1,
  },
} as const;

/** Max train steps at batch 1 (after Undo): A as planned; B 10 · 100 · √2 (R8) = 1414, twice the batches at accumulation 2. */
const LIVE_STEPS = { A: '2000', B: '1414' } as const;

describe('Autofill on the kohya_ss GUI', () => {
  it.each(PAGES)(
    '$version $language, case $run: the GUI passes sd-scripts the plan, and after Undo all it passed before',
    async (entry) => {
      const gui = pages.get(key(entry))!;
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      await keepLocal(context);
      const page = await openGui(context, gui.url, true);
      const errors = errorsOf(page);
      const before = await printedSettings(page, gui);

      await page.click('[data-dbc="autofill"]');
      await page.fill('[data-dbc="frames-1"]', '10');
      await expect.poll(() => page.textContent('[data-dbc="value-learningRate"]')).toBe('1e-6');
      // The folder names the plan assumes, and the class images it needs.
      const notes = await page.textContent('[data-dbc="counts"]');
      expect(notes).toContain(entry.run === 'A' ? '"1_sks person"' : '"100_sks person"');
      if (entry.run === 'B') {
        expect(notes).toMatch(/1_person.*1000|1000.*1_person/);
        // Why the text encoder is planned for the whole run (in the page's language).
        expect(notes).toContain('kohya_ss #2695');
        await page.click('[data-dbc="batches"] > summary');
        await page.click('[data-dbc="batch-2"]');
        await expect.poll(() => page.textContent('[data-dbc="value-batchSize"]')).toBe('2');
      }
      await page.click('[data-dbc="apply"]');
      expect(await printedRun(page, gui)).toMatchObject(PLANNED[entry.run]);

      await page.click('[data-dbc="undo"]');
      expect(await printedSettings(page, gui)).toEqual(before);

      // The tooltip beside the GUI's own hint, with the live number for these frames (batch 1 again).
      // Gradio 6 ends an English label with a space.
      await (await shownField(page, /^\s*(Max train steps|最大训练步数)\s*$/)).hover();
      const tip = page.locator('#dbc-tooltip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(
        entry.language === 'en'
          ? `With your 10 frames: Max train steps ${LIVE_STEPS[entry.run]}`
          : `你的 10 张实例图：Max train steps 为 ${LIVE_STEPS[entry.run]}`,
      );
      expect(errors).toEqual([]);
      await context.close();
    },
    180_000,
  );

  it.each(PAGES.filter((entry) => entry.language === 'en'))(
    '$version: the MV3 extension loads the GUI host on its page and autofills',
    async (entry) => {
      const profile = await mkdtemp(join(tmpdir(), 'dbc-profile-'));
      const context = await withExtension(profile);
      const page = await openGui(context, pages.get(key(entry))!.url, false);
      await page.click('[data-dbc="autofill"]');
      await page.fill('[data-dbc="frames-1"]', '10');
      await expect.poll(() => page.textContent('[data-dbc="value-learningRate"]')).toBe('1e-6');
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
    60_000,
  );
});
