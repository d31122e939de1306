/**
 * Starts the companion on a page it serves: waits for its Dreambooth tab (the A1111 WebUI's or the
 * kohya_ss GUI's) and for the WebUI's settings, picks the language (the channel's setting, else the
 * WebUI's, else the page's language, else the browser's), loads its words and the host's code, and
 * mounts; then follows the WebUI's settings whenever they change.
 */
import { chooseLanguage, type Language, type LanguagePack } from '../i18n/index.js';
import {
  whenHostReady,
  whenSettingsKnown,
  type HostKind,
  type PageContext,
  type PageContextSource,
} from '../webui/index.js';
import { companionSettings, mountCompanion, type HostSetup } from './mount.js';
import { wordsFor, type Words } from './words.js';

export interface StartOptions {
  /** What the page says about itself, and when that changes (a channel may learn it late). */
  context: PageContextSource;
  /** The words of a language: bundled, or loaded on demand where the channel allows it. */
  language: (language: Language) => LanguagePack | Promise<LanguagePack>;
  /** The channel's own language setting ("auto" or a language code). */
  languageSetting?: () => string | null | Promise<string | null>;
  /** The pages this channel serves: each host's code, bundled or loaded on its page only. */
  hosts: Partial<
    Record<HostKind, (root: Element, context: PageContext) => HostSetup | null | Promise<HostSetup | null>>
  >;
}

/**
 * How long an A1111 page may take to fill its settings (200 ms after it went quiet) before the
 * companion starts with its defaults; a page that keeps changing may delay them that long.
 */
export const SETTINGS_LIMIT_MS = 10_000;

/** Mounts on a Dreambooth tab the channel serves; on any other page it stops, holding nothing (null). */
export async function startCompanion(doc: Document, options: StartOptions): Promise<HTMLElement | null> {
  const found = await whenHostReady(doc);
  const setupOf = found && options.hosts[found.kind];
  if (!found || !setupOf) return null;
  const source = options.context;
  // The first render waits for the WebUI's settings, so that the panel and tooltips never show one
  // language (or tooltips the user turned off) and then switch while the user reads them.
  await whenSettingsKnown(source, SETTINGS_LIMIT_MS);
  const setting = (await options.languageSetting?.()) ?? null;
  const loaded = new Map<Language, Words>();
  /** The words the page's context calls for; English where that language does not load; null if none does. */
  const wordsOf = async (context: PageContext): Promise<Words | null> => {
    const webuiSetting = context.settings.language;
    const language = chooseLanguage({
      setting: setting && setting !== 'auto' ? setting : typeof webuiSetting === 'string' ? webuiSetting : null,
      webui: context.webuiLanguage,
      sample: Object.values(context.localization).slice(0, 50),
      browser: doc.defaultView?.navigator.languages ?? [],
    });
    for (const code of language === 'en' ? (['en'] as const) : [language, 'en' as const]) {
      const known = loaded.get(code);
      if (known) return known;
      try {
        const pack = await options.language(code);
        const words = wordsFor(code, pack.texts, pack.tooltips);
        loaded.set(code, words);
        return words;
      } catch {
        // A language that does not load leaves the companion in English rather than absent.
      }
    }
    return null;
  };
  const context = source.read();
  const words = await wordsOf(context);
  if (!words) return null;
  const setup = await setupOf(found.root, context);
  if (!setup) return null;
  const companion = mountCompanion(doc, setup, { context: source.read, settings: companionSettings(context, words) });
  // "Apply settings" (or settings that came after the limit): the latest change wins.
  let changes = 0;
  source.watch(() => {
    const change = ++changes;
    const now = source.read();
    void wordsOf(now).then((next) => {
      if (next && change === changes) companion.update(companionSettings(now, next));
    });
  });
  return companion.element;
}
