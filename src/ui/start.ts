/** Starts the companion on a WebUI page: waits for the Dreambooth tab, then mounts the button. */
import { whenTabReady, type Localization } from '../webui/index.js';
import { mountCompanion } from './mount.js';

/** `localization` is asked each time the panel opens: a channel may learn it after start. */
export async function startCompanion(doc: Document, localization: () => Localization = () => ({})): Promise<HTMLElement> {
  const tab = await whenTabReady(doc);
  return mountCompanion(doc, tab, { localization });
}
