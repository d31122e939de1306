/** Japanese, as the JSON file the MV3 content script fetches on demand (the build writes it). */
import type { LanguagePack } from '../i18n/index.js';
import { JA_TOOLTIPS } from '../i18n/ja-tooltips.js';
import { JA } from '../i18n/ja.js';

export default { texts: JA, tooltips: JA_TOOLTIPS } satisfies LanguagePack;
