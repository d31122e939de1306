/** MV3 main-world script: hands the WebUI's localization map to the isolated content script. */
import { publishLocalization } from '../webui/localization.js';

publishLocalization(document, window);
