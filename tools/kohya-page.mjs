// Starts the kohya_ss GUI itself as a test page (kohya/kohya_page.py) on 127.0.0.1 and a free port:
// the v26.0.0 release on the real Gradio 5.34.2, or master on Gradio 6.17.3, from ../shared beside this
// repository; stops it by its pid.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForReady } from './gradio-page.mjs';

const PAGE = fileURLToPath(new URL('./kohya/kohya_page.py', import.meta.url));
const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

/** Each GUI with the Gradio it runs on; master's snapshot has no assets/, the release's serve both. */
export const KOHYA_GUIS = {
  'v26.0.0': { gui: 'trainers/kohya_ss-v26.0.0', gradio: 'gradio-5.34.2' },
  master: { gui: 'trainers/kohya_ss', gradio: 'gradio-6.17.3' },
};

/**
 * @param {import('./kohya-page.d.mts').KohyaOptions} options
 * @returns {Promise<import('./kohya-page.d.mts').KohyaPage>}
 */
export async function startKohyaPage(options) {
  const { gui, gradio } = KOHYA_GUIS[options.version];
  const port = await freePort();
  const root = await mkdtemp(join(tmpdir(), 'dbc-kohya-'));
  // The GUI's own defaults file (--config, ./config.toml where it starts), as a user keeps theirs.
  if (options.config) await writeFile(join(root, 'config.toml'), options.config);
  const args = [PAGE, '--gui', join(SHARED, gui), '--root', root, '--port', String(port)];
  args.push('--assets', join(SHARED, KOHYA_GUIS['v26.0.0'].gui, 'assets'));
  if (options.language) args.push('--language', options.language);
  const child = spawn(join(SHARED, gradio, 'python3'), args, {
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(child.pid, 'SIGTERM');
      await exited;
    }
    await rm(root, { recursive: true, force: true });
  };
  // A GUI that never answers is not left running behind the failed test.
  await waitForReady(child, 360_000).catch(async (error) => {
    await stop();
    throw error;
  });
  return { url: `http://127.0.0.1:${port}/`, output: () => output, stop };
}
