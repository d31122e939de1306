// npm run bench: figures, not assertions. Prints a table and writes bench/results.json.
// 1. the core; 2. sizes per channel; in Chromium on the real-Gradio page (Debian's Python, like the
// tests): 3. start-up, 4. typing frames, 5. Apply, 6. a busy WebUI; 7. other local pages with the
// MV3 extension loaded; 8. tooltip upkeep against the naive hint code on a full-size demo page.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { batchSizeOptions, computePlan, validatePlanInput } from '../dist/core.js';
import { startGradioPage } from './gradio-page.mjs';
import { serveDemo } from './serve-demo.mjs';

const REPEATS = 9;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Calls per second of fn over about `ms` milliseconds. */
function rate(fn, ms = 300) {
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
].map((input) => ({ input, request: validatePlanInput(input).request }));
const core = {
  plansPerSecond: stats(
    Array.from({ length: REPEATS }, () => rate((i) => computePlan(mix[i % mix.length].request, false))),
  ),
  explainedPlansPerSecond: stats(
    Array.from({ length: REPEATS }, () => rate((i) => computePlan(mix[i % mix.length].request))),
  ),
  validatedPlansPerSecond: stats(
    Array.from({ length: REPEATS }, () =>
      rate((i) => {
        const validated = validatePlanInput(mix[i % mix.length].input);
        if (validated.ok) computePlan(validated.request, false);
      }),
    ),
  ),
  batchTable10000PerSecond: stats(
    Array.from({ length: REPEATS }, () => {
      const { request } = validatePlanInput({ frames: 9240, textEncoder: true });
      return rate(() => batchSizeOptions(request));
    }),
  ),
};

// 2. Size of what each channel loads (the MV3 content script fetches one language's JSON on demand).
const gzip = async (file) => {
  const bytes = await readFile(file);
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const size = {
  'MV3 content script': await gzip('dist/extension/content-script.js'),
  'MV3 kohya_ss GUI part': await gzip('dist/extension/kohya.js'),
  'MV3 + English pack': await gzip('dist/extension/i18n/en.json'),
  'MV3 + Chinese pack': await gzip('dist/extension/i18n/zh.json'),
  'MV3 + Japanese pack': await gzip('dist/extension/i18n/ja.json'),
  'userscript (3 languages)': await gzip('dist/dreambooth-companion.user.js'),
  'A1111 script (3 languages)': await gzip('javascript/dreambooth-companion.js'),
  CLI: await gzip('dist/cli.js'),
};

const userscript = await readFile('dist/dreambooth-companion.user.js', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const keepLocal = (route) =>
  /^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:)/.test(route.request().url())
    ? route.continue()
    : route.abort();

/** A page's script time so far (Chromium's ScriptDuration), in ms. */
async function scriptMs(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration').value * 1000;
}

const gradio = await startGradioPage({ concepts: 4 });
const gradioCompanion = await startGradioPage({ concepts: 4, companion: true });
let startup;
let typing;
let apply;
let busy;
let otherPages;
let upkeep;
try {
  const open = async (url) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.route('**/*', keepLocal);
    await page.goto(url);
    await page.waitForSelector('#txt2img_prompt', { state: 'attached' });
    return page;
  };

  // 3. Start-up: the userscript injected into the rendered real-Gradio page. It runs as one task (no
  // timer, no fetch): from its first line to the Autofill button and tooltips attached is both the
  // companion's longest task and its main-thread time to ready. Parsing the (readable, unminified)
  // file comes before its first line and is reported apart.
  const startupSamples = [];
  for (let run = 0; run < 15; run++) {
    const page = await open(gradio.url);
    startupSamples.push(
      await page.evaluate(
        (code) =>
          new Promise((resolve) => {
            const tab = document.getElementById('tab_dreambooth_v2');
            // Mutation callbacks run as microtasks right after the one that mounted: still the same task.
            new MutationObserver((_records, observer) => {
              if (!tab.querySelector(':scope > [data-dbc-host]')) return;
              observer.disconnect();
              const end = performance.now();
              setTimeout(
                () => resolve({ parse: window.dbcFirstLine - start, task: end - window.dbcFirstLine, mounted: true }),
                0,
              );
            }).observe(tab, { childList: true });
            const script = document.createElement('script');
            script.textContent = `window.dbcFirstLine = performance.now();\n${code}`;
            const start = performance.now();
            document.head.append(script);
          }),
        userscript,
      ),
    );
    await page.close();
  }
  if (!startupSamples.every((sample) => sample.mounted))
    throw new Error('the companion did not mount within its start-up task');
  startup = {
    taskMs: stats(startupSamples.map((sample) => sample.task)),
    parseMs: stats(startupSamples.map((sample) => sample.parse)),
  };

  // 4. Typing frames: four concepts, each keystroke a frame count from 1 to 10,000; the preview is
  // planned and redrawn synchronously in the input event.
  const page = await open(gradioCompanion.url);
  await page.locator('#tabs > .tab-nav > button', { hasText: 'Dreambooth' }).click();
  await page.click('[data-dbc="autofill"]');
  await page.check('[data-dbc="prior"]');
  typing = stats(
    await page.evaluate(() => {
      const root = document.querySelector('[data-dbc-host]').shadowRoot;
      const samples = [];
      let seed = 7;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      for (let run = 0; run < 400; run++) {
        const input = root.querySelector(`[data-dbc="frames-${1 + (run % 4)}"]`);
        input.value = String(1 + Math.floor(random() * 10000));
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        samples.push(performance.now() - start);
      }
      return samples;
    }),
  );

  // 5. Apply: from the click to the last field written with Gradio's events (the form is read and
  // planned again first), and until the preview is redrawn from the form.
  apply = await page.evaluate(() => {
    const host = document.querySelector('[data-dbc-host]');
    const root = host.shadowRoot;
    for (let slot = 1; slot <= 4; slot++) {
      const input = root.querySelector(`[data-dbc="frames-${slot}"]`);
      input.value = '20';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    let lastWrite = 0;
    const onWrite = (event) => {
      if (event.target !== host) lastWrite = performance.now();
    };
    document.addEventListener('input', onWrite, true);
    document.addEventListener('change', onWrite, true);
    const written = [];
    const refreshed = [];
    for (let run = 0; run < 25; run++) {
      root.querySelector('[data-dbc="undo"]').click();
      lastWrite = 0;
      const start = performance.now();
      root.querySelector('[data-dbc="apply"]').click();
      refreshed.push(performance.now() - start);
      written.push(lastWrite - start);
    }
    return { written, refreshed };
  });
  apply = { toLastWriteMs: stats(apply.written), toPreviewMs: stats(apply.refreshed) };
  await page.close();

  // 6. A busy WebUI: image generation in txt2img replaces a progress bar and a preview image 10×
  // a second for 10 s. The companion's share is its observers' time over the page's script time,
  // and the page's script time with it over without it.
  const generate = () =>
    new Promise((resolve) => {
      const tab = document.getElementById('tab_txt2img');
      let frame = 0;
      const timer = setInterval(() => {
        tab.querySelector('.dbc-bench-progress')?.remove();
        tab.querySelector('.dbc-bench-preview')?.remove();
        const progress = document.createElement('div');
        progress.className = 'dbc-bench-progress';
        progress.innerHTML = `<div class="progress" style="width:${frame}%">${frame}%</div><span>ETA ${100 - frame}s</span>`;
        const preview = document.createElement('img');
        preview.className = 'dbc-bench-preview';
        preview.src = `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="${frame % 64}" height="64"/></svg>`;
        tab.append(progress, preview);
        if (++frame === 100) {
          clearInterval(timer);
          resolve();
        }
      }, 100);
    });
  const busyRun = async (withCompanion) => {
    const run = await open(gradio.url);
    await run.evaluate(() => {
      const Native = window.MutationObserver;
      window.dbcObserverMs = 0;
      window.MutationObserver = class extends Native {
        constructor(callback) {
          super((records, observer) => {
            const start = performance.now();
            callback(records, observer);
            window.dbcObserverMs += performance.now() - start;
          });
        }
      };
    });
    if (withCompanion) {
      await run.addScriptTag({ content: userscript });
      await run.waitForSelector('[data-dbc="autofill"]', { state: 'attached' });
    }
    const session = await run.context().newCDPSession(run);
    await session.send('Performance.enable');
    const before = await scriptMs(session);
    const observerBefore = await run.evaluate(() => window.dbcObserverMs);
    await run.evaluate(generate);
    const total = (await scriptMs(session)) - before;
    const companion = (await run.evaluate(() => window.dbcObserverMs)) - observerBefore;
    await run.close();
    return { total, companion };
  };
  const without = [];
  const withCompanion = [];
  for (let round = 0; round < 3; round++) {
    without.push(await busyRun(false));
    withCompanion.push(await busyRun(true));
  }
  const median = (values) => stats(values).median;
  busy = {
    scriptMsWithout: median(without.map((run) => run.total)),
    scriptMsWith: median(withCompanion.map((run) => run.total)),
    companionObserverMs: median(withCompanion.map((run) => run.companion)),
  };
  busy.companionShare = busy.companionObserverMs / busy.scriptMsWith;
  busy.ratio = busy.scriptMsWith / busy.scriptMsWithout;

  // 7. Other local pages: a page that is not the WebUI (300 nodes replaced every 16 ms), with the
  // MV3 extension loaded and without it: the page's script time over 5 s, after 5 s.
  const churn = createServer((request, response) => {
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><title>dev server</title><div id="app"></div><script>
      const app = document.getElementById('app');
      setInterval(() => { const list = document.createElement('ul'); for (let i = 0; i < 300; i++) { const item = document.createElement('li'); item.textContent = 'row ' + i + ' ' + Math.random(); list.append(item); } app.replaceChildren(list); }, 16);
    </script>`);
  });
  await new Promise((resolve) => churn.listen(0, '127.0.0.1', resolve));
  const churnUrl = `http://127.0.0.1:${churn.address().port}/`;
  const extension = new URL('../dist/extension', import.meta.url).pathname;
  const otherPageRun = async (withExtension) => {
    const profile = await mkdtemp(join(tmpdir(), 'dbc-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: false,
      args: [
        ...ARGS,
        '--headless=new',
        ...(withExtension
          ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
          : ['--disable-extensions']),
      ],
    });
    const run = await context.newPage();
    await run.goto(churnUrl);
    await run.waitForTimeout(5000);
    const session = await context.newCDPSession(run);
    await session.send('Performance.enable');
    const before = await scriptMs(session);
    await run.waitForTimeout(5000);
    const total = (await scriptMs(session)) - before;
    await context.close();
    await rm(profile, { recursive: true, force: true });
    return total;
  };
  const otherWithout = [];
  const otherWith = [];
  for (let round = 0; round < 5; round++) {
    otherWithout.push(await otherPageRun(false));
    otherWith.push(await otherPageRun(true));
  }
  churn.close();
  otherPages = {
    scriptMsWithout: median(otherWithout),
    scriptMsWith: median(otherWith),
    runsWithout: otherWithout,
    runsWith: otherWith,
  };
  otherPages.ratio = otherPages.scriptMsWith / otherPages.scriptMsWithout;
  otherPages.ratioOfMinima = Math.min(...otherWith) / Math.min(...otherWithout);

  // 8. Tooltip upkeep: the same stream of WebUI-like mutations, observed by the companion's
  // tooltips and by the naive hint code (re-query every span/button/select/p, set titles), on the
  // demo page grown to a real WebUI's size.
  const demo = await serveDemo(0);
  const demoPage = await browser.newPage();
  await demoPage.goto(`http://127.0.0.1:${demo.address().port}/demo/?companion=off&size=full`);
  await demoPage.evaluate(() => {
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
  await demoPage.addScriptTag({ content: userscript });
  await demoPage.waitForSelector('[data-dbc="autofill"]');
  upkeep = await demoPage.evaluate(async (updates) => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.observerTimes.companion.length = 0;
    const app = document.getElementById('dbc-demo-page');
    const hints = {};
    for (const span of document.querySelectorAll('#tab_dreambooth_v2 span[data-testid="block-info"]'))
      hints[span.textContent] = `Hint for ${span.textContent}`;
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
    for (let update = 0; update < updates; update++) {
      progress.textContent = `Progress ${update}%`;
      const thumb = document.createElement('button');
      thumb.append(document.createElement('img'));
      gallery.append(thumb);
      gallery.firstElementChild.remove();
      if (update % 2 === 0) status.textContent = `Training step ${update}`;
      if (update % 10 === 0) {
        const blocks = tab.querySelectorAll('div.block');
        const old = blocks[update % blocks.length];
        old.replaceWith(old.cloneNode(true));
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const sum = (values) => values.reduce((total, value) => total + value, 0);
    return {
      updates,
      companionMs: sum(window.observerTimes.companion),
      naiveMs: sum(window.observerTimes.naive),
      naiveElementsVisited: naiveVisited,
    };
  }, 200);
  upkeep.ratio = upkeep.naiveMs / Math.max(upkeep.companionMs, 1e-3);
  demo.close();
} finally {
  await browser.close();
  await Promise.all([gradio.stop(), gradioCompanion.stop()]);
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  core,
  size,
  startupMs: startup,
  typingMs: typing,
  apply,
  busy,
  otherPages,
  tooltipUpkeep: upkeep,
};

const fmt = (n) => (n >= 1000 ? Math.round(n).toLocaleString('en-US') : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const pct = (n) => `${(n * 100).toFixed(2)} %`;
const line = (name, s, unit) =>
  `${name.padEnd(56)} ${fmt(s.median).padStart(10)} ${unit.padEnd(5)} (p90 ${fmt(s.p90)}, p99 ${fmt(s.p99)}, max ${fmt(s.max)}, n=${s.runs})`;
console.log(`Dreambooth Companion benchmark (${results.node}, ${results.cpus})\n`);
console.log('1. Core (target ≥ 1,000,000 plans/s)');
console.log(line('  plans, realistic mix (numbers)', core.plansPerSecond, '/s'));
console.log(line('  plans with their derivation text', core.explainedPlansPerSecond, '/s'));
console.log(line('  validate + plan', core.validatedPlansPerSecond, '/s'));
console.log(line('  batch-size table for 9240 frames (64 sizes)', core.batchTable10000PerSecond, '/s'));
console.log('2. Size (target: MV3 content script ≤ 30 KB gzip)');
for (const [name, entry] of Object.entries(size))
  console.log(`  ${name.padEnd(28)} ${String(entry.bytes).padStart(8)} B  ${String(entry.gzip).padStart(7)} B gzip`);
console.log('3. Start-up on the real-Gradio page (targets: longest task ≤ 10 ms, ready ≤ 20 ms)');
console.log(line('  first line → button and tooltips (one task)', startup.taskMs, 'ms'));
console.log(line('  parsing the unminified userscript before it', startup.parseMs, 'ms'));
console.log('4. Typing frames, 4 concepts, 1–10,000 frames (target p99 ≤ 16 ms)');
console.log(line('  keystroke → plan and preview redrawn', typing, 'ms'));
console.log('5. Apply with 4 concepts');
console.log(line('  Apply → last field written (with its events)', apply.toLastWriteMs, 'ms'));
console.log(line('  Apply → preview redrawn from the form', apply.toPreviewMs, 'ms'));
console.log('6. Busy WebUI: generation in txt2img for 10 s (target: companion share ≤ 1 %)');
console.log(
  `  page script time without / with the companion: ${fmt(busy.scriptMsWithout)} / ${fmt(busy.scriptMsWith)} ms (ratio ${busy.ratio.toFixed(3)})`,
);
console.log(
  `  the companion's own observer time: ${fmt(busy.companionObserverMs)} ms = ${pct(busy.companionShare)} of the page's script time`,
);
console.log('7. Another local page with the MV3 extension loaded (target: ratio ≤ 1.02)');
console.log(
  `  page script time over 5 s without / with, median: ${fmt(otherPages.scriptMsWithout)} / ${fmt(otherPages.scriptMsWith)} ms (ratio ${otherPages.ratio.toFixed(3)}; of the minima ${otherPages.ratioOfMinima.toFixed(3)})`,
);
const spread = (runs) => `${fmt(Math.min(...runs))}–${fmt(Math.max(...runs))}`;
console.log(
  `  spread of the runs: without ${spread(otherPages.runsWithout)} ms, with ${spread(otherPages.runsWith)} ms`,
);
console.log(`8. Tooltip upkeep over ${upkeep.updates} WebUI updates, demo page at full size`);
console.log(
  `  companion ${fmt(upkeep.companionMs)} ms vs naive hint code ${fmt(upkeep.naiveMs)} ms (${fmt(upkeep.ratio)}× less; naive re-queried ${upkeep.naiveElementsVisited} elements)`,
);

await mkdir(new URL('../bench/', import.meta.url), { recursive: true });
await writeFile(new URL('../bench/results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench/results.json');
