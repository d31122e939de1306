// Regenerates the README's pictures (docs/*.png) on the real-Gradio test page in Debian's Chromium:
// the panel with two concepts (English and Chinese), a tooltip, the standalone planner, and the panel
// in the kohya_ss GUI (v26.0.0 on Gradio 5, its defaults as in a fresh install).
// Usage: npm run build && node tools/screenshot.mjs   (needs the Python packages the tests need, the
// fonts of Debian's fonts-noto-cjk, and the hanamizuki zh-Hans (Stable) localization file the tests use)
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startGradioPage } from './gradio-page.mjs';
import { startKohyaPage } from './kohya-page.mjs';
import { missingCjkFonts } from './lib/cjk-fonts.mjs';

const missing = missingCjkFonts();
if (missing.length > 0) {
  console.error(
    `No font for ${missing.join(' and ')} text: the pictures would show boxes. Install them (apt-get install fonts-noto-cjk) and run again.`,
  );
  process.exit(1);
}
// A WebUI in Chinese as most Chinese users run it: the zh-Hans (Stable) localization file.
const CHINESE = JSON.parse(
  await readFile(
    resolve(process.env.LOCALIZATIONS_DIR ?? '../shared/reference/localizations', 'zh-Hans-Stable.hanamizuki.json'),
    'utf8',
  ),
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

async function open(gradio, viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  await page.route('**/*', (route) =>
    /^http:\/\/127\.0\.0\.1/.test(route.request().url()) ? route.continue() : route.abort(),
  );
  await page.goto(gradio.url);
  await page.locator('#tabs > .tab-nav > button', { hasText: 'Dreambooth' }).click();
  await page.waitForSelector('[data-dbc="autofill"]');
  return page;
}

async function panel(gradio, path, viewport) {
  const page = await open(gradio, viewport);
  await page.click('[data-dbc="autofill"]');
  await page.fill('[data-dbc="frames-1"]', '12');
  await page.fill('[data-dbc="frames-2"]', '12');
  await page.check('[data-dbc="prior"]');
  await page.screenshot({ path });
  await page.close();
}

const english = await startGradioPage({ companion: true, concepts: 2 });
const kohya = await startKohyaPage({
  version: 'v26.0.0',
  config: '[model]\ntrain_data_dir = "/data/sks/img"\noutput_name = "sks"\n',
});
const chinese = await startGradioPage({
  companion: true,
  concepts: 2,
  localization: CHINESE,
  localizationName: 'zh-Hans (Stable)',
});
try {
  await panel(english, 'docs/autofill.png');
  await panel(chinese, 'docs/autofill-zh.png');
  // The Chrome Web Store's listing takes 1280×800 screenshots.
  await mkdir('docs/store', { recursive: true });
  await panel(english, 'docs/store/panel-en-1280x800.png', { width: 1280, height: 800 });
  await panel(chinese, 'docs/store/panel-zh-1280x800.png', { width: 1280, height: 800 });
  const page = await open(english);
  await page.click('[data-dbc="autofill"]');
  await page.fill('[data-dbc="frames-1"]', '20');
  await page.click('[data-dbc="autofill"]');
  const tab = page.locator('#tab_dreambooth_v2');
  await tab.locator('.tab-nav button', { hasText: 'Parameters' }).click();
  await tab.locator('.label-wrap', { hasText: 'Learning Rate' }).first().click();
  const field = tab.locator('.block:has(> label > span[data-testid="block-info"]:text-is("Learning Rate"))');
  await field.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await field.hover();
  await page.waitForSelector('#dbc-tooltip:not([hidden])');
  const box = await field.boundingBox();
  const tip = await page.locator('#dbc-tooltip').boundingBox();
  const top = Math.max(0, box.y - 60);
  await page.screenshot({
    path: 'docs/tooltip.png',
    clip: { x: 0, y: top, width: 1000, height: tip.y + tip.height + 20 - top },
  });
  // The standalone planner, opened from disk.
  const planner = await browser.newPage({ viewport: { width: 1100, height: 2000 } });
  await planner.goto(new URL('../dist/planner/index.html?lang=en', import.meta.url).href);
  await planner.fill('#frames', '10');
  await planner.fill('#batchSize', '2');
  await planner.check('#prior');
  // The files need the run's model and folders; the notes then name the folders they assume.
  await planner.fill('#model', '/models/v1-5-pruned.safetensors');
  await planner.fill('#outputDir', '/runs/sks');
  await planner.fill('#trainDataDir', '/data/sks/img');
  await planner.fill('#regDataDir', '/data/sks/reg');
  await planner.fill('#classToken', 'dog');
  await planner.screenshot({ path: 'docs/planner.png' });
  // The kohya_ss GUI, with the userscript as a user's manager injects it.
  const gui = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await gui.route('**/*', (route) =>
    /^http:\/\/127\.0\.0\.1/.test(route.request().url()) ? route.continue() : route.abort(),
  );
  await gui.goto(kohya.url);
  await gui.getByRole('tab', { name: 'Dreambooth' }).first().waitFor();
  await gui.addScriptTag({ path: 'dist/dreambooth-companion.user.js' });
  await gui.click('[data-dbc="autofill"]');
  await gui.fill('[data-dbc="frames-1"]', '15');
  await gui.waitForTimeout(500);
  await gui.screenshot({ path: 'docs/autofill-kohya.png' });
  console.log(
    'docs/autofill.png, docs/autofill-zh.png, docs/tooltip.png, docs/planner.png, docs/autofill-kohya.png, docs/store/*.png',
  );
} finally {
  await browser.close();
  await Promise.all([english.stop(), chinese.stop(), kohya.stop()]);
}
