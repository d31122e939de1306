/**
 * The A1111 extension folder's script (javascript/dreambooth-companion.js), loaded by the WebUI into
 * the page's world. It starts when the WebUI says its UI is loaded, or at once on a page without
 * that hook. Its language follows the WebUI (or the companion's option in the WebUI's Settings).
 */
import { PACKS } from '../i18n/catalogs.js';
import { a1111Setup } from '../ui/a1111-setup.js';
import { startCompanion } from '../ui/start.js';
import { windowContextSource } from '../webui/index.js';

const start = () =>
  void startCompanion(document, {
    context: windowContextSource(window),
    language: (language) => PACKS[language],
    hosts: { a1111: a1111Setup },
  });
const onUiLoaded = (window as unknown as { onUiLoaded?: (callback: () => void) => void }).onUiLoaded;
if (typeof onUiLoaded === 'function') onUiLoaded(start);
else start();
