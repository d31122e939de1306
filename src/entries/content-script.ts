/**
 * MV3 content script (isolated world): the page's context comes from the main-world bridge. The
 * words of the language in use, English too, are loaded on demand from the extension's own files, so
 * the script every WebUI page loads stays small; the kohya_ss GUI's part (kohya.js) is imported only
 * on a page that may be that GUI. The language setting comes from the options page.
 */
import type { Language, LanguagePack } from '../i18n/index.js';
import type { HostSetup } from '../ui/mount.js';
import { a1111Setup } from '../ui/a1111-setup.js';
import { startCompanion } from '../ui/start.js';
import { attributeContextSource, type PageContext } from '../webui/index.js';

interface ExtensionApi {
  runtime: { getURL(path: string): string };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
declare const chrome: ExtensionApi;
const api = (globalThis as { browser?: ExtensionApi }).browser ?? chrome;

async function load<T>(file: string): Promise<T> {
  const response = await fetch(api.runtime.getURL(`i18n/${file}.json`));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return (await response.json()) as T;
}

void startCompanion(document, {
  context: attributeContextSource(document),
  language: (code: Language) => load<LanguagePack>(code),
  languageSetting: async () => {
    const { language } = await api.storage.local.get('language');
    return typeof language === 'string' ? language : null;
  },
  hosts: {
    a1111: a1111Setup,
    kohya: async (root, context) => {
      // Written out as chrome.runtime.getURL (Firefox has it too): the add-on linter accepts an
      // import of the extension's own file only in that form.
      const module = (await import(chrome.runtime.getURL('kohya.js'))) as {
        kohyaSetup(root: Element, context: PageContext): Promise<HostSetup | null>;
      };
      return module.kohyaSetup(root, context);
    },
  },
});
