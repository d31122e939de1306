/**
 * The standalone planner page (dist/planner/): all three languages bundled, the language from
 * ?lang=, the saved choice, or the browser's.
 */
import { PACKS } from '../i18n/catalogs.js';
import { chooseLanguage } from '../i18n/index.js';
import { mountPlanner } from '../ui/planner/planner.js';
import { wordsFor } from '../ui/words.js';

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
  document.documentElement.lang = language;
  document.title = PACKS[language].texts.planner.title;
  mountPlanner(
    document,
    document.getElementById('planner')!,
    wordsFor(language, PACKS[language].texts, null),
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
