// The kohya_ss GUI itself (tools/kohya-page.mjs): its own tabs under the real Gradio it runs on, the
// v26.0.0 release on Gradio 5.34.2 and master on Gradio 6.17.3, in English and in its zh-CN
// localization. Both often run on 127.0.0.1 beside the WebUI: the companion's A1111 code, in the
// userscript and in the MV3 extension (whose content script matches 127.0.0.1 on every port), must
// recognise that this page is not the WebUI's and leave it as it is.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKohyaPage, type KohyaOptions, type KohyaPage } from '../../tools/kohya-page.mjs';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from './browser.js';
import { keepLocal } from './real-gradio.js';

const EXTENSION = fileURLToPath(new URL('../../dist/extension', import.meta.url));
const USERSCRIPT = fileURLToPath(new URL('../../dist/dreambooth-companion.user.js', import.meta.url));

/** Each GUI in English (its default) and in its zh-CN localization, with the label it shows for Max train steps. */
const PAGES: [KohyaOptions['version'], 'en' | 'zh-CN', string][] = [
  ['v26.0.0', 'en', 'Max train steps'],
  ['v26.0.0', 'zh-CN', '最大训练步数'],
  ['master', 'en', 'Max train steps'],
  ['master', 'zh-CN', '最大训练步数'],
];

const pages = new Map<string, KohyaPage>();
let browser: Browser;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  const started = await Promise.all(
    PAGES.map(([version, language]) => startKohyaPage({ version, ...(language === 'en' ? {} : { language }) })),
  );
  started.forEach((page, index) => pages.set(PAGES[index]!.slice(0, 2).join(' '), page));
  browser = await launchBrowser();
  profile = await mkdtemp(join(tmpdir(), 'dbc-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1400, height: 1000 },
    args: [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
    ],
  });
  await keepLocal(context);
}, 300_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await Promise.all([...pages.values()].map((page) => page.stop()));
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** The GUI's Dreambooth tab, opened to its training parameters: the label the page shows for Max train steps. */
async function openTrainingPage(page: Page, url: string, label: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Dreambooth' }).first().click();
  // Gradio 6 renders an accordion's fields (and the accordions inside it) when it is first opened.
  const field = page.locator('[data-testid=block-info]', { hasText: label }).first();
  for (let round = 0; round < 5 && !(await field.isVisible()); round++) {
    for (const header of await page.locator('button.label-wrap:not(.open)').all())
      if (await header.isVisible()) await header.click();
    await page.waitForTimeout(500);
  }
  await field.waitFor();
}

/** What the companion would have left on the page: its Autofill host, its tooltip, its errors. */
async function companionTraces(page: Page, errors: string[]) {
  // Give its start-up (which waits for the page to settle) time to run.
  await page.waitForTimeout(2500);
  return {
    hosts: await page.locator('[data-dbc-host]').count(),
    tooltips: await page.locator('#dbc-tooltip, [aria-describedby~="dbc-tooltip"]').count(),
    errors: errors.filter((error) => /dbc|dreambooth-companion|companion/i.test(error)),
  };
}

function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.message}\n${error.stack ?? ''}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  return errors;
}

describe('the kohya_ss GUI page is left as it is', () => {
  it.each(PAGES)('%s %s: the userscript adds nothing', async (version, language, label) => {
    const local = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await keepLocal(local);
    const page = await local.newPage();
    const errors = errorsOf(page);
    await openTrainingPage(page, pages.get([version, language].join(' '))!.url, label);
    await page.addScriptTag({ path: USERSCRIPT });
    expect(await companionTraces(page, errors)).toEqual({ hosts: 0, tooltips: 0, errors: [] });
    await local.close();
  });

  it.each(PAGES)('%s %s: the MV3 extension adds nothing', async (version, language, label) => {
    const page = await context.newPage();
    const errors = errorsOf(page);
    await openTrainingPage(page, pages.get([version, language].join(' '))!.url, label);
    expect(await companionTraces(page, errors)).toEqual({ hosts: 0, tooltips: 0, errors: [] });
    await page.close();
  });
});
