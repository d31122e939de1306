/**
 * MV3 content script (isolated world): the page's context comes from the main-world bridge. The
 * words of the language in use, English too, are loaded on demand from the extension's own files, so
 * the script every WebUI page loads stays small. The language setting comes from the options page.
 */
import type { Language, LanguagePack } from '../i18n/index.js';
import { startCompanion } from '../ui/start.js';
import { pageContextFromAttribute } from '../webui/index.js';

interface ExtensionApi {
  runtime: { getURL(path: string): string };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
const api =
  (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;

async function load<T>(file: string): Promise<T> {
  const response = await fetch(api.runtime.getURL(`i18n/${file}.json`));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return (await response.json()) as T;
}

void startCompanion(document, {
  context: () => pageContextFromAttribute(document),
  language: (code: Language) => load<LanguagePack>(code),
  languageSetting: async () => {
    const { language } = await api.storage.local.get('language');
    return typeof language === 'string' ? language : null;
  },
});
