// Test pages: the Dreambooth tab of each UI generation, rebuilt from the extension's field catalog
// with Gradio 3's markup (src/demo), in the test's jsdom document.
import { catalogVersion, type VersionKey } from '../../src/demo/catalog.js';
import { buildDemoPage, type DemoOptions, type DemoPage } from '../../src/demo/gradio-page.js';

export const GENERATIONS: { key: VersionKey; generation: string; tabId: string; slots: number }[] = [
  { key: '2022-12-20', generation: '2022-12', tabId: 'tab_dreambooth_interface', slots: 3 },
  { key: '2023-01-31', generation: '2023-01', tabId: 'tab_dreambooth_interface', slots: 4 },
  { key: '2023-04-30', generation: '2023-04', tabId: 'tab_dreambooth_interface', slots: 4 },
  { key: 'HEAD', generation: 'current', tabId: 'tab_dreambooth_v2', slots: 4 },
];

export function buildPage(key: VersionKey, options: DemoOptions = {}): { page: DemoPage; tab: Element } {
  document.body.replaceChildren();
  const host = document.createElement('div');
  document.body.append(host);
  const page = buildDemoPage(document, host, catalogVersion(key), { hideAdvanced: key === 'HEAD', ...options });
  const tab = document.getElementById(catalogVersion(key).tabId)!;
  return { page, tab };
}

/** The block of the field labelled `label` (first match in the tab; accordion titles do not count). */
export function blockOf(tab: Element, label: string): Element {
  const span = [...tab.querySelectorAll('span[data-testid="block-info"], input + span')].find(
    (candidate) => candidate.textContent === label,
  );
  if (!span) throw new Error(`no label ${label}`);
  return span.closest('div.block')!;
}
