// @vitest-environment jsdom
// Starting on the WebUI page with words that load on demand (the MV3 extension fetches every language).
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/i18n/catalogs.js';
import type { Language } from '../../src/i18n/index.js';
import { a1111Setup } from '../../src/ui/a1111-setup.js';
import { startCompanion } from '../../src/ui/start.js';
import { buildPage } from '../webui/page-fixture.js';

function start(load: (language: Language) => Promise<(typeof PACKS)[Language]>) {
  buildPage('HEAD');
  if (!document.querySelector('gradio-app')) document.body.prepend(document.createElement('gradio-app'));
  return startCompanion(document, {
    context: () => ({ localization: {}, webuiLanguage: null, settings: {} }),
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
