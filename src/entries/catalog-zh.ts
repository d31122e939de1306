/** Chinese, as the JSON file the MV3 content script fetches on demand (the build writes it). */
import type { LanguagePack } from '../i18n/index.js';
import { ZH_TOOLTIPS } from '../i18n/zh-tooltips.js';
import { ZH } from '../i18n/zh.js';

export default { texts: ZH, tooltips: ZH_TOOLTIPS } satisfies LanguagePack;
