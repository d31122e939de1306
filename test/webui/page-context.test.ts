// @vitest-environment jsdom
// The main-world bridge and the isolated world: the context as the page holds it when it is read,
// without re-sending a large localization map on every read.
import { describe, expect, it } from 'vitest';
import { pageContextFromAttribute, publishPageContext } from '../../src/webui/index.js';

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
    });
    // Nothing changed: the same context, the attribute left as it was.
    const before = document.documentElement.getAttribute('data-dbc-page');
    expect(pageContextFromAttribute(document)).toBe(context);
    expect(document.documentElement.getAttribute('data-dbc-page')).toBe(before);
  });
});
