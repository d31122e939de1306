// The WebUI's own page order, in every channel: A1111 1.6–1.10 fill `opts` 200 ms after the page went
// quiet (after every onUiLoaded callback), 1.0–1.5 in the mutation that runs them; "Apply settings"
// replaces them without a reload. On the real Gradio page with the A1111 extension's Python side loaded:
// the companion speaks the language set in the WebUI's Settings, counts the frames, and follows a
// change applied there.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGradioPage } from '../../tools/gradio-page.mjs';
// @ts-expect-error plain ESM tool without types
import { iconPng } from '../../tools/lib/icon.mjs';
import { launchBrowser } from './browser.js';
import { newLocalPage, openDreambooth, watchPage, withExtension } from './real-gradio.js';

const USERSCRIPT = fileURLToPath(new URL('../../dist/dreambooth-companion.user.js', import.meta.url));
const CHANNELS = ['A1111 script', 'MV3 extension', 'userscript'] as const;
type Channel = (typeof CHANNELS)[number];
const ORDERS = ['1.10', '1.5'] as const;

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launchBrowser();
  folder = await mkdtemp(join(tmpdir(), 'dbc-settings-'));
  for (let image = 0; image < 7; image++) await writeFile(join(folder, `photo-${image}.png`), iconPng(64));
});
afterAll(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
});

/** A page of the channel, opened on the WebUI's Dreambooth tab; closing it closes what it opened. */
async function openIn(channel: Channel, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  let context: BrowserContext;
  let profile: string | undefined;
  if (channel === 'MV3 extension') {
    profile = await mkdtemp(join(tmpdir(), 'dbc-profile-'));
    context = await withExtension(profile);
  } else context = (await newLocalPage(browser)).context;
  const page = context.pages()[0] ?? (await context.newPage());
  const seen = watchPage(page);
  await openDreambooth(page, url, channel === 'userscript' ? () => page.addScriptTag({ path: USERSCRIPT }) : undefined);
  return {
    page,
    close: async () => {
      expect(seen.errors).toEqual([]);
      await context.close();
      if (profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Hovers the Learning Rate field; the tooltip shown then, or null. */
async function learningRateTooltip(page: Page) {
  const dreambooth = page.locator('#tab_dreambooth_v2');
  await dreambooth.locator('.tab-nav button', { hasText: 'Parameters' }).click();
  const fold = dreambooth.locator('.label-wrap', { hasText: 'Learning Rate' }).first();
  if (!(await fold.getAttribute('class'))?.includes('open')) await fold.click();
  const field = dreambooth.locator('.block:has(> label > span[data-testid="block-info"]:text-is("Learning Rate"))');
  await page.mouse.move(0, 0);
  await field.hover();
  const tip = page.locator('#dbc-tooltip');
  try {
    await tip.waitFor({ state: 'visible', timeout: 1000 });
  } catch {
    return null;
  }
  return { lang: await tip.getAttribute('lang'), text: await tip.textContent() };
}

/** Settings → the companion's options → Apply settings, as a user does; back to the Dreambooth tab. */
async function applySettings(page: Page, language: string, tooltips: boolean) {
  const tabs = page.locator('#tabs > .tab-nav > button');
  await tabs.filter({ hasText: 'Settings' }).click();
  await page.locator(`#setting_dreambooth_companion_language label:has(input[value="${language}"])`).click();
  await page.locator('#setting_dreambooth_companion_tooltips input[type="checkbox"]').setChecked(tooltips);
  await page.click('#settings_submit');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { opts: Record<string, unknown> }).opts))
    .toMatchObject({ dreambooth_companion_language: language, dreambooth_companion_tooltips: tooltips });
  await tabs.filter({ hasText: 'Dreambooth' }).click();
}

describe.each(ORDERS)("A1111 %s's page order, with the extension's Python side", (pageOrder) => {
  it.each(CHANNELS)(
    '%s: the language set in Settings, counted frames, and Apply settings without a reload',
    async (channel) => {
      const gradio = await startGradioPage({
        pageOrder,
        companion: channel === 'A1111 script',
        webuiModule: true,
        conceptDirs: [folder],
        settings: { dreambooth_companion_language: 'ja' },
      });
      const { page, close } = await openIn(channel, gradio.url);
      try {
        await page.evaluate(() => Object.assign(window, { notReloaded: true }));
        // Japanese from the first render: the button, the panel, the tooltips.
        expect(await page.textContent('[data-dbc="autofill"]')).toBe('自動入力');
        await page.click('[data-dbc="autofill"]');
        await expect.poll(() => page.inputValue('[data-dbc="frames-1"]')).toBe('7');
        expect(await page.textContent('[data-dbc="counted-1"]')).toContain('7');
        expect(await learningRateTooltip(page)).toMatchObject({ lang: 'ja', text: expect.stringMatching(/学習率/) });

        await applySettings(page, 'en', false);
        await expect.poll(() => page.textContent('[data-dbc="autofill"]')).toBe('Autofill');
        expect(await learningRateTooltip(page)).toBeNull();
        await applySettings(page, 'zh', true);
        await expect.poll(() => page.textContent('[data-dbc="autofill"]')).toBe('自动填写');
        expect(await learningRateTooltip(page)).toMatchObject({ lang: 'zh-CN' });
        expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      } finally {
        await close();
        await gradio.stop();
      }
    },
    60_000,
  );
});

describe.each(ORDERS)("A1111 %s's page order, without the Python side", (pageOrder) => {
  it.each(['MV3 extension', 'userscript'] as const)('%s alone never asks the count route', async (channel) => {
    const gradio = await startGradioPage({ pageOrder, conceptDirs: [folder] });
    const { page, close } = await openIn(channel, gradio.url);
    const seen = watchPage(page);
    try {
      await page.click('[data-dbc="autofill"]');
      // Past the WebUI's 200 ms fill of `opts`, and the panel still asks for the frames.
      await page.waitForTimeout(600);
      expect(await page.inputValue('[data-dbc="frames-1"]')).toBe('');
      expect(seen.countRequests).toEqual([]);
    } finally {
      await close();
      await gradio.stop();
    }
  });
});
