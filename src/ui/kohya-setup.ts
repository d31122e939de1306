/** The kohya_ss GUI's Dreambooth tab with its tooltips and live lines (loaded on its page only). */
import { kohyaHost, whenKohyaPanel } from '../webui/index.js';
import type { HostSetup } from './mount.js';
import { KOHYA_LIVE } from './tooltips/kohya-live.js';
import { kohyaTooltipFor } from './tooltips/kohya-texts.js';

/** From the GUI's Dreambooth tab button, once its panel is rendered (null if it never is). */
export async function kohyaSetup(button: Element): Promise<HostSetup | null> {
  const panel = await whenKohyaPanel(button);
  return panel && { host: kohyaHost(panel), tooltips: kohyaTooltipFor, live: KOHYA_LIVE };
}
