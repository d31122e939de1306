/**
 * Reading and writing one Gradio 3 component so that Gradio's own state (and so the backend) takes
 * the value: each kind listens to different events (measured on a live Gradio 3 page), and
 * setting `.value` alone changes only what the page shows.
 */
import {
  BLOCK,
  CHECKBOX_INPUT,
  DROPDOWN_INPUT,
  DROPDOWN_OPTION,
  NUMBER_INPUT,
  SLIDER_NUMBER,
  SLIDER_RANGE,
  TEXTBOX_INPUT,
} from './selectors.js';

export type ComponentKind = 'number' | 'slider' | 'checkbox' | 'dropdown' | 'textbox';
export type ComponentValue = number | string | boolean | null;

export interface Component {
  kind: ComponentKind;
  /** The English label it was found by. */
  label: string;
  /** The label as the page shows it (a localized page shows its translation). */
  shownLabel: string;
  block: Element;
}

/** Why a number cannot go into a field as it is. */
export type FitFailure = { why: 'not-finite' } | { why: 'negative' } | { why: 'range'; min: number; max: number };
export type Fit = { ok: true; value: number } | ({ ok: false } & FitFailure);

/** The component a label belongs to, by what the block contains. */
export function componentOf(labelElement: Element, label: string, shownLabel = label): Component | null {
  const block = labelElement.closest(BLOCK) ?? labelElement.parentElement;
  if (!block) return null;
  const kind: ComponentKind | null = block.querySelector(SLIDER_RANGE)
    ? 'slider'
    : block.querySelector(CHECKBOX_INPUT)
      ? 'checkbox'
      : block.querySelector(DROPDOWN_INPUT)
        ? 'dropdown'
        : block.querySelector(NUMBER_INPUT)
          ? 'number'
          : block.querySelector(TEXTBOX_INPUT)
            ? 'textbox'
            : null;
  return kind ? { kind, label, shownLabel, block } : null;
}

function input(component: Component, selector: string): HTMLInputElement {
  const element = component.block.querySelector<HTMLInputElement>(selector);
  if (!element) throw new Error(`${component.label}: its input is missing`);
  return element;
}

/** The value the field shows: numbers as numbers (null when empty or not a number), text, or a checkbox's state. */
export function readComponent(component: Component): ComponentValue {
  switch (component.kind) {
    case 'checkbox':
      return input(component, CHECKBOX_INPUT).checked;
    case 'dropdown':
      return input(component, DROPDOWN_INPUT).value;
    case 'textbox':
      return input(component, TEXTBOX_INPUT).value;
    case 'slider':
      return parseNumber(input(component, SLIDER_NUMBER).value);
    case 'number':
      return parseNumber(input(component, NUMBER_INPUT).value);
  }
}

/** The raw text of a numeric field, to show the user what the page held. */
export function readText(component: Component): string {
  const value = readComponent(component);
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (component.kind === 'slider' || component.kind === 'number') {
    return input(component, component.kind === 'slider' ? SLIDER_NUMBER : NUMBER_INPUT).value;
  }
  return String(value);
}

function parseNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A slider's own limits (a Number box has none in Gradio 3). */
export function limitsOf(component: Component): { min: number; max: number; step: number } | null {
  if (component.kind !== 'slider') return null;
  const range = input(component, SLIDER_RANGE);
  const min = Number(range.getAttribute('min') ?? '0');
  const max = Number(range.getAttribute('max') ?? '100');
  const step = Number(range.getAttribute('step') ?? '1');
  return { min, max, step: step > 0 ? step : 1 };
}

/**
 * Whether a number can go into the field as it is: finite, not negative (unless the field's own range
 * starts below 0, as the kohya_ss GUI's Stop TE slider's -1), inside a slider's range, snapped to its
 * step. Out of range is refused rather than clamped: a clamped number would be a value the research
 * did not give.
 */
export function fitValue(component: Component, value: number): Fit {
  if (!Number.isFinite(value)) return { ok: false, why: 'not-finite' };
  const limits = limitsOf(component);
  if (value < 0 && !(limits && limits.min <= value)) return { ok: false, why: 'negative' };
  if (!limits) return { ok: true, value };
  if (value < limits.min || value > limits.max) {
    return { ok: false, why: 'range', min: limits.min, max: limits.max };
  }
  const steps = Math.round((value - limits.min) / limits.step);
  const decimals = (String(limits.step).split('.')[1] ?? '').length;
  const snapped = Number((limits.min + steps * limits.step).toFixed(decimals));
  return { ok: true, value: Math.min(limits.max, snapped) };
}

/** Event constructors of the element's own window (the page's, or a test document's). */
function eventsOf(target: Element) {
  const view = (target.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
  return { Event: view.Event, FocusEvent: view.FocusEvent, MouseEvent: view.MouseEvent };
}

function dispatch(target: Element, type: 'input' | 'change') {
  target.dispatchEvent(new (eventsOf(target).Event)(type, { bubbles: true }));
}

/**
 * Writes a value the way Gradio registers it for the component's kind. Numbers must have passed
 * fitValue; a dropdown value must be one of its options. Throws, naming the field, otherwise.
 */
export function writeComponent(component: Component, value: ComponentValue): void {
  switch (component.kind) {
    case 'number':
    case 'slider': {
      // '' only restores a field that was empty before (undo); anything else must be a finite number.
      if (value !== '' && (typeof value !== 'number' || !Number.isFinite(value)))
        throw new Error(`${component.label}: refusing to write ${String(value)}`);
      const text = String(value);
      // Both boxes of a slider, so the page shows what Gradio holds without waiting for a re-render.
      const targets =
        component.kind === 'slider'
          ? [input(component, SLIDER_NUMBER), input(component, SLIDER_RANGE)]
          : [input(component, NUMBER_INPUT)];
      for (const target of targets) {
        target.value = text;
        dispatch(target, 'input');
      }
      return;
    }
    case 'checkbox': {
      const box = input(component, CHECKBOX_INPUT);
      if (typeof value !== 'boolean') throw new Error(`${component.label}: refusing to write ${String(value)}`);
      if (box.checked === value) return;
      box.checked = value;
      dispatch(box, 'change');
      return;
    }
    case 'textbox': {
      const area = input(component, TEXTBOX_INPUT);
      area.value = String(value ?? '');
      dispatch(area, 'input');
      return;
    }
    case 'dropdown': {
      // Focus opens the option list (even while hidden); a mousedown on the option selects exactly it.
      // Gradio 3.41 renders the list a microtask after focus: selectOption waits for it.
      const filter = input(component, DROPDOWN_INPUT);
      const { FocusEvent, MouseEvent } = eventsOf(filter);
      filter.dispatchEvent(new FocusEvent('focus'));
      const option = [...component.block.querySelectorAll(DROPDOWN_OPTION)].find(
        (item) => item.getAttribute('data-value') === value,
      );
      if (!option) {
        filter.dispatchEvent(new FocusEvent('blur'));
        throw new Error(`${component.label}: "${String(value)}" is not one of its options`);
      }
      option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      return;
    }
  }
}

/**
 * A dropdown set to one of its options as Gradio 3.41 takes it: focus opens the option list, which
 * Svelte renders a microtask later (the demo page's at once), then a mousedown on the option.
 */
export async function selectOption(component: Component, value: string): Promise<void> {
  const filter = input(component, DROPDOWN_INPUT);
  const { FocusEvent, MouseEvent } = eventsOf(filter);
  filter.dispatchEvent(new FocusEvent('focus'));
  const find = () =>
    [...component.block.querySelectorAll(DROPDOWN_OPTION)].find((item) => item.getAttribute('data-value') === value);
  let option = find();
  for (let tick = 0; !option && tick < 5; tick++) {
    await Promise.resolve();
    option = find();
  }
  if (!option) {
    filter.dispatchEvent(new FocusEvent('blur'));
    throw new Error(`${component.label}: "${value}" is not one of its options`);
  }
  option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
}
