// The three ways the companion ships, each installed the way users install it, on the demo page
// served without its own copy of the companion (?companion=off).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser, startDemoServer } from './browser.js';

const EXTENSION = fileURLToPath(new URL('../../dist/extension', import.meta.url));
const USERSCRIPT = fileURLToPath(new URL('../../dist/dreambooth-companion.user.js', import.meta.url));
const A1111_SCRIPT = fileURLToPath(new URL('../../javascript/dreambooth-companion.js', import.meta.url));

let server: Server;
let url: string;

beforeAll(async () => {
  ({ server, url } = await startDemoServer());
});
afterAll(() => server?.close());

/** Autofill for 20 frames and the values Save Settings then sends. */
async function autofill(page: Page) {
  await page.click('[data-dbc="autofill"]');
  await page.fill('[data-dbc="frames-1"]', '20');
  await page.click('[data-dbc="apply"]');
  await page.evaluate(() => (document.getElementById('db_save_config') as HTMLButtonElement).click());
  return JSON.parse((await page.textContent('#dbc-demo-saved')) ?? '{}');
}

describe('MV3 extension, unpacked, in Chromium', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'dbc-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: false,
      args: [...CHROMIUM_ARGS, '--headless=new', `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
    });
  });
  afterAll(async () => {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('loads on the WebUI origin and autofills through the content script', async () => {
    const page = await context.newPage();
    await page.goto(`${url}?companion=off`);
    await page.waitForSelector('[data-dbc="autofill"]');
    expect(await autofill(page)).toMatchObject({ learning_rate: 5e-7, txt_learning_rate: 5e-7, num_train_epochs: 100 });
    await page.close();
  });

  it('finds localized fields through the main-world bridge', async () => {
    const page = await context.newPage();
    await page.goto(`${url}?companion=off&lang=fr`);
    await page.waitForSelector('[data-dbc="autofill"]');
    expect(await page.getAttribute('html', 'data-dbc-localization')).toContain('Taille du lot');
    await page.click('[data-dbc="autofill"]');
    await page.fill('[data-dbc="frames-1"]', '20');
    expect(await page.textContent('[data-dbc="value-learningRate"]')).toBe('0.000002 → 5e-7');
    await page.close();
  });
});

describe('page-world channels in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('the userscript, injected into the page world as a userscript manager does', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}?companion=off&lang=fr`);
    await page.addScriptTag({ path: USERSCRIPT });
    await page.waitForSelector('[data-dbc="autofill"]');
    expect(await autofill(page)).toMatchObject({ learning_rate: 5e-7, num_train_epochs: 100 });
    await page.close();
  });

  it("the A1111 folder's script, which waits for the WebUI's onUiLoaded", async () => {
    const page = await browser.newPage();
    await page.goto(`${url}?companion=off`);
    await page.evaluate(() => {
      const waiting: (() => void)[] = [];
      Object.assign(window, { onUiLoaded: (callback: () => void) => waiting.push(callback), uiLoaded: () => waiting.forEach((callback) => callback()) });
    });
    await page.addScriptTag({ path: A1111_SCRIPT });
    await page.waitForTimeout(100);
    expect(await page.locator('[data-dbc="autofill"]').count()).toBe(0);
    await page.evaluate(() => (window as unknown as { uiLoaded: () => void }).uiLoaded());
    await page.waitForSelector('[data-dbc="autofill"]');
    expect(await autofill(page)).toMatchObject({ learning_rate: 5e-7, num_train_epochs: 100 });
    await page.close();
  });
});
