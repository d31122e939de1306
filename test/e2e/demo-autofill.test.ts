// The demo page `npm start` serves (our stand-in for the WebUI, for trying the companion without
// Python): it loads the companion, and Save shows what a write made the page's state hold.
import type { Browser } from 'playwright-core';
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

describe('the demo page', () => {
  it.each([
    ['HEAD', { num_train_epochs: 100, learning_rate: 1e-6, txt_learning_rate: 1e-6 }],
    ['2022-12-20', { max_train_steps: 1000, learning_rate: 1e-6 }],
  ])('%s: Autofill, Apply, and "What Save Settings sends" shows the planned values', async (ui, expected) => {
    const page = await browser.newPage();
    await page.goto(`${url}?ui=${ui}`);
    await page.click('[data-dbc="autofill"]');
    await page.fill('[data-dbc="frames-1"]', '10');
    await page.click('[data-dbc="apply"]');
    await page.evaluate(() => (document.getElementById('db_save_config') as HTMLButtonElement).click());
    expect(JSON.parse((await page.textContent('#dbc-demo-saved')) ?? '{}')).toMatchObject(expected);
    await page.close();
  });
});
