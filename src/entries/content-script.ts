/** MV3 content script (isolated world): the localization map comes from the main-world bridge. */
import { startCompanion } from '../ui/start.js';
import { localizationFromAttribute } from '../webui/index.js';

void startCompanion(document, () => localizationFromAttribute(document));
