/**
 * Tooltips on every parameter of the Dreambooth tab: on hover and keyboard focus, gone on Escape or
 * leaving, placed beside the field (never over it), announced through aria-describedby.
 *
 * Cost: a handful of listeners on the tab, delegated; nothing per field and no observer, so neither
 * start-up nor the WebUI's re-renders cost anything. Texts and numbers are computed when a tooltip
 * shows.
 */
import {
  englishLabelOf,
  fieldBlockAt,
  isDarkTheme,
  takeTitle,
  type FieldBlock,
  type Localization,
} from '../../webui/index.js';
import type { Words } from '../words.js';
import { languageTag } from '../../i18n/index.js';
import type { LiveContext, LiveLines } from './live.js';
import type { TooltipTable } from './texts.js';

export const TOOLTIP_ID = 'dbc-tooltip';

export interface TooltipOptions {
  localization: () => Localization;
  live: () => LiveContext | null;
  words: Words;
  /** The host's fields: English label → tooltip. */
  table: TooltipTable;
  /** The host's live lines. */
  lines: LiveLines;
}

export interface Tooltips {
  element: HTMLElement;
  disconnect(): void;
}

const CSS = `
#${TOOLTIP_ID}.dbc-tooltip { all: initial; position: fixed; z-index: 2147483000; max-width: 26rem; box-sizing: border-box;
  padding: 8px 10px; border-radius: 6px; font: 13px/1.45 system-ui, sans-serif; pointer-events: none;
  background: #ffffff; color: #1f2937; border: 1px solid #d1d5db; box-shadow: 0 4px 14px rgba(0,0,0,0.18); }
#${TOOLTIP_ID}.dbc-tooltip[data-theme="dark"] { background: #1f2937; color: #f3f4f6; border-color: #4b5563; }
#${TOOLTIP_ID}.dbc-tooltip[hidden] { display: none; }
#${TOOLTIP_ID} .dbc-tip-part { all: initial; display: block; font: inherit; color: inherit; margin: 0 0 4px;
  pointer-events: none; }
#${TOOLTIP_ID} .dbc-tip-live { font-weight: 600; color: #c2410c; }
#${TOOLTIP_ID}[data-theme="dark"] .dbc-tip-live { color: #fdba74; }
#${TOOLTIP_ID} .dbc-tip-source { font-size: 11px; opacity: 0.75; margin: 0; }
`;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Below the field if it fits, else above; never over it; kept inside the viewport horizontally. */
export function placeTooltip(
  field: Rect,
  tip: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const gap = 6;
  const below = field.bottom + gap;
  const top =
    below + tip.height <= viewport.height || field.top - gap - tip.height < 0 ? below : field.top - gap - tip.height;
  const left = Math.max(gap, Math.min(field.left, viewport.width - tip.width - gap));
  return { top, left };
}

export function attachTooltips(doc: Document, tabElement: Element, options: TooltipOptions): Tooltips {
  const tip = doc.createElement('div');
  tip.id = TOOLTIP_ID;
  tip.className = 'dbc-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.lang = languageTag(options.words.language);
  tip.hidden = true;
  const style = doc.createElement('style');
  style.textContent = CSS;
  doc.head.append(style);
  doc.body.append(tip);

  let current: Element | null = null;
  /** The extension's own hint of each label we took over, shown under ours. */
  const extensionHints = new WeakMap<Element, string>();

  const { words } = options;
  const show = (field: FieldBlock) => {
    if (current === field.block) return;
    const entry = englishLabelOf(field.labelElement, options.localization()).map(options.table).find(Boolean);
    const texts = entry && words.tooltip(entry.id);
    if (!entry || !texts) return;
    const hint = takeTitle(field.labelElement);
    if (hint) extensionHints.set(field.labelElement, hint);
    const { text, section } = texts;
    const parts: HTMLElement[] = [part(text, 'dbc-tip-part')];
    if (entry.live) {
      const context = options.live();
      parts.push(
        part(
          context ? options.lines.line(words, entry.live, context) : words.ui('tip.enterFrames'),
          'dbc-tip-part dbc-tip-live',
        ),
      );
    }
    const extensionHint = extensionHints.get(field.labelElement);
    if (extensionHint) parts.push(part(words.ui('tip.extensionHint', { hint: extensionHint }), 'dbc-tip-part'));
    parts.push(part(words.ui('tip.research', { section }), 'dbc-tip-part dbc-tip-source'));
    tip.replaceChildren(...parts);
    tip.dataset.theme = isDarkTheme(doc) ? 'dark' : 'light';
    tip.hidden = false;
    current = field.block;
    const view = doc.defaultView;
    const position = placeTooltip(field.block.getBoundingClientRect(), tip.getBoundingClientRect(), {
      width: view?.innerWidth ?? 1024,
      height: view?.innerHeight ?? 768,
    });
    tip.style.setProperty('top', `${position.top}px`);
    tip.style.setProperty('left', `${position.left}px`);
  };

  const hide = () => {
    tip.hidden = true;
    current = null;
  };

  function part(text: string, className: string) {
    const element = doc.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  }

  // One set of listeners on the tab, delegated: nothing per field, nothing to redo when Gradio
  // re-renders a field, and no observer at all.
  const onOver = (event: Event) => {
    const field = fieldBlockAt(event.target, tabElement);
    if (field) show(field);
    else hide();
  };
  const onLeave = (event: Event) => {
    const next = (event as MouseEvent | FocusEvent).relatedTarget;
    if (current && !(next instanceof Node && current.contains(next))) hide();
  };
  const onFocus = (event: Event) => {
    const field = fieldBlockAt(event.target, tabElement);
    if (!field) return;
    // Announced with the field: the description is linked when the field gets focus.
    const input = event.target as Element;
    const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (!described.includes(TOOLTIP_ID)) input.setAttribute('aria-describedby', [...described, TOOLTIP_ID].join(' '));
    show(field);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) hide();
  };
  tabElement.addEventListener('mouseover', onOver);
  tabElement.addEventListener('mouseout', onLeave);
  tabElement.addEventListener('focusin', onFocus);
  tabElement.addEventListener('focusout', onLeave);
  doc.addEventListener('keydown', onKey, true);

  return {
    element: tip,
    disconnect: () => {
      tabElement.removeEventListener('mouseover', onOver);
      tabElement.removeEventListener('mouseout', onLeave);
      tabElement.removeEventListener('focusin', onFocus);
      tabElement.removeEventListener('focusout', onLeave);
      doc.removeEventListener('keydown', onKey, true);
      tip.remove();
      style.remove();
    },
  };
}
