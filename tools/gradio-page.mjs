// Starts the real-Gradio test page (gradio/dreambooth_app.py) on 127.0.0.1 and a free port with
// Gradio 3.41.2 (see gradioPython); stops it by its pid. Used by the browser tests, the benchmark
// and the screenshots.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const APP = fileURLToPath(new URL('./gradio/dreambooth_app.py', import.meta.url));
const SHARED_GRADIO = fileURLToPath(new URL('../../shared/gradio-3.41.2/', import.meta.url));
const A1111_SCRIPT = fileURLToPath(new URL('../javascript/dreambooth-companion.js', import.meta.url));
const WEBUI_MODULE = fileURLToPath(new URL('../scripts/dreambooth_companion.py', import.meta.url));

/**
 * The Python that runs the test page, and what it needs on its path: GRADIO_PYTHON (a virtual
 * environment with gradio==3.41.2 installed by pip), else Debian's /usr/bin/python3 with the ready-made
 * Gradio 3.41.2 in ../shared/gradio-3.41.2 beside this repository. Neither: one line saying how to get it.
 */
export function gradioPython(env = process.env, shared = SHARED_GRADIO) {
  if (env.GRADIO_PYTHON) return { python: env.GRADIO_PYTHON, pythonPath: env.PYTHONPATH ?? '' };
  if (existsSync(join(shared, 'python', 'gradio')))
    return { python: '/usr/bin/python3', pythonPath: `${join(shared, 'python')}:${join(shared, 'stubs')}` };
  throw new Error(
    'Gradio 3.41.2 not found: make one with "python3 -m venv .venv-gradio && .venv-gradio/bin/pip install gradio==3.41.2" and run with GRADIO_PYTHON=.venv-gradio/bin/python (see README, "Tests")',
  );
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function waitForReady(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Gradio page not ready after ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes('ready on http')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Gradio page exited with ${code}:\n${output}`));
    });
  });
}

/**
 * @param {import('./gradio-page.d.mts').GradioOptions} options
 * @returns {Promise<import('./gradio-page.d.mts').GradioPage>}
 */
export async function startGradioPage(options = {}) {
  const { python, pythonPath } = gradioPython();
  const port = await freePort();
  const folder = await mkdtemp(join(tmpdir(), 'dbc-gradio-'));
  const args = [APP, '--port', String(port), '--ui', options.ui ?? 'HEAD'];
  const mapFile = async (name, map) => {
    const file = join(folder, name);
    await writeFile(file, JSON.stringify(map));
    return file;
  };
  if (options.localization) args.push('--localization', await mapFile('localization.json', options.localization));
  if (options.bilingual) args.push('--bilingual', await mapFile('bilingual.json', options.bilingual));
  if (options.bilingualOrder) args.push('--bilingual-order', options.bilingualOrder);
  if (options.localizationName) args.push('--localization-name', options.localizationName);
  for (const [key, value] of Object.entries(options.initial ?? {}))
    args.push('--initial', `${key}=${JSON.stringify(value)}`);
  if (options.companion) args.push('--companion', A1111_SCRIPT);
  if (options.showAdvanced) args.push('--show-advanced');
  if (options.concepts) args.push('--concepts', String(options.concepts));
  if (options.conceptDirs) args.push('--concept-dirs', options.conceptDirs.join(','));
  if (options.classDirs) args.push('--class-dirs', options.classDirs.join(','));
  if (options.webuiModule) args.push('--webui-module', WEBUI_MODULE);
  if (options.auth) args.push('--auth', options.auth.join(':'));
  if (options.pageOrder) args.push('--page-order', options.pageOrder);
  for (const [key, value] of Object.entries(options.settings ?? {}))
    args.push('--setting', `${key}=${JSON.stringify(value)}`);

  const child = spawn(python, args, {
    env: {
      ...process.env,
      ...options.env,
      GRADIO_ANALYTICS_ENABLED: 'False',
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONPATH: pythonPath,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForReady(child, 60_000);
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    port,
    received: async () => (await fetch(`${url}dbc-test/received`)).json(),
    counted: async () => (await (await fetch(`${url}dbc-test/counted`)).json()).folders,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(child.pid, 'SIGTERM');
        await exited;
      }
      await rm(folder, { recursive: true, force: true });
    },
  };
}
