/** The options page's entry: the page itself is src/extension/options-page.ts. */
import { mountOptionsPage, type ExtensionApi } from '../extension/options-page.js';

const api =
  (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
mountOptionsPage(document, api);
