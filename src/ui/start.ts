/**
 * Starts the companion on a page it serves: waits for its Dreambooth tab (the A1111 WebUI's or the
 * kohya_ss GUI's), picks the language (the channel's setting, else the page's language, else the
 * browser's), loads its words and the host's code, and mounts.
 */
import { chooseLanguage, type Language, type LanguagePack } from '../i18n/index.js';
import { whenHostReady, type HostKind, type PageContext } from '../webui/index.js';
import { mountCompanion, type HostSetup } from './mount.js';
import { wordsFor } from './words.js';

export interface StartOptions {
  /** What the page says about itself, asked whenever it is needed (a channel may learn it late). */
  context: () => PageContext;
  /** The words of a language: bundled, or loaded on demand where the channel allows it. */
  language: (language: Language) => LanguagePack | Promise<LanguagePack>;
  /** The channel's own language setting ("auto" or a language code). */
  languageSetting?: () => string | null | Promise<string | null>;
  /** The pages this channel serves: each host's code, bundled or loaded on its page only. */
  hosts: Partial<
    Record<HostKind, (root: Element, context: PageContext) => HostSetup | null | Promise<HostSetup | null>>
  >;
}

/** Mounts on a Dreambooth tab the channel serves; on any other page it stops, holding nothing (null). */
export async function startCompanion(doc: Document, options: StartOptions): Promise<HTMLElement | null> {
  const found = await whenHostReady(doc);
  const setupOf = found && options.hosts[found.kind];
  if (!found || !setupOf) return null;
  const context = options.context();
  const setting = (await options.languageSetting?.()) ?? null;
  const webuiSetting = context.settings.language;
  const language = chooseLanguage({
    setting: setting && setting !== 'auto' ? setting : typeof webuiSetting === 'string' ? webuiSetting : null,
    webui: context.webuiLanguage,
    sample: Object.values(context.localization).slice(0, 50),
    browser: doc.defaultView?.navigator.languages ?? [],
  });
  const attempt = async (code: Language) => {
    try {
      return { code, pack: await options.language(code) };
    } catch {
      return null;
    }
  };
  // A language that does not load leaves the companion in English rather than absent.
  const loaded = (await attempt(language)) ?? (language === 'en' ? null : await attempt('en'));
  if (!loaded) return null;
  const words = wordsFor(loaded.code, loaded.pack.texts, loaded.pack.tooltips);
  const setup = await setupOf(found.root, context);
  return setup && mountCompanion(doc, setup, { context: options.context, words });
}
