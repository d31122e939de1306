// Driving the real-Gradio test page as a user does: open the Dreambooth tab, Autofill, Apply, Save.
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { GradioPage } from '../../tools/gradio-page.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.js';

/** The unpacked MV3 extension, as `npm run build` leaves it. */
export const EXTENSION = fileURLToPath(new URL('../../dist/extension', import.meta.url));

/**
 * The Gradio page asks for one external script; nothing leaves this machine in the tests. It gets an
 * empty script, so that the page's console shows only what the page itself reports. Names under
 * .example are this machine under another name (the browser maps them to 127.0.0.1).
 */
export async function keepLocal(context: BrowserContext): Promise<void> {
  const local = /^(https?:\/\/(127\.0\.0\.1|localhost|[a-z]+\.example)[:/]|chrome-extension:|data:)/;
  await context.route('**/*', (route) =>
    local.test(route.request().url())
      ? route.continue()
      : route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
}

/** Chromium with the unpacked extension, as Load unpacked installs it, in a profile of its own; kept local. */
export async function withExtension(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
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
  return context;
}

/** A fresh browser context at the WebUI size the tests use, kept local, and a page in it. */
export async function newLocalPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await keepLocal(context);
  return { context, page: await context.newPage() };
}

/** Errors the page's console shows, and requests to the companion's count route, from now on. */
export function watchPage(page: Page): { errors: string[]; countRequests: string[] } {
  const seen = { errors: [] as string[], countRequests: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => {
    if (request.url().includes('/dreambooth-companion/count')) seen.countRequests.push(request.url());
  });
  return seen;
}

/**
 * Opens the page and its Dreambooth tab; resolves when the Autofill button is there. `install` runs
 * once the page has loaded (a userscript manager injects then).
 */
export async function openDreambooth(page: Page, url: string, install?: () => Promise<unknown>): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('#txt2img_prompt', { state: 'attached' });
  await install?.();
  await page.locator('#tabs > .tab-nav > button', { hasText: 'Dreambooth' }).click();
  await page.waitForSelector('[data-dbc="autofill"]');
}

/** Types the frames of concept 1 into the panel (opening it first). */
export async function typeFrames(page: Page, frames: string): Promise<void> {
  if (!(await page.isVisible('[data-dbc="panel"]'))) await page.click('[data-dbc="autofill"]');
  await page.fill('[data-dbc="frames-1"]', frames);
}

/** Clicks the extension's Save Settings; resolves with what Python received for that save. Works with
 * any browser driver's page (Playwright's in Chromium, Puppeteer's in Firefox). */
export async function save(
  page: { evaluate(script: () => void): Promise<unknown> },
  gradio: GradioPage,
): Promise<Record<string, unknown>> {
  const before = (await gradio.received()).saves;
  await page.evaluate(() => (document.getElementById('db_save_config') as HTMLButtonElement).click());
  for (let attempt = 0; attempt < 200; attempt++) {
    const now = await gradio.received();
    if (now.saves > before) return now.values;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('Save Settings did not reach Python within 5 s');
}
