/** English, as the JSON file the MV3 content script fetches on demand (the build writes it). */
import type { LanguagePack } from '../i18n/index.js';
import { EN_TOOLTIPS } from '../i18n/en-tooltips.js';
import { EN } from '../i18n/en.js';

export default { texts: EN, tooltips: EN_TOOLTIPS } satisfies LanguagePack;
