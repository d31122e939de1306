/**
 * The kohya_ss GUI's host for the MV3 content script, which imports this module (kohya.js) on that
 * page only, so the WebUI's page never loads it.
 */
export { kohyaSetup } from '../ui/kohya-setup.js';
