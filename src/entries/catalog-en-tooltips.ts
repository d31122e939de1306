/**
 * The English tooltip texts, as the JSON file the MV3 content script fetches on demand (the rest of
 * English is bundled).
 */
export { EN_TOOLTIPS as default } from '../i18n/en-tooltips.js';
