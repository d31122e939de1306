/**
 * A1111's `localization` object (English → shown text) lives in the page's own JavaScript world.
 * The userscript and the A1111 script run there and read it directly; the MV3 content script runs
 * in an isolated world, so a small main-world script publishes it on the root element for it.
 */
import type { Localization } from './locate.js';

const LOCALIZATION_ATTRIBUTE = 'data-dbc-localization';

/** Only string → string entries: the map comes from the page and is not trusted further. */
function sanitize(value: unknown): Localization {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** In the page's world. */
export function localizationFromWindow(win: Window): Localization {
  return sanitize((win as unknown as { localization?: unknown }).localization);
}

/** Main-world bridge: publishes the map where an isolated world can read it. */
export function publishLocalization(doc: Document, win: Window): void {
  const map = localizationFromWindow(win);
  if (Object.keys(map).length > 0) doc.documentElement.setAttribute(LOCALIZATION_ATTRIBUTE, JSON.stringify(map));
}

/** In an isolated world: what the bridge published (empty when no localization is active). */
export function localizationFromAttribute(doc: Document): Localization {
  try {
    return sanitize(JSON.parse(doc.documentElement.getAttribute(LOCALIZATION_ATTRIBUTE) ?? '{}'));
  } catch {
    return {};
  }
}
