// The companion's words in each language, as the bundled channels load them.
import { PACKS } from '../../src/i18n/catalogs.js';
import type { Language } from '../../src/i18n/index.js';
import type { MountOptions } from '../../src/ui/mount.js';
import { wordsFor, type Words } from '../../src/ui/words.js';
import type { PageContext } from '../../src/webui/index.js';

export function words(language: Language = 'en'): Words {
  return wordsFor(language, PACKS[language].texts, PACKS[language].tooltips);
}

/** A page's context with the given localization and no WebUI settings. */
export function pageContext(localization: Record<string, string> = {}): PageContext {
  return { localization, webuiLanguage: null, settings: {}, settingsPending: false };
}

/** What mountCompanion needs on a test page: the default settings in a language, the page's (empty or given) localization. */
export function mountOptions(language: Language = 'en', localization: Record<string, string> = {}): MountOptions {
  return {
    settings: { words: words(language), tooltips: true, prior: false },
    context: () => pageContext(localization),
  };
}
