// Starts the real-Gradio test page (dreambooth_app.py) on 127.0.0.1 and a free port with Debian's
// Python and the Gradio 3.41.2 of ../shared; stops it by its pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const APP = fileURLToPath(new URL('./dreambooth_app.py', import.meta.url));
const GRADIO = fileURLToPath(new URL('../../../shared/gradio-3.41.2/', import.meta.url));
export const A1111_SCRIPT = fileURLToPath(new URL('../../javascript/dreambooth-companion.js', import.meta.url));
const PYTHON = process.env.GRADIO_PYTHON ?? '/usr/bin/python3';

export interface GradioOptions {
  /** Catalog key of the extension UI: HEAD (default) or an older one such as 2022-12-20. */
  ui?: string;
  /** A1111 localization: English label → shown label. */
  localization?: Record<string, string>;
  /** The bilingual-localization extension: English → translation, and its order setting. */
  bilingual?: Record<string, string>;
  bilingualOrder?: 'Translation First' | 'Original First';
  /** Load the companion's A1111 script the way the WebUI loads an installed extension's javascript/. */
  companion?: boolean;
}

export interface GradioPage {
  url: string;
  /** What the Python handler of Save Settings received last (config key → value), and how many saves it had. */
  received(): Promise<{ saves: number; values: Record<string, unknown> }>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Gradio page not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready on http')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Gradio page exited with ${code}:\n${output}`));
    });
  });
}

export async function startGradioPage(options: GradioOptions = {}): Promise<GradioPage> {
  const port = await freePort();
  const folder = await mkdtemp(join(tmpdir(), 'dbc-gradio-'));
  const args = [APP, '--port', String(port), '--ui', options.ui ?? 'HEAD'];
  const mapFile = async (name: string, map: Record<string, string>) => {
    const file = join(folder, name);
    await writeFile(file, JSON.stringify(map));
    return file;
  };
  if (options.localization) args.push('--localization', await mapFile('localization.json', options.localization));
  if (options.bilingual) args.push('--bilingual', await mapFile('bilingual.json', options.bilingual));
  if (options.bilingualOrder) args.push('--bilingual-order', options.bilingualOrder);
  if (options.companion) args.push('--companion', A1111_SCRIPT);

  const child = spawn(PYTHON, args, {
    env: {
      ...process.env,
      GRADIO_ANALYTICS_ENABLED: 'False',
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONPATH: `${join(GRADIO, 'python')}:${join(GRADIO, 'stubs')}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForReady(child, 60_000);
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    received: async () => (await fetch(`${url}dbc-test/received`)).json() as Promise<{ saves: number; values: Record<string, unknown> }>,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(child.pid!, 'SIGTERM');
        await exited;
      }
      await rm(folder, { recursive: true, force: true });
    },
  };
}
