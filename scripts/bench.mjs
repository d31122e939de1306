// npm run bench: figures, not assertions. Prints a table and writes bench/results.json.
import { writeFile, mkdir } from 'node:fs/promises';
import { batchSizeOptions, computePlan, validatePlanInput } from '../dist/core.js';

const REPEATS = 9;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Runs fn repeatedly for about `ms` milliseconds and returns calls per second. */
function rate(fn, ms = 200) {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    fn(calls);
    calls++;
  }
  return (calls * 1000) / (performance.now() - start);
}

// A realistic mix: the cases users ask about, from a few frames to large fine-tunes.
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

const planRate = stats(Array.from({ length: REPEATS }, () => rate((i) => computePlan(mix[i % mix.length].request))));
const validatedPlanRate = stats(Array.from({ length: REPEATS }, () => rate((i) => {
  const validated = validatePlanInput(mix[i % mix.length].input);
  if (validated.ok) computePlan(validated.request);
})));
const table250 = validatePlanInput({ frames: 250, textEncoder: true });
const optionsRate = stats(Array.from({ length: REPEATS }, () => rate(() => batchSizeOptions(table250.request))));

const results = {
  date: new Date().toISOString(),
  node: process.version,
  core: {
    plansPerSecond: planRate,
    validatedPlansPerSecond: validatedPlanRate,
    batchSizeOptions250FramesPerSecond: optionsRate,
  },
};

const row = (name, s, unit) => `${name.padEnd(44)} ${fmt(s.median).padStart(10)} ${unit.padEnd(8)} (${fmt(s.min)}–${fmt(s.max)})`;
const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));
console.log(`Dreambooth Companion benchmark — median of ${REPEATS} runs (min–max)\n`);
console.log(row('Core: plans (realistic mix)', planRate, '/s'));
console.log(row('Core: validate + plan (realistic mix)', validatedPlanRate, '/s'));
console.log(row('Core: batch-size table for 250 frames', optionsRate, '/s'));

await mkdir(new URL('../bench/', import.meta.url), { recursive: true });
await writeFile(new URL('../bench/results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench/results.json');
