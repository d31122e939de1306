/**
 * Finding the kohya_ss GUI's Dreambooth tab and its fields, by label under any localization (the
 * GUI's zh-CN and zh-TW files rewrite labels in place, as A1111's do). Other tabs of the GUI (LoRA,
 * Finetuning, …) repeat every label: fields are looked for in the Dreambooth tab only.
 */
import type { Component } from '../components.js';
import { englishLabels, labelsIn, lookup, readLabel, type Localization } from '../locate.js';
import { KOHYA_FIELDS, type KohyaFieldKey } from './fields.js';
import { DREAMBOOTH_TAB, GUI_TABS, TAB_BUTTONS, TAB_PANELS, TAB_SET } from './selectors.js';

export interface KohyaTab {
  root: Element;
  /** A field by its key; null when missing, not rendered yet, or ambiguous. */
  find(key: KohyaFieldKey): Component | null;
  ambiguous: KohyaFieldKey[];
}

/**
 * The GUI's Dreambooth tab button: in the outermost tab set whose tabs are the GUI's (in English or
 * translated). Null on any other page. Gradio 3 (the A1111 WebUI) has no such buttons: nothing more
 * is read there.
 */
export function findKohyaTabButton(doc: Document, localization: Localization = {}): Element | null {
  for (const set of doc.querySelectorAll(TAB_SET)) {
    if (set.parentElement?.closest(TAB_SET)) continue;
    const buttons = [...set.querySelectorAll(TAB_BUTTONS)];
    if (buttons.length < GUI_TABS.length) continue;
    const toEnglish = englishLabels(localization);
    const english = buttons.map((button) => readLabel(button, toEnglish).english);
    if (GUI_TABS.every((name) => english.some((names) => names.includes(name))))
      return buttons[english.findIndex((names) => names.includes(DREAMBOOTH_TAB))] ?? null;
  }
  return null;
}

/**
 * The Dreambooth tab's panel: by the button's aria-controls (Gradio 5), else, while it is the
 * selected tab, the one panel of its set shown (Gradio 6 renders a tab's panel when it is first
 * selected, with no id). Null while it has not been rendered.
 */
export function kohyaPanelOf(button: Element): Element | null {
  const controls = button.getAttribute('aria-controls');
  if (controls) return button.ownerDocument.getElementById(controls);
  if (button.getAttribute('aria-selected') !== 'true') return null;
  const set = button.closest(TAB_SET);
  return (
    [...(set?.querySelectorAll<HTMLElement>(TAB_PANELS) ?? [])].find(
      (panel) => panel.style.display !== 'none' && !panel.hidden,
    ) ?? null
  );
}

/** How long after its tab button the Dreambooth tab's panel may take to render (Gradio 6 renders it after). */
const PANEL_LIMIT_MS = 30_000;

/** The Dreambooth tab's panel once rendered; null if it is not within the limit (another tab is open). */
export function whenKohyaPanel(button: Element): Promise<Element | null> {
  const existing = kohyaPanelOf(button);
  const set = button.closest(TAB_SET);
  if (existing || !set) return Promise.resolve(existing);
  return new Promise((resolve) => {
    const finish = (panel: Element | null) => {
      observer.disconnect();
      clearTimeout(limit);
      resolve(panel);
    };
    const observer = new MutationObserver(() => {
      const panel = kohyaPanelOf(button);
      if (panel) finish(panel);
    });
    const limit = setTimeout(() => finish(null), PANEL_LIMIT_MS);
    observer.observe(set, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
  });
}

export function locateKohyaTab(root: Element, localization: Localization = {}): KohyaTab {
  const labels = labelsIn(root, englishLabels(localization));
  const found = new Map(
    (Object.keys(KOHYA_FIELDS) as KohyaFieldKey[]).map((key) => [key, lookup(KOHYA_FIELDS[key], labels)] as const),
  );
  return {
    root,
    find: (key) => {
      const result = found.get(key);
      return result && 'component' in result ? result.component : null;
    },
    ambiguous: [...found].filter(([, result]) => result !== null && 'ambiguous' in result).map(([key]) => key),
  };
}
