// @vitest-environment jsdom
// The extension's options page against a stand-in of the browser's extension API.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const html = readFileSync(resolve('src/extension/options.html'), 'utf8');

function fakeApi(granted: boolean) {
  const stored: Record<string, unknown> = {};
  const registered: { id: string; matches: string[]; js: string[]; world?: string }[] = [];
  return {
    registered,
    permissions: {
      request: vi.fn(async () => granted),
      remove: vi.fn(async () => true),
    },
    scripting: {
      registerContentScripts: vi.fn(async (scripts: typeof registered) => void registered.push(...scripts)),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        for (const id of ids) {
          const index = registered.findIndex((script) => script.id === id);
          if (index >= 0) registered.splice(index, 1);
        }
      }),
      getRegisteredContentScripts: vi.fn(async () => [...registered]),
    },
    stored,
    storage: {
      local: {
        get: vi.fn(async (key: string) => (key in stored ? { [key]: stored[key] } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(stored, items)),
      },
    },
  };
}

async function load(granted: boolean) {
  document.documentElement.innerHTML = html.replace(/<script[^>]*><\/script>/, '');
  const api = fakeApi(granted);
  (globalThis as { chrome?: unknown }).chrome = api;
  vi.resetModules();
  await import('../../src/entries/options.js');
  await vi.waitFor(() => expect(document.querySelectorAll('#origins li').length).toBeGreaterThan(0));
  return api;
}

async function add(address: string) {
  (document.getElementById('address') as HTMLInputElement).value = address;
  document.getElementById('add')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('options page', () => {
  beforeEach(() => {
    delete (globalThis as { chrome?: unknown }).chrome;
  });

  it('lists the built-in addresses', async () => {
    await load(true);
    expect([...document.querySelectorAll('#origins li')].map((item) => item.textContent)).toEqual([
      'http://127.0.0.1/* (built in)',
      'http://localhost/* (built in)',
    ]);
  });

  it('asks for the one host, then registers the bridge and the content script for it', async () => {
    const api = await load(true);
    await add('192.168.1.5:7860');
    expect(api.permissions.request).toHaveBeenCalledWith({ origins: ['http://192.168.1.5/*'] });
    expect(api.registered).toEqual([
      {
        id: 'dbc-http-192-168-1-5--bridge',
        matches: ['http://192.168.1.5/*'],
        js: ['page-bridge.js'],
        runAt: 'document_idle',
        world: 'MAIN',
      },
      {
        id: 'dbc-http-192-168-1-5-',
        matches: ['http://192.168.1.5/*'],
        js: ['content-script.js'],
        runAt: 'document_idle',
      },
    ]);
    expect(document.getElementById('status')!.textContent).toBe(
      'Added http://192.168.1.5/*: reload the WebUI tab there.',
    );
    await vi.waitFor(() => expect(document.querySelectorAll('#origins li')).toHaveLength(3));

    document.querySelector<HTMLButtonElement>('#origins li button')!.click();
    await vi.waitFor(() => expect(api.registered).toEqual([]));
    expect(api.permissions.remove).toHaveBeenCalledWith({ origins: ['http://192.168.1.5/*'] });
  });

  it('registers nothing when the browser refuses the permission', async () => {
    const api = await load(false);
    await add('https://abcd.gradio.live');
    expect(api.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(document.getElementById('status')!.textContent).toBe(
      'Not added: the browser did not allow https://abcd.gradio.live/*.',
    );
  });

  it('names the field for an address it cannot use, and asks for nothing', async () => {
    const api = await load(true);
    await add('ftp://files');
    expect(api.permissions.request).not.toHaveBeenCalled();
    expect(document.getElementById('status')!.textContent).toBe(
      'Address: only http and https addresses can be added (got ftp:)',
    );
  });

  it('refuses a wildcard and an address already listed, asking the browser for nothing', async () => {
    const api = await load(true);
    await add('*');
    expect(document.getElementById('status')!.textContent).toContain('wildcards (*) are not accepted');
    await add('localhost:7860');
    expect(document.getElementById('status')!.textContent).toBe('Address: http://localhost/* is already in the list');
    await add('192.168.1.5:7860');
    await vi.waitFor(() => expect(document.querySelectorAll('#origins li')).toHaveLength(3));
    await add('http://192.168.1.5:7861');
    expect(document.getElementById('status')!.textContent).toBe('Address: http://192.168.1.5/* is already in the list');
    expect(api.permissions.request).toHaveBeenCalledTimes(1);
  });

  it('switches its language and keeps the setting for the content script', async () => {
    const api = await load(true);
    const picker = document.getElementById('language') as HTMLSelectElement;
    expect([...picker.options].map((option) => option.value)).toEqual(['auto', 'en', 'zh', 'ja']);
    picker.value = 'zh';
    picker.dispatchEvent(new Event('change'));
    await vi.waitFor(() =>
      expect(document.getElementById('title')!.textContent).toBe('Dreambooth Companion：运行位置'),
    );
    expect(api.stored).toEqual({ language: 'zh' });
    await vi.waitFor(() =>
      expect(document.querySelector('#origins li')!.textContent).toBe('http://127.0.0.1/*（内置）'),
    );
    await add('*');
    expect(document.getElementById('status')!.textContent).toBe(
      '地址：请填写一个具体主机，例如 192.168.1.5:7860；不接受通配符（*）',
    );
  });
});
