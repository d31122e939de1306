/**
 * What the WebUI page says about itself beyond the form: A1111's `localization` map (English → shown
 * text), the language it shows (its localization file, or the bilingual-localization extension's),
 * the companion's WebUI settings, and its theme. The userscript and the A1111 script run in the
 * page's world and read these directly; the MV3 content script runs in an isolated world, so a small
 * main-world script publishes them on the root element for it.
 *
 * The WebUI fills `opts` late: A1111 1.6–1.10 in an `onAfterUiUpdate` callback, 200 ms after the page
 * went quiet (after every `onUiLoaded` callback ran), and replaces them on "Apply settings"; each time
 * it runs its `onOptionsChanged` callbacks (every version since 1.0). A context source therefore says
 * whether the settings are still to come, and calls back whenever they change.
 */
import type { Localization } from './locate.js';
import { DARK_THEME_CLASS } from './selectors.js';

export interface PageContext {
  localization: Localization;
  /** The WebUI's localization file or the bilingual extension's, e.g. "zh_CN" (null when none). */
  webuiLanguage: string | null;
  /** The companion's options as the WebUI's Settings hold them (`dreambooth_companion_*`). */
  settings: Readonly<Record<string, string | number | boolean>>;
  /** An A1111 page whose `opts` are not filled yet: its settings are still to come. */
  settingsPending: boolean;
}

/** The page's context for a channel: read now, and be told when it may have changed. */
export interface PageContextSource {
  read(): PageContext;
  /** Calls back after the WebUI filled or replaced its settings (for the page's lifetime). */
  watch(listener: () => void): void;
}

interface WebuiWindow {
  localization?: unknown;
  opts?: Record<string, unknown>;
  /** A1111's script.js: runs the callback after `opts` were filled or replaced. */
  onOptionsChanged?: (callback: () => void) => void;
}

const CONTEXT_ATTRIBUTE = 'data-dbc-page';
/**
 * The isolated world asks the bridge to publish again with this event: A1111 fills `opts` only once
 * Gradio has rendered, long after the bridge first ran, and events reach both worlds synchronously.
 */
const CONTEXT_REQUEST = 'dreambooth-companion:context';
const SETTINGS_PREFIX = 'dreambooth_companion_';

/** Only string → string entries: the map comes from the page and is not trusted further. */
function strings(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * The page's `localization` (thousands of entries under a community file) is set once at page load
 * and read on every hover and keystroke: it is checked, and turned into JSON, once per map.
 */
const checkedMaps = new WeakMap<object, { map: Record<string, string>; json: string }>();
function checkedMap(value: unknown): { map: Record<string, string>; json: string } {
  if (typeof value !== 'object' || value === null) return { map: {}, json: '{}' };
  let checked = checkedMaps.get(value);
  if (!checked) {
    const map = strings(value);
    checked = { map, json: JSON.stringify(map) };
    checkedMaps.set(value, checked);
  }
  return checked;
}

function sanitize(value: unknown): PageContext {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const settings = Object.fromEntries(
    Object.entries(typeof raw.settings === 'object' && raw.settings !== null ? raw.settings : {}).filter(
      (entry): entry is [string, string | number | boolean] =>
        ['string', 'number', 'boolean'].includes(typeof entry[1]),
    ),
  );
  return {
    localization: strings(raw.localization),
    webuiLanguage: typeof raw.webuiLanguage === 'string' ? raw.webuiLanguage : null,
    settings,
    settingsPending: raw.settingsPending === true,
  };
}

/** In the page's world. */
function pageContextFromWindow(win: Window): PageContext {
  const page = win as unknown as WebuiWindow;
  const opts = typeof page.opts === 'object' && page.opts !== null ? page.opts : {};
  const bilingual =
    opts.bilingual_localization_enabled === true && typeof opts.bilingual_localization_file === 'string'
      ? opts.bilingual_localization_file
      : null;
  const localizationFile =
    typeof opts.localization === 'string' && opts.localization !== 'None' ? opts.localization : null;
  const settings = Object.fromEntries(
    Object.entries(opts)
      .filter(([key]) => key.startsWith(SETTINGS_PREFIX))
      .map(([key, value]) => [key.slice(SETTINGS_PREFIX.length), value]),
  );
  const settingsPending = typeof page.onOptionsChanged === 'function' && Object.keys(opts).length === 0;
  return {
    ...sanitize({ webuiLanguage: bilingual ?? localizationFile, settings, settingsPending }),
    localization: checkedMap(page.localization).map,
  };
}

/** Registers with the WebUI's `onOptionsChanged`, where the page has it (A1111; not the kohya_ss GUI). */
function watchOptions(win: Window, listener: () => void): void {
  const page = win as unknown as WebuiWindow;
  if (typeof page.onOptionsChanged === 'function') page.onOptionsChanged(listener);
}

/** For the userscript and the A1111 script, in the page's world. */
export function windowContextSource(win: Window): PageContextSource {
  return { read: () => pageContextFromWindow(win), watch: (listener) => watchOptions(win, listener) };
}

/** Main-world bridge: publishes the context where an isolated world can read it, now and on request. */
export function publishPageContext(doc: Document, win: Window): void {
  const publish = () => {
    const { webuiLanguage, settings, settingsPending } = pageContextFromWindow(win);
    const localization = checkedMap((win as unknown as WebuiWindow).localization).json;
    const text = `{"localization":${localization},"webuiLanguage":${JSON.stringify(webuiLanguage)},"settings":${JSON.stringify(settings)},"settingsPending":${settingsPending}}`;
    // Written only when it changed: the isolated world asks on every hover and keystroke.
    if (doc.documentElement.getAttribute(CONTEXT_ATTRIBUTE) !== text)
      doc.documentElement.setAttribute(CONTEXT_ATTRIBUTE, text);
  };
  publish();
  doc.addEventListener(CONTEXT_REQUEST, publish);
  // Settings filled late or applied in the Settings tab reach the isolated world as a new attribute.
  watchOptions(win, publish);
}

/** The last context read from the attribute, reused while the bridge publishes the same text. */
let lastRead: { text: string | null; context: PageContext } = { text: null, context: sanitize({}) };

/** In an isolated world: the context as the page holds it now (empty when the bridge has not run). */
export function pageContextFromAttribute(doc: Document): PageContext {
  doc.dispatchEvent(new CustomEvent(CONTEXT_REQUEST));
  const text = doc.documentElement.getAttribute(CONTEXT_ATTRIBUTE);
  if (text === lastRead.text) return lastRead.context;
  let context: PageContext;
  try {
    context = sanitize(JSON.parse(text ?? '{}'));
  } catch {
    context = sanitize({});
  }
  lastRead = { text, context };
  return context;
}

/** For the MV3 content script: the bridge's attribute, watched for what the bridge publishes anew. */
export function attributeContextSource(doc: Document): PageContextSource {
  return {
    read: () => pageContextFromAttribute(doc),
    watch: (listener) =>
      new MutationObserver(listener).observe(doc.documentElement, { attributeFilter: [CONTEXT_ATTRIBUTE] }),
  };
}

/**
 * Resolves once the page's settings are known: at once where none are pending, else when the WebUI
 * fills them, or after `limitMs` on a page that never does (the companion then starts with its
 * defaults and still follows a later fill).
 */
export function whenSettingsKnown(source: PageContextSource, limitMs: number): Promise<void> {
  if (!source.read().settingsPending) return Promise.resolve();
  return new Promise((resolve) => {
    const limit = setTimeout(resolve, limitMs);
    source.watch(() => {
      if (source.read().settingsPending) return;
      clearTimeout(limit);
      resolve();
    });
  });
}

/** Gradio's dark theme marks the body. */
export function isDarkTheme(doc: Document): boolean {
  return doc.body.classList.contains(DARK_THEME_CLASS);
}
