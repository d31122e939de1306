/** Starts the companion on a WebUI page: waits for the Dreambooth tab, then mounts the button. */
import { whenTabReady, type Localization } from '../webui/index.js';
import { mountCompanion } from './mount.js';

export async function startCompanion(doc: Document, localization: Localization = {}): Promise<HTMLElement> {
  const tab = await whenTabReady(doc);
  return mountCompanion(doc, tab, { localization });
}
