// npm start as a newcomer meets it: a bad or busy port is one clear line, /planner finds its page,
// and stopping npm stops the server.
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, connect, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM tool without types
import { serveDemo } from '../../tools/serve-demo.mjs';

async function serveDemoWith(port: string): Promise<{ code: number; stderr: string }> {
  return promisify(execFile)(process.execPath, ['tools/serve-demo.mjs'], { env: { ...process.env, PORT: port } }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm start', () => {
  it.each([
    ['abc', 'PORT must be a whole number from 1 to 65535, got "abc"\n'],
    ['99999', 'PORT must be a whole number from 1 to 65535, got "99999"\n'],
    ['-1', 'PORT must be a whole number from 1 to 65535, got "-1"\n'],
  ])('PORT=%s is one line, exit code 1', async (port, message) => {
    expect(await serveDemoWith(port)).toEqual({ code: 1, stderr: message });
  });

  it('a busy port is one line naming it and another to try', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      expect(await serveDemoWith(String(port))).toEqual({
        code: 1,
        stderr: `Port ${port} is in use: stop what uses it, or choose another, e.g. PORT=${port + 1} npm start\n`,
      });
    } finally {
      busy.close();
    }
  });

  it('stopping npm stops the server', async () => {
    // npm start as package.json has it, less its build (other tests read dist/ meanwhile).
    const { start } = JSON.parse(await readFile('package.json', 'utf8')).scripts;
    expect(start).toMatch(/^npm run -s build && /);
    const project = await mkdtemp(join(tmpdir(), 'dbc-start-'));
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'start', scripts: { start: start.replace('npm run -s build', 'true') } }),
    );
    await mkdir(join(project, 'tools'));
    await cp('tools/serve-demo.mjs', join(project, 'tools', 'serve-demo.mjs'));
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: project,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk) => (output += chunk));
    try {
      await expect.poll(() => output, { timeout: 30_000, interval: 100 }).toContain('Training planner');
      expect(await listening(port)).toBe(true);
      npm.kill('SIGTERM');
      await new Promise((resolve) => npm.once('exit', resolve));
      await expect.poll(() => listening(port), { timeout: 5000, interval: 100 }).toBe(false);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('the demo server', () => {
  let server: import('node:http').Server;
  let base: string;
  beforeAll(async () => {
    server = await serveDemo(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server?.close());

  it.each([
    ['/', '/demo/'],
    ['/demo', '/demo/'],
    ['/planner', '/planner/'],
    ['/planner?lang=ja', '/planner/?lang=ja'],
  ])('%s leads to %s', async (path, location) => {
    const response = await fetch(base + path, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([302, location]);
  });

  it('serves the planner page at its address, and a 404 for what is not there', async () => {
    expect((await fetch(`${base}/planner/`)).status).toBe(200);
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
  });
});
