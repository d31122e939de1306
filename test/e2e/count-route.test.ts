// The WebUI module's count route on the real Gradio page, as a shared WebUI meets it: who may count
// (this machine, a logged-in session, the Dreambooth key), what other sites and rebinding names get,
// many requests at once while the WebUI keeps answering, and what the panel says when refused.
import { execFileSync } from 'node:child_process';
import { request as httpRequest, createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGradioPage, type GradioPage } from '../../tools/gradio-page.mjs';
// @ts-expect-error plain ESM tool without types
import { iconPng } from '../../tools/lib/icon.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.js';
import { newLocalPage, openDreambooth, watchPage } from './real-gradio.js';

const ROUTE = '/dreambooth-companion/count';
const SENT = { 'X-Dreambooth-Companion': 'count' };

let folder: string;
let huge: string;
let browser: Browser;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dbc-route-'));
  await mkdir(join(folder, 'sks'));
  for (let image = 0; image < 3; image++) await writeFile(join(folder, 'sks', `photo-${image}.png`), iconPng(64));
  // A named pipe that looks like an image: never opened, never counted.
  execFileSync('mkfifo', [join(folder, 'sks', 'x.png')]);
  // 29,990 files in one folder (well inside the 2 s bound even on a busy machine); in memory, since
  // creating them on a disk takes long.
  huge = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'dbc-huge-'));
  execFileSync('/usr/bin/python3', [
    '-c',
    'import sys\nfor i in range(29990): open(f"{sys.argv[1]}/{i}.png", "wb").close()',
    huge,
  ]);
  // A browser that can reach this machine under a name that is not loopback's, as a LAN or share
  // link visitor and a DNS-rebinding site do.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP webui.example 127.0.0.1, MAP other.example 127.0.0.1'],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
  await rm(huge, { recursive: true, force: true });
});

function countUrl(gradio: GradioPage, path: string, extra = ''): string {
  return `${gradio.url.replace(/\/$/, '')}${ROUTE}?path=${encodeURIComponent(path)}${extra}`;
}

/** A GET with any Host header (fetch cannot set one): what a rebinding page's request looks like. */
function getWithHost(
  url: string,
  host: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { ...headers, host } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('no login and no key: this machine only', () => {
  let gradio: GradioPage;
  beforeAll(async () => {
    gradio = await startGradioPage({ companion: true, webuiModule: true, conceptDirs: [join(folder, 'sks')] });
  });
  afterAll(async () => gradio?.stop());

  it('counts for a loopback name with the companion header; a pipe named x.png neither hangs nor counts', async () => {
    const response = await fetch(countUrl(gradio, join(folder, 'sks')), { headers: SENT });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ images: 3, truncated: false, unreadable: 0 });
  });

  it('refuses a request without the header, and a Host that is not loopback, without counting', async () => {
    const before = await gradio.counted();
    const bare = await fetch(countUrl(gradio, join(folder, 'sks')));
    expect([bare.status, (await bare.json()).reason]).toEqual([403, 'header']);
    const rebound = await getWithHost(countUrl(gradio, join(folder, 'sks')), `attacker.example:${gradio.port}`, SENT);
    expect([rebound.status, rebound.body.reason]).toEqual([403, 'loopback']);
    expect(await gradio.counted()).toBe(before);
  });

  it('a bad path is a 400; a file, a missing path and "~" get one and the same 404', async () => {
    expect((await fetch(countUrl(gradio, '/tmp/a\u0000b'), { headers: SENT })).status).toBe(400);
    const answers = await Promise.all(
      [join(folder, 'sks', 'photo-0.png'), join(folder, 'missing'), '~root'].map(async (path) => {
        const response = await fetch(countUrl(gradio, path), { headers: SENT });
        return [response.status, await response.json()];
      }),
    );
    expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(
      new Set([JSON.stringify([404, { reason: 'not-found', message: 'not a readable directory' }])]),
    );
  });

  it('20 requests at once on a 29,990-file folder share one count while the WebUI page keeps answering', async () => {
    const before = await gradio.counted();
    const counts = Array.from({ length: 20 }, () => fetch(countUrl(gradio, huge), { headers: SENT }));
    const page = await fetch(gradio.url);
    expect(page.status).toBe(200);
    const answers = await Promise.all(
      counts.map(async (response) => [(await response).status, await (await response).json()]),
    );
    expect(answers.every(([status, body]) => status === 200 && body.images === 29_990 && !body.truncated)).toBe(true);
    expect(await gradio.counted()).toBe(before + 1);
  });

  it('a page of another site in a real browser makes the server count nothing', async () => {
    const site: Server = createServer((_, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>other site</title>'),
    );
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const page = await browser.newPage();
      await page.goto(`http://other.example:${(site.address() as AddressInfo).port}/`);
      const before = await gradio.counted();
      const target = countUrl(gradio, join(folder, 'sks')).replace('127.0.0.1', 'localhost');
      const outcome = await page.evaluate(
        async ([url, headers]) => {
          // A simple request cannot carry the header; one with it passes Gradio's preflight (its
          // CORS middleware allows every origin) but names its origin.
          const simple = await fetch(url as string, { mode: 'no-cors' }).then(() => 'sent');
          const response = await fetch(url as string, { headers: headers as Record<string, string> });
          return { simple, status: response.status, reason: (await response.json()).reason };
        },
        [target, SENT] as const,
      );
      expect(outcome).toEqual({ simple: 'sent', status: 403, reason: 'site' });
      expect(await gradio.counted()).toBe(before);
      await page.close();
    } finally {
      site.close();
    }
  });

  it('the panel reached under another name says why it does not count, and asks for the frames', async () => {
    const { context, page } = await newLocalPage(browser);
    await openDreambooth(page, `http://webui.example:${gradio.port}/`);
    await page.click('[data-dbc="autofill"]');
    await expect
      .poll(() => page.textContent('[data-dbc="count-refused"]'))
      .toContain('only 127.0.0.1 and localhost may count');
    expect(await page.inputValue('[data-dbc="frames-1"]')).toBe('');
    await context.close();
  });

  it('on this machine the panel counts, and the console stays free of errors', async () => {
    const { context, page } = await newLocalPage(browser);
    const seen = watchPage(page);
    await openDreambooth(page, gradio.url);
    await page.click('[data-dbc="autofill"]');
    await expect.poll(() => page.inputValue('[data-dbc="frames-1"]')).toBe('3');
    expect(seen.errors).toEqual([]);
    expect(seen.countRequests.every((url) => !url.includes('api_key'))).toBe(true);
    await context.close();
  });
});

describe("with a WebUI login (Gradio's launch(auth=…))", () => {
  let gradio: GradioPage;
  beforeAll(async () => {
    gradio = await startGradioPage({
      companion: true,
      webuiModule: true,
      auth: ['alice', 'pw'],
      conceptDirs: [join(folder, 'sks')],
    });
  });
  afterAll(async () => gradio?.stop());

  it('refuses without the session, counts with it', async () => {
    const refused = await fetch(countUrl(gradio, join(folder, 'sks')), { headers: SENT });
    expect([refused.status, (await refused.json()).reason]).toEqual([403, 'login']);
    const login = await fetch(`${gradio.url}login`, {
      method: 'POST',
      body: new URLSearchParams({ username: 'alice', password: 'pw' }),
      redirect: 'manual',
    });
    const cookie = login.headers.getSetCookie().find((line) => line.startsWith('access-token='))!;
    const counted = await fetch(countUrl(gradio, join(folder, 'sks')), {
      headers: { ...SENT, cookie: cookie.split(';')[0]! },
    });
    expect([counted.status, (await counted.json()).images]).toEqual([200, 3]);
  });

  it('a user who logs in on the page gets the frames counted', async () => {
    const { context, page } = await newLocalPage(browser);
    await page.goto(gradio.url);
    await page.fill('input[type="text"]', 'alice');
    await page.fill('input[type="password"]', 'pw');
    await page.click('button:has-text("Login")');
    await page.waitForSelector('#txt2img_prompt', { state: 'attached' });
    await page.locator('#tabs > .tab-nav > button', { hasText: 'Dreambooth' }).click();
    await page.click('[data-dbc="autofill"]');
    await expect.poll(() => page.inputValue('[data-dbc="frames-1"]')).toBe('3');
    await context.close();
  });
});

describe("with the Dreambooth extension's key", () => {
  let gradio: GradioPage;
  beforeAll(async () => {
    gradio = await startGradioPage({
      companion: true,
      webuiModule: true,
      env: { API_KEY: 's3cret' },
      conceptDirs: [join(folder, 'sks')],
    });
  });
  afterAll(async () => gradio?.stop());

  it('takes the key from its header only, never from the address', async () => {
    const path = join(folder, 'sks');
    const statuses = await Promise.all(
      [
        fetch(countUrl(gradio, path), { headers: SENT }),
        fetch(countUrl(gradio, path, '&api_key=s3cret'), { headers: SENT }),
        fetch(countUrl(gradio, path), { headers: { ...SENT, 'X-Api-Key': 'wrong' } }),
        fetch(countUrl(gradio, path), { headers: { ...SENT, 'X-Api-Key': 's3cret' } }),
      ].map(async (response) => (await response).status),
    );
    expect(statuses).toEqual([403, 403, 403, 200]);
  });

  it('the panel says the key is needed while the API Key field is empty', async () => {
    const { context, page } = await newLocalPage(browser);
    await openDreambooth(page, gradio.url);
    await page.click('[data-dbc="autofill"]');
    await expect
      .poll(() => page.textContent('[data-dbc="count-refused"]'))
      .toContain('type the Dreambooth API Key into its field');
    await context.close();
  });
});
