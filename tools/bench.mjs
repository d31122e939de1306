// npm run bench: figures, not assertions. Prints a table and writes bench/results.json.
// 1. core plans/s; 2. autofill on a full-size WebUI page; 3. tooltip upkeep vs the naive hint code;
// 4. artifact sizes; 5. start-up. Browser figures come from Debian's Chromium (CHROMIUM_PATH).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { batchSizeOptions, computePlan, validatePlanInput } from '../dist/core.js';
import { serveDemo } from './serve-demo.mjs';

const REPEATS = 9;
const BROWSER_REPEATS = 25;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Calls per second of fn over about `ms` milliseconds. */
function rate(fn, ms = 200) {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    fn(calls);
    calls++;
  }
  return (calls * 1000) / (performance.now() - start);
}

// 1. Core: a realistic mix of the requests users ask about.
const mix = [
  { frames: 20, textEncoder: true },
  { frames: 5, mode: 'standard', learningRate: 1e-5 },
  { concepts: [10, 10], strength: 'hard', batchSize: 2 },
  { frames: 125, strength: 'soft', scheduler: 'cosine', precision: 'fp16' },
  { frames: 60, textEncoderRatio: 0.75, resolution: 768, batchSize: 4, gradAccum: 2 },
  { frames: 10, textEncoder: true, dynamicResolutions: [512, 768, 1024] },
  { frames: 40, mode: 'filewords', batchSize: 8 },
].map((input) => {
  const validated = validatePlanInput(input);
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  return { input, request: validated.request };
});
const core = {
  plansPerSecond: stats(Array.from({ length: REPEATS }, () => rate((i) => computePlan(mix[i % mix.length].request)))),
  validatedPlansPerSecond: stats(Array.from({ length: REPEATS }, () => rate((i) => {
    const validated = validatePlanInput(mix[i % mix.length].input);
    if (validated.ok) computePlan(validated.request);
  }))),
  batchTable250PerSecond: stats(Array.from({ length: REPEATS }, () => {
    const { request } = validatePlanInput({ frames: 250, textEncoder: true });
    return rate(() => batchSizeOptions(request));
  })),
};

// 4. Size of every artifact users install.
const artifacts = {
  'content script (MV3)': 'dist/extension/content-script.js',
  userscript: 'dist/dreambooth-companion.user.js',
  'A1111 script': 'javascript/dreambooth-companion.js',
  CLI: 'dist/cli.js',
};
const size = {};
for (const [name, file] of Object.entries(artifacts)) {
  const bytes = await readFile(file);
  size[name] = { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

// 2, 3, 5 in Chromium, on the demo page grown to a real WebUI's size.
const server = await serveDemo(0);
const base = `http://127.0.0.1:${server.address().port}/demo/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const userscript = await readFile('dist/dreambooth-companion.user.js', 'utf8');
let page;
let autofill;
let upkeep;
let startup;
let elements;
try {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

  // 5. Start-up: from the script's first line to the button in the tab (tooltips attached too).
  const startupSamples = [];
  for (let run = 0; run < 10; run++) {
    await page.goto(`${base}?companion=off&size=full`);
    startupSamples.push(await page.evaluate((code) => new Promise((resolve) => {
      const tab = document.getElementById('tab_dreambooth_v2');
      let start = 0;
      new MutationObserver((_records, observer) => {
        if (tab.querySelector(':scope > [data-dbc-host]')) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      }).observe(tab, { childList: true });
      const script = document.createElement('script');
      script.textContent = code;
      start = performance.now();
      document.head.append(script);
    }), userscript));
  }
  startup = stats(startupSamples);
  elements = await page.evaluate(() => document.getElementsByTagName('*').length);

  // 2. Autofill: typing the frames (find + read + plan + preview); Apply up to the last field written
  // (read and plan again, write with Gradio's events), and until the preview is refreshed.
  await page.goto(`${base}?size=full`);
  await page.click('[data-dbc="autofill"]');
  autofill = await page.evaluate((repeats) => {
    const host = document.querySelector('[data-dbc-host]');
    const root = host.shadowRoot;
    const frames = root.querySelector('[data-dbc="frames-1"]');
    const apply = root.querySelector('[data-dbc="apply"]');
    let lastWrite = 0;
    const onWrite = (event) => {
      if (event.target !== host) lastWrite = performance.now();
    };
    document.addEventListener('input', onWrite, true);
    document.addEventListener('change', onWrite, true);
    const plan = [];
    const written = [];
    const refreshed = [];
    for (let run = 0; run < repeats; run++) {
      frames.value = String(run % 2 === 0 ? 20 : 40);
      let start = performance.now();
      frames.dispatchEvent(new Event('input', { bubbles: true }));
      plan.push(performance.now() - start);
      lastWrite = 0;
      start = performance.now();
      apply.click();
      refreshed.push(performance.now() - start);
      written.push(lastWrite - start);
    }
    return { plan, written, refreshed };
  }, BROWSER_REPEATS);
  autofill = { planMs: stats(autofill.plan), applyToLastWriteMs: stats(autofill.written), applyToPreviewMs: stats(autofill.refreshed) };

  // 3. Tooltip upkeep: the same stream of WebUI-like mutations, observed by the companion's
  // tooltips and by the naive hint code (re-query every span/button/select/p, set titles).
  await page.goto(`${base}?companion=off&size=full`);
  await page.evaluate(() => {
    const NativeObserver = window.MutationObserver;
    window.observerTimes = { companion: [], naive: [] };
    window.observerTag = 'companion';
    window.MutationObserver = class extends NativeObserver {
      constructor(callback) {
        const tag = window.observerTag;
        super((records, observer) => {
          const start = performance.now();
          callback(records, observer);
          window.observerTimes[tag].push(performance.now() - start);
        });
      }
    };
  });
  await page.addScriptTag({ content: userscript });
  await page.waitForSelector('[data-dbc="autofill"]');
  upkeep = await page.evaluate(async (updates) => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.observerTimes.companion.length = 0;
    const app = document.getElementById('dbc-demo-page');
    const hints = {};
    for (const span of document.querySelectorAll('#tab_dreambooth_v2 span[data-testid="block-info"]')) hints[span.textContent] = `Hint for ${span.textContent}`;
    let naiveVisited = 0;
    window.observerTag = 'naive';
    new MutationObserver(() => {
      const elements = app.querySelectorAll('span, button, select, p');
      naiveVisited += elements.length;
      for (const element of elements) {
        const hint = hints[element.textContent];
        if (hint) element.title = hint;
      }
    }).observe(app, { childList: true, subtree: true });

    const tab = document.getElementById('tab_dreambooth_v2');
    const progress = document.createElement('p');
    document.getElementById('tab_txt2img').append(progress);
    const status = document.createElement('p');
    tab.append(status);
    const gallery = document.getElementById('gallery-0');
    let addedInTab = 0;
    for (let update = 0; update < updates; update++) {
      progress.textContent = `Progress ${update}%`;
      const thumb = document.createElement('button');
      thumb.append(document.createElement('img'));
      gallery.append(thumb);
      gallery.firstElementChild.remove();
      if (update % 2 === 0) status.textContent = `Training step ${update}`;
      if (update % 10 === 0) {
        // A re-render of one field inside the Dreambooth tab.
        const blocks = tab.querySelectorAll('div.block');
        const old = blocks[update % blocks.length];
        const fresh = old.cloneNode(true);
        old.replaceWith(fresh);
        addedInTab += fresh.getElementsByTagName('*').length + 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const sum = (values) => values.reduce((total, value) => total + value, 0);
    return {
      updates,
      companionMs: sum(window.observerTimes.companion),
      naiveMs: sum(window.observerTimes.naive),
      companionCallbacks: window.observerTimes.companion.length,
      naiveCallbacks: window.observerTimes.naive.length,
      naiveElementsVisited: naiveVisited,
      companionNodesAdded: addedInTab,
    };
  }, 200);
} finally {
  await browser.close();
  server.close();
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  pageElements: elements,
  core,
  autofill,
  tooltipUpkeep: { ...upkeep, ratio: upkeep.naiveMs / Math.max(upkeep.companionMs, 1e-3) },
  size,
  startupMs: startup,
};

const fmt = (n) => (n >= 1000 ? Math.round(n).toLocaleString('en-US') : n >= 10 ? n.toFixed(1) : n.toFixed(3));
const line = (name, s, unit) => `${name.padEnd(52)} ${fmt(s.median).padStart(10)} ${unit.padEnd(6)} (p10 ${fmt(s.p10)}, p90 ${fmt(s.p90)}, n=${s.runs})`;
console.log(`Dreambooth Companion benchmark (${results.node}; page of ${elements} elements)\n`);
console.log('1. Core');
console.log(line('  plans, realistic mix', core.plansPerSecond, '/s'));
console.log(line('  validate + plan, realistic mix', core.validatedPlansPerSecond, '/s'));
console.log(line('  batch-size table for 250 frames', core.batchTable250PerSecond, '/s'));
console.log('2. Autofill on the full-size page (target: Apply ≤ 5 ms median)');
console.log(line('  frames typed → find + read + plan + preview', autofill.planMs, 'ms'));
console.log(line('  Apply → last field written (with its events)', autofill.applyToLastWriteMs, 'ms'));
console.log(line('  Apply → preview refreshed from the form', autofill.applyToPreviewMs, 'ms'));
console.log(`3. Tooltip upkeep over ${upkeep.updates} WebUI updates (target: ≥ 20× less than naive)`);
console.log(`  companion observer: ${fmt(upkeep.companionMs)} ms in ${upkeep.companionCallbacks} callbacks, ${upkeep.companionNodesAdded} nodes added in the tab`);
console.log(`  naive hint code:    ${fmt(upkeep.naiveMs)} ms in ${upkeep.naiveCallbacks} callbacks, ${upkeep.naiveElementsVisited} elements re-queried`);
console.log(`  ratio:              ${fmt(results.tooltipUpkeep.ratio)}×`);
console.log('4. Size (target: content script ≤ 20 KB gzip)');
for (const [name, entry] of Object.entries(size)) console.log(`  ${name.padEnd(24)} ${String(entry.bytes).padStart(8)} B  ${String(entry.gzip).padStart(7)} B gzip`);
console.log('5. Start-up');
console.log(line('  script start → Autofill button and tooltips', startup, 'ms'));

await mkdir(new URL('../bench/', import.meta.url), { recursive: true });
await writeFile(new URL('../bench/results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench/results.json');
