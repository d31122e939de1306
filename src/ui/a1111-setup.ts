/** The A1111 WebUI's Dreambooth tab with its tooltips and live lines. */
import { a1111Host } from '../webui/index.js';
import type { HostSetup } from './mount.js';
import { liveLine } from './tooltips/live.js';
import { tooltipFor } from './tooltips/texts.js';

export function a1111Setup(root: Element): HostSetup {
  return { host: a1111Host(root), tooltips: tooltipFor, live: { line: liveLine } };
}
