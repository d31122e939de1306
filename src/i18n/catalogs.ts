/** All three languages, for the channels that ship as one file (userscript, A1111 script, demo). */
import { EN_TOOLTIPS } from './en-tooltips.js';
import { EN } from './en.js';
import type { Language, LanguagePack } from './index.js';
import { JA_TOOLTIPS } from './ja-tooltips.js';
import { JA } from './ja.js';
import { ZH_TOOLTIPS } from './zh-tooltips.js';
import { ZH } from './zh.js';

export const PACKS: Readonly<Record<Language, LanguagePack>> = {
  en: { texts: EN, tooltips: EN_TOOLTIPS },
  zh: { texts: ZH, tooltips: ZH_TOOLTIPS },
  ja: { texts: JA, tooltips: JA_TOOLTIPS },
};
