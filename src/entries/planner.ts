/**
 * The standalone planner page (dist/planner/): all three languages bundled, the language from
 * ?lang=, the saved choice, or the browser's.
 */
import { PAGES, TEXTS } from '../i18n/catalogs.js';
import { chooseLanguage, languageTag } from '../i18n/index.js';
import { mountPlanner } from '../ui/planner/planner.js';
import { pageWordsFor, wordsFor } from '../ui/words.js';

const KEY = 'dreambooth-companion:planner-language';

function start() {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    // Storage may be blocked for a page opened from disk: the browser's language then.
  }
  const setting = new URLSearchParams(location.search).get('lang') ?? saved;
  const language = chooseLanguage({ setting, browser: navigator.languages });
  document.documentElement.lang = languageTag(language);
  document.title = PAGES[language].planner.title;
  mountPlanner(
    document,
    document.getElementById('planner')!,
    wordsFor(language, TEXTS[language], null),
    pageWordsFor(TEXTS[language], PAGES[language]),
    (choice) => {
      try {
        localStorage.setItem(KEY, choice);
      } catch {
        // Not remembered.
      }
      const params = new URLSearchParams(location.search);
      params.delete('lang');
      history.replaceState(null, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}`);
      start();
    },
  );
}

start();
