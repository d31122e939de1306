// @vitest-environment jsdom
// The main-world bridge and the isolated world: the context as the page holds it when it is read,
// without re-sending a large localization map on every read, and told when A1111 fills or replaces `opts`.
import { describe, expect, it } from 'vitest';
import { attributeContextSource, pageContextFromAttribute, publishPageContext } from '../../src/webui/index.js';

describe('page context through the bridge', () => {
  it("follows opts that A1111 fills after the bridge ran, and keeps only the map's string entries", () => {
    const page = window as unknown as { localization: Record<string, unknown>; opts: Record<string, unknown> };
    page.localization = { 'Batch Size': '单批数量 (Batch Size)', odd: 3 };
    page.opts = {};
    publishPageContext(document, window);
    expect(pageContextFromAttribute(document).settings).toEqual({});
    page.opts = { localization: 'zh_CN', dreambooth_companion_language: 'ja', other_setting: 1 };
    const context = pageContextFromAttribute(document);
    expect(context).toEqual({
      localization: { 'Batch Size': '单批数量 (Batch Size)' },
      webuiLanguage: 'zh_CN',
      settings: { language: 'ja' },
      settingsPending: false,
    });
    // Nothing changed: the same context, the attribute left as it was.
    const before = document.documentElement.getAttribute('data-dbc-page');
    expect(pageContextFromAttribute(document)).toBe(context);
    expect(document.documentElement.getAttribute('data-dbc-page')).toBe(before);
  });

  it('on an A1111 page: pending until opts are filled, and the isolated world is told of every change', async () => {
    const callbacks: (() => void)[] = [];
    const page = window as unknown as {
      opts: Record<string, unknown>;
      onOptionsChanged: (callback: () => void) => void;
    };
    page.opts = {};
    page.onOptionsChanged = (callback) => callbacks.push(callback);
    publishPageContext(document, window);
    const source = attributeContextSource(document);
    expect(source.read().settingsPending).toBe(true);
    let told = 0;
    source.watch(() => told++);
    const optionsChanged = async (opts: Record<string, unknown>) => {
      page.opts = opts;
      for (const callback of callbacks) callback();
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    await optionsChanged({ dreambooth_companion_language: 'ja' });
    expect(told).toBe(1);
    expect(source.read()).toMatchObject({ settingsPending: false, settings: { language: 'ja' } });
    await optionsChanged({ dreambooth_companion_language: 'zh' });
    expect(told).toBe(2);
    expect(source.read().settings).toEqual({ language: 'zh' });
  });
});
