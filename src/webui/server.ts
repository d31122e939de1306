/**
 * The companion's route in the WebUI's server (scripts/dreambooth_companion.py, present when the
 * A1111 extension is installed): how many images a concept's folder holds. Where it is absent (the
 * browser extension or the userscript alone), or refuses, the answer is null and the user types.
 */
import { CONCEPT_DIRECTORY_BOXES } from './selectors.js';

export interface FolderCount {
  images: number;
  captioned: number;
  /** The smallest image side in px, when every image's header told it; null otherwise. */
  smallestSide: number | null;
  /** The folder was larger than the server counts in one go: the numbers are a lower bound. */
  truncated: boolean;
}

const ROUTE = '/dreambooth-companion/count';

/** Asks the server; never throws, never blocks the page (a fetch). */
export async function countFolder(win: Window, path: string, apiKey: string): Promise<FolderCount | null> {
  const url = new URL(ROUTE, win.location.href);
  url.searchParams.set('path', path);
  if (apiKey) url.searchParams.set('api_key', apiKey);
  try {
    const response = await win.fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    const body = (await response.json()) as Record<string, unknown>;
    const whole = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
    if (!whole(body.images) || !whole(body.captioned)) return null;
    return {
      images: body.images as number,
      captioned: body.captioned as number,
      smallestSide: whole(body.smallest_side) ? (body.smallest_side as number) : null,
      truncated: body.truncated === true,
    };
  } catch {
    return null;
  }
}

/**
 * Calls back with the concept slot whenever the user edits a concept's directory box (by its id,
 * Jan 2023 on), so counts can be asked again. One delegated listener; returns its removal.
 */
export function onDirectoryEdited(tabElement: Element, callback: (concept: number) => void): () => void {
  const listener = (event: Event) => {
    const box = event.target instanceof Element ? event.target.closest(CONCEPT_DIRECTORY_BOXES) : null;
    const concept = box ? Number(/\d+$/.exec(box.id)?.[0]) : Number.NaN;
    if (Number.isInteger(concept) && concept > 0) callback(concept);
  };
  tabElement.addEventListener('change', listener);
  return () => tabElement.removeEventListener('change', listener);
}
