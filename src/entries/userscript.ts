/** Userscript (@grant none, so it runs in the page's world and reads the localization directly). */
import { startCompanion } from '../ui/start.js';
import { localizationFromWindow } from '../webui/index.js';

void startCompanion(document, () => localizationFromWindow(window));
