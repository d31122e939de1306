/**
 * The browser extension's options page: the companion's language, and the addresses it runs on. An
 * address is added through an optional host permission, requested at that moment, and the content
 * scripts are registered for it; removing it undoes both. The page speaks the chosen language.
 */
import { PAGES, TEXTS } from '../i18n/catalogs.js';
import {
  LANGUAGES,
  chooseLanguage,
  fill,
  languageTag,
  type Catalog,
  type Language,
  type OptionsKey,
  type TemplateValue,
} from '../i18n/index.js';
import { DEFAULT_PATTERNS, patternForAddress, scriptIdFor, type AddressProblem } from './origins.js';

interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface ExtensionApi {
  permissions: {
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: object[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(): Promise<RegisteredScript[]>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
}

/** Wires the options page's markup (options.html) to the browser's extension API. */
export function mountOptionsPage(doc: Document, api: ExtensionApi): void {
  const element = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const list = element<HTMLUListElement>('origins');
  const status = element<HTMLParagraphElement>('status');
  const form = element<HTMLFormElement>('add');
  const address = element<HTMLInputElement>('address');
  const languagePicker = element<HTMLSelectElement>('language');

  let texts: Catalog = TEXTS.en;
  let language: Language = 'en';
  const say = (key: OptionsKey, params?: Readonly<Record<string, TemplateValue>>) =>
    fill(texts, PAGES[language].options[key], params);

  function problemText(problem: AddressProblem): string {
    const { key, ...params } = problem;
    return say(`address.${key}`, params);
  }

  /** Every pattern in the list, to refuse adding one twice (read before the click's permission request). */
  let listed: string[] = [...DEFAULT_PATTERNS];

  async function render() {
    const registered = await api.scripting.getRegisteredContentScripts();
    const added = registered
      .filter((script) => !script.id.endsWith('-bridge'))
      .flatMap((script) => (script.matches ?? []).map((pattern) => ({ id: script.id, pattern })));
    listed = [...DEFAULT_PATTERNS, ...added.map(({ pattern }) => pattern)];
    list.replaceChildren(
      ...DEFAULT_PATTERNS.map((pattern) => item(say('builtIn', { pattern }))),
      ...added.map(({ id, pattern }) => {
        const remove = doc.createElement('button');
        remove.type = 'button';
        remove.textContent = say('remove');
        remove.addEventListener('click', async () => {
          await api.scripting.unregisterContentScripts({ ids: [id, `${id}-bridge`] });
          await api.permissions.remove({ origins: [pattern] });
          status.textContent = say('removed', { pattern });
          await render();
        });
        const entry = item(pattern);
        entry.append(remove);
        return entry;
      }),
    );
  }

  function item(text: string) {
    const entry = doc.createElement('li');
    entry.textContent = text;
    return entry;
  }

  /** The page's own texts in the chosen language. */
  function label(setting: string) {
    language = chooseLanguage({ setting, browser: doc.defaultView?.navigator.languages ?? [] });
    texts = TEXTS[language];
    doc.documentElement.lang = languageTag(language);
    doc.title = say('title');
    element('title').textContent = say('title');
    element('intro').textContent = say('intro');
    element('runs-on').textContent = say('runsOn');
    element('address-label').textContent = say('address');
    element('add-button').textContent = say('add');
    element('language-label').textContent = say('language');
    const names: Record<string, string> = {
      auto: say('languageAuto'),
      en: 'English',
      zh: '简体中文',
      ja: '日本語',
    };
    languagePicker.replaceChildren(
      ...['auto', ...LANGUAGES].map((code) => new Option(names[code], code, false, code === setting)),
    );
  }

  languagePicker.addEventListener('change', async () => {
    await api.storage.local.set({ language: languagePicker.value });
    label(languagePicker.value);
    status.textContent = say('languageSaved');
    await render();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = patternForAddress(address.value, listed);
    if (!result.ok) {
      status.textContent = problemText(result.problem);
      return;
    }
    const { pattern } = result;
    // The permission request must happen in the click's own task, before any await.
    api.permissions.request({ origins: [pattern] }).then(
      async (granted) => {
        if (!granted) {
          status.textContent = say('denied', { pattern });
          return;
        }
        const id = scriptIdFor(pattern);
        await api.scripting.unregisterContentScripts({ ids: [id, `${id}-bridge`] }).catch(() => undefined);
        await api.scripting.registerContentScripts([
          { id: `${id}-bridge`, matches: [pattern], js: ['page-bridge.js'], runAt: 'document_idle', world: 'MAIN' },
          { id, matches: [pattern], js: ['content-script.js'], runAt: 'document_idle' },
        ]);
        status.textContent = say('added', { pattern });
        address.value = '';
        await render();
      },
      (error: unknown) => {
        status.textContent = say('failed', { error: error instanceof Error ? error.message : String(error) });
      },
    );
  });

  void api.storage.local.get('language').then(async ({ language }) => {
    label(typeof language === 'string' ? language : 'auto');
    await render();
  });
}
