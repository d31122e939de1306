/**
 * Tooltips on every parameter of the Dreambooth tab: on hover and keyboard focus, gone on Escape or
 * leaving, placed beside the field (never over it), announced through aria-describedby.
 *
 * Cost: each field box gets its listeners once. Afterwards only the Dreambooth tab is observed, and
 * only the nodes a mutation adds are looked at; texts and numbers are computed when a tooltip shows.
 */
import { englishLabelOf, fieldBlocksIn, isDarkTheme, takeTitle, type FieldBlock, type Localization } from '../../webui/index.js';
import type { Words } from '../words.js';
import { liveLine, type LiveContext } from './live.js';
import { tooltipFor } from './texts.js';

export const TOOLTIP_ID = 'dbc-tooltip';

export interface TooltipOptions {
  localization: () => Localization;
  live: () => LiveContext | null;
  words: Words;
}

export interface Tooltips {
  element: HTMLElement;
  /** Field boxes with a tooltip attached. */
  attachedCount(): number;
  disconnect(): void;
}

const CSS = `
#${TOOLTIP_ID}.dbc-tooltip { all: initial; position: fixed; z-index: 2147483000; max-width: 26rem; box-sizing: border-box;
  padding: 8px 10px; border-radius: 6px; font: 13px/1.45 system-ui, sans-serif; pointer-events: none;
  background: #ffffff; color: #1f2937; border: 1px solid #d1d5db; box-shadow: 0 4px 14px rgba(0,0,0,0.18); }
#${TOOLTIP_ID}.dbc-tooltip[data-theme="dark"] { background: #1f2937; color: #f3f4f6; border-color: #4b5563; }
#${TOOLTIP_ID}.dbc-tooltip[hidden] { display: none; }
#${TOOLTIP_ID} .dbc-tip-part { all: initial; display: block; font: inherit; color: inherit; margin: 0 0 4px; }
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
export function placeTooltip(field: Rect, tip: { width: number; height: number }, viewport: { width: number; height: number }): { top: number; left: number } {
  const gap = 6;
  const below = field.bottom + gap;
  const top = below + tip.height <= viewport.height || field.top - gap - tip.height < 0 ? below : field.top - gap - tip.height;
  const left = Math.max(gap, Math.min(field.left, viewport.width - tip.width - gap));
  return { top, left };
}

export function attachTooltips(doc: Document, tabElement: Element, options: TooltipOptions): Tooltips {
  const tip = doc.createElement('div');
  tip.id = TOOLTIP_ID;
  tip.className = 'dbc-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  const style = doc.createElement('style');
  style.textContent = CSS;
  doc.head.append(style);
  doc.body.append(tip);

  const attached = new WeakSet<Element>();
  let count = 0;
  let current: Element | null = null;
  /** The extension's own hint of each label we took over, shown under ours. */
  const extensionHints = new WeakMap<Element, string>();

  const { words } = options;
  const show = (field: FieldBlock) => {
    const entry = englishLabelOf(field.labelElement, options.localization()).map(tooltipFor).find(Boolean);
    const texts = entry && words.tooltip(entry.id);
    if (!entry || !texts) return;
    const hint = takeTitle(field.labelElement);
    if (hint) extensionHints.set(field.labelElement, hint);
    const { text, section } = texts;
    const parts: HTMLElement[] = [part(text, 'dbc-tip-part')];
    if (entry.live) {
      const context = options.live();
      parts.push(part(context ? liveLine(words, entry.live, context) : words.ui('tip.enterFrames'), 'dbc-tip-part dbc-tip-live'));
    }
    const extensionHint = extensionHints.get(field.labelElement);
    if (extensionHint) parts.push(part(words.ui('tip.extensionHint', { hint: extensionHint }), 'dbc-tip-part'));
    parts.push(part(words.ui('tip.research', { section }), 'dbc-tip-part dbc-tip-source'));
    tip.replaceChildren(...parts);
    tip.dataset.theme = isDarkTheme(doc) ? 'dark' : 'light';
    tip.hidden = false;
    current = field.block;
    const view = doc.defaultView;
    const position = placeTooltip(field.block.getBoundingClientRect(), tip.getBoundingClientRect(), { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 });
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

  const attach = (field: FieldBlock) => {
    if (attached.has(field.block)) return;
    attached.add(field.block);
    count++;
    field.block.addEventListener('mouseenter', () => show(field));
    field.block.addEventListener('mouseleave', hide);
    field.block.addEventListener('focusin', () => show(field));
    field.block.addEventListener('focusout', hide);
    for (const input of field.inputs) {
      const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      if (!described.includes(TOOLTIP_ID)) input.setAttribute('aria-describedby', [...described, TOOLTIP_ID].join(' '));
    }
  };

  const attachWithin = (root: Element) => {
    for (const field of fieldBlocksIn(root)) attach(field);
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) hide();
  };
  doc.addEventListener('keydown', onKey, true);

  attachWithin(tabElement);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1) attachWithin(node as Element);
    }
  });
  observer.observe(tabElement, { childList: true, subtree: true });

  return {
    element: tip,
    attachedCount: () => count,
    disconnect: () => {
      observer.disconnect();
      doc.removeEventListener('keydown', onKey, true);
      tip.remove();
      style.remove();
    },
  };
}
