// @vitest-environment jsdom
// Starting on the WebUI page: words that load on demand (the MV3 extension fetches every language), and
// the WebUI's settings, which A1111 1.6–1.10 fill after the companion's onUiLoaded callback and replace
// on "Apply settings" (both run its onOptionsChanged callbacks).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACKS } from '../../src/i18n/catalogs.js';
import type { Language } from '../../src/i18n/index.js';
import { a1111Setup } from '../../src/ui/a1111-setup.js';
import { SETTINGS_LIMIT_MS, startCompanion } from '../../src/ui/start.js';
import { windowContextSource, type PageContextSource } from '../../src/webui/index.js';
import { pageContext } from '../helpers/words.js';
import { blockOf, buildPage } from '../webui/page-fixture.js';

function start(
  load: (language: Language) => Promise<(typeof PACKS)[Language]>,
  context: PageContextSource = { read: () => pageContext(), watch: () => {} },
) {
  buildPage('HEAD');
  if (!document.querySelector('gradio-app')) document.body.prepend(document.createElement('gradio-app'));
  return startCompanion(document, {
    context,
    language: load,
    languageSetting: () => 'zh',
    hosts: { a1111: a1111Setup },
  });
}

const autofillText = (host: HTMLElement | null) =>
  host?.shadowRoot?.querySelector('[data-dbc="autofill"]')?.textContent;

describe('starting with words loaded on demand', () => {
  it('speaks the chosen language when its words load', async () => {
    expect(autofillText(await start(async (language) => PACKS[language]))).toBe('自动填写');
  });

  it('falls back to English when the chosen language does not load', async () => {
    const host = await start(async (language) => {
      if (language === 'zh') throw new Error('zh: 404');
      return PACKS[language];
    });
    expect(autofillText(host)).toBe('Autofill');
    expect(host?.getAttribute('lang')).toBe('en');
  });

  it('stays away when no words load at all', async () => {
    expect(
      await start(async () => {
        throw new Error('404');
      }),
    ).toBeNull();
  });
});

/** The WebUI's side of it: `opts`, its onOptionsChanged callbacks, and what fills or replaces `opts`. */
function webui() {
  const page = window as unknown as {
    opts: Record<string, unknown>;
    onOptionsChanged?: (callback: () => void) => void;
  };
  const callbacks: (() => void)[] = [];
  page.opts = {};
  page.onOptionsChanged = (callback) => callbacks.push(callback);
  return {
    /** ui.js: `opts` from the settings JSON, then the onOptionsChanged callbacks (also "Apply settings"). */
    fill(options: Record<string, unknown>) {
      page.opts = { localization: 'None', ...options };
      for (const callback of callbacks) callback();
    },
    remove() {
      delete page.onOptionsChanged;
      page.opts = {};
    },
  };
}

const companionStart = () => {
  buildPage('HEAD');
  document.body.prepend(document.createElement('gradio-app'));
  return startCompanion(document, {
    context: windowContextSource(window),
    language: (language) => PACKS[language],
    hosts: { a1111: a1111Setup },
  });
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const hover = (label: string) => {
  blockOf(document.getElementById('tab_dreambooth_v2')!, label)
    .querySelector('span')!
    .dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  return document.getElementById('dbc-tooltip');
};

describe("the WebUI's settings, filled after onUiLoaded and applied later", () => {
  let page: ReturnType<typeof webui>;
  afterEach(() => {
    page.remove();
    vi.useRealTimers();
  });

  it('renders nothing until A1111 fills opts, then first renders in the language set there', async () => {
    page = webui();
    let host: HTMLElement | null | undefined;
    void companionStart().then((mounted) => (host = mounted));
    await settle();
    expect(host).toBeUndefined();
    expect(document.querySelector('[data-dbc-host]')).toBeNull();
    page.fill({ dreambooth_companion_language: 'ja', dreambooth_companion_tooltips: true });
    await settle();
    expect(autofillText(host!)).toBe('自動入力');
    expect(host!.getAttribute('lang')).toBe('ja');
    expect(hover('Learning Rate')!.textContent).toContain('学習率');
  });

  it('follows "Apply settings": language, tooltips, formula and prior, keeping what Undo would restore', async () => {
    page = webui();
    const started = companionStart();
    page.fill({ dreambooth_companion_language: 'en', dreambooth_companion_formula: 'advanced' });
    const host = (await started)!;
    const $ = <T extends Element = HTMLElement>(hook: string) =>
      host.shadowRoot!.querySelector<T>(`[data-dbc="${hook}"]`)!;
    $('autofill').click();
    const frames = $<HTMLInputElement>('frames-1');
    frames.value = '20';
    frames.dispatchEvent(new Event('input', { bubbles: true }));
    $('apply').click();
    expect($<HTMLButtonElement>('undo').disabled).toBe(false);
    expect(hover('Learning Rate')).not.toBeNull();

    page.fill({
      dreambooth_companion_language: 'zh',
      dreambooth_companion_tooltips: false,
      dreambooth_companion_formula: 'filewords',
      dreambooth_companion_prior: true,
    });
    await settle();
    // The same host, now in Chinese, its panel still open with the new defaults and Undo kept.
    expect(document.querySelectorAll('[data-dbc-host]')).toHaveLength(1);
    expect(autofillText(host)).toBe('自动填写');
    expect($('panel').hidden).toBe(false);
    expect($<HTMLSelectElement>('mode').value).toBe('filewords');
    expect($<HTMLInputElement>('prior').checked).toBe(true);
    expect($<HTMLButtonElement>('undo').disabled).toBe(false);
    expect(hover('Learning Rate')).toBeNull();

    page.fill({ dreambooth_companion_language: 'zh', dreambooth_companion_tooltips: true });
    await settle();
    expect(hover('Learning Rate')!.textContent).toContain('学习率');
  });

  it('starts with its defaults on a page that never fills opts, and still follows a later fill', async () => {
    vi.useFakeTimers();
    page = webui();
    const started = companionStart();
    await vi.advanceTimersByTimeAsync(SETTINGS_LIMIT_MS);
    const host = (await started)!;
    expect(autofillText(host)).toBe('Autofill');
    page.fill({ dreambooth_companion_language: 'ja' });
    await vi.advanceTimersByTimeAsync(0);
    expect(autofillText(host)).toBe('自動入力');
  });
});
