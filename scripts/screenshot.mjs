// Regenerates the README's pictures (docs/*.png) from the demo page in Debian's Chromium.
// Usage: npm run build && node scripts/screenshot.mjs
import { chromium } from 'playwright-core';
import { serveDemo } from './serve-demo.mjs';

const server = await serveDemo(0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  await page.goto(url);
  await page.click('[data-dbc="autofill"]');
  await page.fill('[data-dbc="frames-1"]', '20');
  await page.screenshot({ path: 'docs/autofill.png', fullPage: false });
  await page.click('[data-dbc="autofill"]');
  await page.click('button:text-is("Parameters")');
  await page.click('.label-wrap:has-text("Learning Rate")');
  const field = page.locator('.block:has(> label > span[data-testid="block-info"]:text-is("Learning Rate"))');
  await field.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await field.hover();
  await page.waitForSelector('#dbc-tooltip:not([hidden])');
  const box = await field.boundingBox();
  const tip = await page.locator('#dbc-tooltip').boundingBox();
  const top = Math.max(0, box.y - 60);
  await page.screenshot({ path: 'docs/tooltip.png', clip: { x: 0, y: top, width: 900, height: tip.y + tip.height + 20 - top } });
  console.log('docs/autofill.png, docs/tooltip.png');
} finally {
  await browser.close();
  server.close();
}
