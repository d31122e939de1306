// The MV3 extension in real Firefox ESR on the real Gradio page: the same round trip as in Chromium
// (Autofill → Python's Save handler, Undo, tooltips), the options page adding and removing an
// address with Firefox's own permission grant, and nothing on a page that is not the WebUI.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGradioPage, type GradioPage } from '../../tools/gradio-page.mjs';
import { OPTIONS_URL, launchFirefox } from './firefox.js';
import { save } from './real-gradio.js';
// @ts-expect-error plain ESM tool without types
import { iconPng } from '../../tools/lib/icon.mjs';

let browser: Browser;
let gradio: GradioPage;
beforeAll(async () => {
  [browser, gradio] = await Promise.all([launchFirefox(), startGradioPage()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await gradio?.stop();
});

/** Opens the WebUI and its Dreambooth tab; resolves when the companion's button is there. */
async function openDreambooth(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(url);
  await page.locator('#tabs > .tab-nav > button ::-p-text(Dreambooth)').click();
  await page.waitForSelector('>>> [data-dbc="autofill"]');
  return page;
}

async function hasCompanion(page: Page): Promise<boolean> {
  return (await page.$('[data-dbc-host]')) !== null;
}

describe('MV3 extension in Firefox ESR', () => {
  it('Autofill reaches Save with the plan, and Undo restores what the page had', async () => {
    const page = await openDreambooth(gradio.url);
    const before = await save(page, gradio);
    await page.locator('>>> [data-dbc="autofill"]').click();
    await page.locator('>>> [data-dbc="frames-1"]').fill('20');
    // The run's learning-rate chart, drawn when the panel shows a plan.
    await page.waitForSelector('>>> [data-dbc="curve-planned"]');
    await page.locator('>>> [data-dbc="apply"]').click();
    expect(await save(page, gradio)).toMatchObject({
      learning_rate: 5e-7,
      txt_learning_rate: 5e-7,
      num_train_epochs: 100,
    });
    await page.locator('>>> [data-dbc="undo"]').click();
    const undone = await save(page, gradio);
    expect(undone).toMatchObject({ learning_rate: 2e-6, txt_learning_rate: 1e-6 });
    expect(undone).toEqual(before);
    await page.close();
  });

  it('hovering a field shows our text with the live number', async () => {
    const page = await openDreambooth(gradio.url);
    await page.locator('>>> [data-dbc="autofill"]').click();
    await page.locator('>>> [data-dbc="frames-1"]').fill('20');
    await page.locator('#tab_dreambooth_v2 .tab-nav button ::-p-text(Parameters)').click();
    await page.locator('#tab_dreambooth_v2 .label-wrap ::-p-text(Learning Rate)').click();
    await page
      .locator(
        '::-p-xpath(//*[@id="tab_dreambooth_v2"]//span[@data-testid="block-info" and normalize-space()="Learning Rate"]/ancestor::div[contains(@class, "block")][1])',
      )
      .hover();
    await page.waitForSelector('#dbc-tooltip', { visible: true });
    expect(await page.$eval('#dbc-tooltip', (tip) => tip.textContent)).toContain(
      'With your 20 frames at strength medium: LR 5e-7.',
    );
    await page.close();
  });

  it('the options page adds an address with the permission Firefox grants, and removes it', async () => {
    const address = `http://webui.example:${gradio.port}/`;
    const options = await browser.newPage();
    // The extension's page answers no load event over BiDi; its list shows once the page has run.
    await options.goto(OPTIONS_URL, { timeout: 3000 }).catch(() => undefined);
    await options.waitForSelector('#origins li');
    await options.locator('#address').fill(address);
    await options.locator('#add-button').click();
    await options.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Added'));
    expect(await options.$$eval('#origins li', (items) => items.map((item) => item.firstChild?.textContent))).toEqual([
      'http://127.0.0.1/* (built in)',
      'http://localhost/* (built in)',
      'http://webui.example/*',
    ]);
    const webui = await openDreambooth(address);
    expect(await hasCompanion(webui)).toBe(true);
    await webui.close();

    await options.locator('#origins button').click();
    await options.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Removed'));
    const after = await browser.newPage();
    await after.goto(address);
    await after.locator('#tabs > .tab-nav > button ::-p-text(Dreambooth)').click();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await hasCompanion(after)).toBe(false);
    await Promise.all([after.close(), options.close()]);
  });

  it("counts the concept's folder through the WebUI module, as the page itself asks", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'dbc-firefox-'));
    for (let image = 0; image < 7; image++) await writeFile(join(folder, `photo-${image}.png`), iconPng(64));
    const withModule = await startGradioPage({ webuiModule: true, conceptDirs: [folder] });
    try {
      const page = await openDreambooth(withModule.url);
      await page.locator('>>> [data-dbc="autofill"]').click();
      await page.waitForFunction(
        () =>
          (
            document
              .querySelector('[data-dbc-host]')
              ?.shadowRoot?.querySelector('[data-dbc="frames-1"]') as HTMLInputElement
          )?.value === '7',
        { timeout: 5000 },
      );
      await page.close();
    } finally {
      await withModule.stop();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('adds nothing to a local page that is not the WebUI', async () => {
    const site: Server = createServer((_, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>not the WebUI</title><p>hi'),
    );
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
      // The companion gives up on a page without gradio-app at once; wait past its longest wait (3 s).
      await new Promise((resolve) => setTimeout(resolve, 3500));
      expect(await page.evaluate(() => document.body.innerHTML)).toBe('<p>hi</p>');
      expect(await hasCompanion(page)).toBe(false);
      await page.close();
    } finally {
      site.close();
    }
  });
});
