/**
 * Userscript (@grant none, so it runs in the page's world and reads the page's localization
 * directly), for the A1111 WebUI and the kohya_ss GUI alike. DREAMBOOTH_COMPANION_LANGUAGE, set at
 * the top of the installed script, chooses the language: 'auto' (the page's, else the browser's),
 * 'en', 'zh' or 'ja'.
 */
import { PACKS } from '../i18n/catalogs.js';
import { a1111Setup } from '../ui/a1111-setup.js';
import { kohyaSetup } from '../ui/kohya-setup.js';
import { startCompanion } from '../ui/start.js';
import { windowContextSource } from '../webui/index.js';

declare const DREAMBOOTH_COMPANION_LANGUAGE: string | undefined;

void startCompanion(document, {
  context: windowContextSource(window),
  language: (language) => PACKS[language],
  languageSetting: () => (typeof DREAMBOOTH_COMPANION_LANGUAGE === 'string' ? DREAMBOOTH_COMPANION_LANGUAGE : null),
  hosts: { a1111: a1111Setup, kohya: kohyaSetup },
});
