// The companion's words in each language, as the bundled channels load them.
import { PACKS } from '../../src/i18n/catalogs.js';
import type { Language } from '../../src/i18n/index.js';
import { wordsFor, type Words } from '../../src/ui/words.js';

export function words(language: Language = 'en'): Words {
  return wordsFor(language, PACKS[language].texts, PACKS[language].tooltips);
}

/** What mountCompanion needs on a test page: the words and the page's (empty or given) localization. */
export function mountOptions(language: Language = 'en', localization: Record<string, string> = {}) {
  return { words: words(language), context: () => ({ localization, webuiLanguage: null, settings: {} }) };
}
