// Where the browser tests find Gradio 3.41.2: ../shared beside this repository, or a virtual
// environment named by GRADIO_PYTHON; a clone with neither is told in one line how to get it.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { gradioPython } from '../../tools/gradio-page.mjs';

const SHARED = fileURLToPath(new URL('../../../shared/gradio-3.41.2/', import.meta.url));

describe('the Gradio of the browser tests', () => {
  it("uses Debian's Python with ../shared/gradio-3.41.2 where it is", () => {
    expect(gradioPython({}, SHARED)).toEqual({
      python: '/usr/bin/python3',
      pythonPath: `${join(SHARED, 'python')}:${join(SHARED, 'stubs')}`,
    });
  });

  it('uses the Python GRADIO_PYTHON names first', () => {
    expect(gradioPython({ GRADIO_PYTHON: '/home/me/.venv-gradio/bin/python' }, SHARED).python).toBe(
      '/home/me/.venv-gradio/bin/python',
    );
  });

  it('a clone without ../shared fails at once, in one line that says how to get Gradio', async () => {
    const clone = await mkdtemp(join(tmpdir(), 'dbc-clone-'));
    try {
      await mkdir(join(clone, 'repo', 'tools'), { recursive: true });
      await cp('tools/gradio-page.mjs', join(clone, 'repo', 'tools', 'gradio-page.mjs'));
      const run = promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', "await (await import('./tools/gradio-page.mjs')).startGradioPage()"],
        { cwd: join(clone, 'repo'), env: { PATH: process.env.PATH } },
      );
      const failure = await run.then(
        () => null,
        (error: { stderr: string }) => error.stderr,
      );
      const line = failure?.split('\n').find((text) => text.includes('Gradio 3.41.2 not found'));
      expect(line).toBe(
        'Error: Gradio 3.41.2 not found: make one with "python3 -m venv .venv-gradio && .venv-gradio/bin/pip install gradio==3.41.2" and run with GRADIO_PYTHON=.venv-gradio/bin/python (see README, "Tests")',
      );
    } finally {
      await rm(clone, { recursive: true, force: true });
    }
  });
});
