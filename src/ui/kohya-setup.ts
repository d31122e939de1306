/** The kohya_ss GUI's Dreambooth tab with its tooltips and live lines (loaded on its page only). */
import { findKohyaTabButton, kohyaHost, whenKohyaPanel, type PageContext } from '../webui/index.js';
import type { HostSetup } from './mount.js';
import { KOHYA_LIVE } from './tooltips/kohya-live.js';
import { kohyaTooltipFor } from './tooltips/kohya-texts.js';

/** On a Gradio 4+ page: the GUI's Dreambooth tab once rendered; null on another app (or if it never is). */
export async function kohyaSetup(page: Element, context: PageContext): Promise<HostSetup | null> {
  const button = findKohyaTabButton(page.ownerDocument, context.localization);
  const panel = button && (await whenKohyaPanel(button));
  return panel ? { host: kohyaHost(panel), tooltips: kohyaTooltipFor, live: KOHYA_LIVE } : null;
}
