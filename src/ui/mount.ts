/**
 * Puts the Autofill button (and its panel) at the top of the host's Dreambooth tab, inside an open
 * shadow root so the page's styles and ours stay apart, and the tooltips on the tab's fields. The
 * WebUI's Settings may change while the page is open ("Apply settings"): the companion follows them
 * without a reload, keeping what Undo would restore.
 */
import { MODES, type Mode } from '../core/index.js';
import { languageTag } from '../i18n/index.js';
import { hasServerCounts, isDarkTheme, type HostPage, type PageContext } from '../webui/index.js';
import { createAutofillPanel, type AutofillPanel } from './autofill/panel.js';
import type { Written } from './autofill/state.js';
import { h } from './dom.js';
import { createSession } from './session.js';
import { COMPANION_CSS } from './styles.js';
import { liveContext, type LiveLines } from './tooltips/live.js';
import type { TooltipTable } from './tooltips/texts.js';
import { attachTooltips, type Tooltips } from './tooltips/tooltips.js';
import type { Words } from './words.js';

/** A host page with what our UI needs of it: which tooltip each field gets, and its live lines. */
export interface HostSetup {
  host: HostPage;
  tooltips: TooltipTable;
  live: LiveLines;
}

/** What the companion's options in the WebUI's Settings choose (or the defaults), in its words. */
export interface CompanionSettings {
  words: Words;
  tooltips: boolean;
  mode?: Mode;
  strength?: string;
  prior: boolean;
}

/** The options as the page holds them (`dreambooth_companion_*`); anything odd there is ignored. */
export function companionSettings(context: PageContext, words: Words): CompanionSettings {
  const { settings } = context;
  const mode = MODES.find((candidate) => candidate === settings.formula);
  const strength = typeof settings.strength === 'string' ? settings.strength.trim() : '';
  return {
    words,
    tooltips: settings.tooltips !== false,
    ...(mode ? { mode } : {}),
    ...(strength ? { strength } : {}),
    prior: settings.prior === true,
  };
}

export interface MountOptions {
  /** What the page says about itself (its localization map), asked whenever it is needed. */
  context: () => PageContext;
  settings: CompanionSettings;
}

export interface MountedCompanion {
  element: HTMLElement;
  /** Takes settings the WebUI applied since. */
  update(settings: CompanionSettings): void;
}

const sameDefaults = (a: CompanionSettings, b: CompanionSettings) =>
  a.mode === b.mode && a.strength === b.strength && a.prior === b.prior;

/** Mounts once per tab (a second channel on the same page finds it there and leaves it be). */
export function mountCompanion(doc: Document, setup: HostSetup, options: MountOptions): MountedCompanion {
  const page = setup.host;
  const tabElement = page.root;
  const existing = tabElement.querySelector<HTMLElement>(':scope > [data-dbc-host]');
  if (existing) return { element: existing, update: () => {} };

  let settings = options.settings;
  const host = h(doc, 'div', { 'data-dbc-host': '' });
  const shadow = host.attachShadow({ mode: 'open' });
  const button = h(doc, 'button', {
    type: 'button',
    class: 'autofill',
    'data-dbc': 'autofill',
    'aria-expanded': 'false',
    'aria-controls': 'dbc-panel',
  });
  const localization = () => options.context().localization;
  const session = createSession(settings.words, settings);
  let panel = createPanel([]);
  let tooltips = attach();
  shadow.append(h(doc, 'style', {}, COMPANION_CSS), button, panel.element);
  speak();

  /** A panel in the session's words; what the last Apply wrote stays undoable across panels. */
  function createPanel(lastWrite: Written[]): AutofillPanel {
    const created = createAutofillPanel(doc, page, localization, session, () => close(), {
      prior: settings.prior,
      // Decided when the panel opens: the WebUI's settings may arrive after the companion mounted.
      serverCounts: () => hasServerCounts(options.context()),
      lastWrite,
    });
    created.element.id = 'dbc-panel';
    return created;
  }

  function speak() {
    host.setAttribute('lang', languageTag(settings.words.language));
    button.textContent = settings.words.ui('autofill');
  }

  function attach(): Tooltips | null {
    if (!settings.tooltips) return null;
    return attachTooltips(doc, tabElement, {
      localization,
      words: settings.words,
      table: setup.tooltips,
      lines: setup.live,
      live: () => liveContext(doc, page, localization(), session),
    });
  }

  function close() {
    panel.close();
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  const openPanel = () => {
    host.dataset.theme = isDarkTheme(doc) ? 'dark' : 'light';
    button.setAttribute('aria-expanded', 'true');
    panel.open();
  };
  button.addEventListener('click', () => {
    if (panel.isOpen()) {
      close();
      return;
    }
    // A lazy page first renders the fields the reading needs.
    if (page.render) void page.render().then(openPanel);
    else openPanel();
  });

  tabElement.prepend(host);

  function update(next: CompanionSettings) {
    const previous = settings;
    settings = next;
    const newWords = next.words.language !== previous.words.language;
    const newDefaults = !sameDefaults(next, previous);
    if (newWords || newDefaults) {
      session.words = next.words;
      // New defaults replace what the panel had chosen; a new language alone keeps it.
      if (newDefaults) Object.assign(session, createSession(next.words, next));
      const wasOpen = panel.isOpen();
      panel.close();
      const replaced = createPanel(panel.lastWrite());
      panel.element.replaceWith(replaced.element);
      panel = replaced;
      speak();
      if (wasOpen) panel.open();
    }
    if (newWords || next.tooltips !== previous.tooltips) {
      tooltips?.disconnect();
      tooltips = attach();
    }
  }

  return { element: host, update };
}
