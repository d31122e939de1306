/**
 * All three languages, for the channels that ship as one file (userscript, A1111 script, demo), and
 * their words without the tooltip texts, and the words of the pages beside the WebUI (options, planner).
 */
import { EN_PAGES } from './en-pages.js';
import { EN_TOOLTIPS } from './en-tooltips.js';
import { EN } from './en.js';
import type { Catalog, Language, LanguagePack, PagesCatalog } from './index.js';
import { JA_PAGES } from './ja-pages.js';
import { JA_TOOLTIPS } from './ja-tooltips.js';
import { JA } from './ja.js';
import { ZH_PAGES } from './zh-pages.js';
import { ZH_TOOLTIPS } from './zh-tooltips.js';
import { ZH } from './zh.js';

export const TEXTS: Readonly<Record<Language, Catalog>> = { en: EN, zh: ZH, ja: JA };

/** The planner's, the exports' and the options page's words. */
export const PAGES: Readonly<Record<Language, PagesCatalog>> = { en: EN_PAGES, zh: ZH_PAGES, ja: JA_PAGES };

export const PACKS: Readonly<Record<Language, LanguagePack>> = {
  en: { texts: EN, tooltips: EN_TOOLTIPS },
  zh: { texts: ZH, tooltips: ZH_TOOLTIPS },
  ja: { texts: JA, tooltips: JA_TOOLTIPS },
};
