/**
 * Puts the Autofill button (and its panel) at the top of the host's Dreambooth tab, inside an open
 * shadow root so the page's styles and ours stay apart, and the tooltips on the tab's fields.
 */
import { MODES } from '../core/index.js';
import { languageTag } from '../i18n/index.js';
import { hasServerCounts, isDarkTheme, type HostPage, type PageContext } from '../webui/index.js';
import { createAutofillPanel } from './autofill/panel.js';
import { h } from './dom.js';
import { createSession } from './session.js';
import { COMPANION_CSS } from './styles.js';
import { liveContext, type LiveLines } from './tooltips/live.js';
import type { TooltipTable } from './tooltips/texts.js';
import { attachTooltips } from './tooltips/tooltips.js';
import type { Words } from './words.js';

/** A host page with what our UI needs of it: which tooltip each field gets, and its live lines. */
export interface HostSetup {
  host: HostPage;
  tooltips: TooltipTable;
  live: LiveLines;
}

export interface MountOptions {
  /** What the page says about itself (its localization map), asked whenever it is needed. */
  context: () => PageContext;
  words: Words;
}

/** Mounts once per tab; returns the host element. */
export function mountCompanion(doc: Document, setup: HostSetup, options: MountOptions): HTMLElement {
  const page = setup.host;
  const tabElement = page.root;
  const existing = tabElement.querySelector<HTMLElement>(':scope > [data-dbc-host]');
  if (existing) return existing;

  const { words } = options;
  const host = h(doc, 'div', { 'data-dbc-host': '', lang: languageTag(words.language) });
  const shadow = host.attachShadow({ mode: 'open' });
  const button = h(
    doc,
    'button',
    {
      type: 'button',
      class: 'autofill',
      'data-dbc': 'autofill',
      'aria-expanded': 'false',
      'aria-controls': 'dbc-panel',
    },
    words.ui('autofill'),
  );
  const localization = () => options.context().localization;
  // The WebUI's Settings (A1111 extension) choose the defaults; anything odd there is ignored.
  const context = options.context();
  const settings = context.settings;
  const formula = MODES.find((mode) => mode === settings.formula);
  const strength =
    typeof settings.strength === 'string' && settings.strength.trim() !== '' ? settings.strength.trim() : undefined;
  const session = createSession(words, { ...(formula ? { mode: formula } : {}), ...(strength ? { strength } : {}) });
  const panel = createAutofillPanel(doc, page, localization, session, () => close(), {
    prior: settings.prior === true,
    serverCounts: hasServerCounts(context),
  });
  panel.element.id = 'dbc-panel';
  shadow.append(h(doc, 'style', {}, COMPANION_CSS), button, panel.element);

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
  if (settings.tooltips !== false) {
    attachTooltips(doc, tabElement, {
      localization,
      words,
      table: setup.tooltips,
      lines: setup.live,
      live: () => liveContext(doc, page, localization(), session),
    });
  }
  return host;
}
