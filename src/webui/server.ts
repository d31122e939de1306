/**
 * The companion's route in the WebUI's server (scripts/dreambooth_companion.py, present when the
 * A1111 extension is installed): how many images a concept's folder holds. It is asked only where
 * that Python side is loaded (its settings are in the WebUI's `opts`), so the browser extension or
 * the userscript alone never sends a request; the user types the frames there.
 */
import type { PageContext } from './page-context.js';
import { CONCEPT_DIRECTORY_BOXES } from './selectors.js';

export interface FolderCount {
  images: number;
  captioned: number;
  /** The smallest image side in px, when every image's header told it; null otherwise. */
  smallestSide: number | null;
  /** The folder was larger than the server counts in one go: the numbers are a lower bound. */
  truncated: boolean;
  /** Subfolders the server could not read. */
  unreadable: number;
}

/** Why the server would not count: the WebUI's login, the Dreambooth key, or only this machine may. */
export const COUNT_REFUSALS = ['login', 'key', 'loopback'] as const;
export type CountRefusal = (typeof COUNT_REFUSALS)[number];

export type CountAnswer = { count: FolderCount } | { refused: CountRefusal } | null;

const ROUTE = '/dreambooth-companion/count';
/** A header no cross-site page can send without a preflight the server never allows. */
const REQUEST_HEADER = 'X-Dreambooth-Companion';
const KEY_HEADER = 'X-Api-Key';

/** The Python side registers the companion's settings; without them there is no route to ask. */
export function hasServerCounts(context: PageContext): boolean {
  return 'language' in context.settings;
}

const whole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Asks the server; never throws, never blocks the page (a fetch). Null when there is no usable answer. */
export async function countFolder(win: Window, path: string, apiKey: string): Promise<CountAnswer> {
  const url = new URL(ROUTE, win.location.href);
  url.searchParams.set('path', path);
  const headers: Record<string, string> = { accept: 'application/json', [REQUEST_HEADER]: 'count' };
  if (apiKey) headers[KEY_HEADER] = apiKey;
  try {
    // Same-origin: the WebUI's session cookie goes along by itself.
    const response = await win.fetch(url, { headers });
    const body = (await response.json()) as Record<string, unknown>;
    const reason = COUNT_REFUSALS.find((refusal) => refusal === body.reason);
    if (response.status === 403 && reason) return { refused: reason };
    if (!response.ok || !whole(body.images) || !whole(body.captioned)) return null;
    return {
      count: {
        images: body.images,
        captioned: body.captioned,
        smallestSide: whole(body.smallest_side) ? body.smallest_side : null,
        truncated: body.truncated === true,
        unreadable: whole(body.unreadable) ? body.unreadable : 0,
      },
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
