/** MV3 main-world script: hands the WebUI's localization, language and settings to the isolated content script. */
import { publishPageContext } from '../webui/page-context.js';

publishPageContext(document, window);
