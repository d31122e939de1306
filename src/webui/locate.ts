/**
 * Finding the Dreambooth tab and its fields by label, scoped to the tab (other WebUI tabs repeat
 * labels such as "Batch size" and "Prompt"), per concept where a field is per concept, in every UI
 * generation and under an A1111 localization. Hidden tabs, closed accordions and "Hide Advanced"
 * only hide elements, so everything is found from the first render.
 */
import { componentOf, type Component } from './components.js';
import { CONCEPT_FIELDS, FIELDS, type ConceptFieldKey, type FieldKey, type Generation } from './fields.js';
import { BLOCK, FIELD_LABEL, FIELD_INPUTS, TAB_IDS, conceptDirectoryId } from './selectors.js';

/** A1111's `localization` object: English text → the text shown. */
export type Localization = Readonly<Record<string, string>>;

export interface LabelledElement {
  /** The English label (the shown text translated back when a localization is active). */
  label: string;
  element: Element;
}

export interface DreamboothTab {
  root: Element;
  generation: Generation;
  /** Concept slots in order; each scope holds that concept's fields. */
  concepts: Element[];
  find(key: FieldKey): Component | null;
  findInConcept(key: ConceptFieldKey, concept: number): Component | null;
  /** Every field label of the tab, in page order. */
  labels: LabelledElement[];
}

/** The tab element, or null before Gradio rendered it. */
export function findTabElement(doc: Document): Element | null {
  const root: ParentNode = doc.querySelector('gradio-app')?.shadowRoot ?? doc;
  for (const id of TAB_IDS) {
    const tab = root.querySelector(`#${id}`);
    if (tab) return tab;
  }
  return null;
}

/** Resolves once the tab exists, watching the document only until then. */
export function whenTabReady(doc: Document): Promise<Element> {
  const existing = findTabElement(doc);
  if (existing) return Promise.resolve(existing);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const tab = findTabElement(doc);
      if (tab) {
        observer.disconnect();
        resolve(tab);
      }
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });
}

/** English label of a shown text: the text itself, or its original under the localization. */
export function englishLabels(localization: Localization = {}): (shown: string) => string {
  const reverse = new Map(Object.entries(localization).map(([english, shown]) => [shown.trim(), english]));
  return (shown) => {
    const text = shown.trim();
    return reverse.get(text) ?? text;
  };
}

function labelsIn(scope: Element, toEnglish: (shown: string) => string): LabelledElement[] {
  return [...scope.querySelectorAll(FIELD_LABEL)].map((element) => ({ label: toEnglish(element.textContent ?? ''), element }));
}

/** Reads the tab once: labels, generation and concept scopes. */
export function locateTab(tabElement: Element, localization: Localization = {}): DreamboothTab {
  const toEnglish = englishLabels(localization);
  const labels = labelsIn(tabElement, toEnglish);
  const has = (label: string) => labels.some((entry) => entry.label === label);
  const generation = detectGeneration(tabElement, has);
  const concepts = conceptScopes(tabElement, labels);
  const inConcept = (element: Element) => concepts.some((scope) => scope.contains(element));

  const first = (aliases: readonly string[], within: LabelledElement[]): Component | null => {
    for (const alias of aliases) {
      const match = within.find((entry) => entry.label === alias);
      if (match) return componentOf(match.element, alias);
    }
    return null;
  };

  return {
    root: tabElement,
    generation,
    concepts,
    labels,
    find: (key) => first(FIELDS[key], labels.filter((entry) => !inConcept(entry.element))),
    findInConcept: (key, concept) => {
      const scope = concepts[concept - 1];
      if (!scope) return null;
      return first(CONCEPT_FIELDS[key], labels.filter((entry) => scope.contains(entry.element)));
    },
  };
}

function detectGeneration(tab: Element, has: (label: string) => boolean): Generation {
  if (tab.id === 'tab_dreambooth_v2') return 'current';
  if (has('Max Training Steps') || has('Train Text Encoder')) return '2022-12';
  if (has('Optimizer')) return '2023-04';
  return '2023-01';
}

/**
 * Each concept's container: the largest ancestor of its instance-directory box that holds no other
 * concept's box. Works for sub-tabs and accordions alike, and needs no "Concept N" text (which a
 * localization may change). Directory boxes are found by id (Jan 2023 on) or by label order.
 */
function conceptScopes(tab: Element, labels: LabelledElement[]): Element[] {
  const anchors: Element[] = [];
  for (let concept = 1; ; concept++) {
    const box = tab.querySelector(`#${conceptDirectoryId(concept)}`);
    if (!box) break;
    anchors.push(box);
  }
  if (anchors.length === 0) {
    for (const entry of labels) if (entry.label === 'Dataset Directory') anchors.push(entry.element);
  }
  return anchors.map((anchor) => {
    let scope = anchor;
    while (scope.parentElement && scope.parentElement !== tab && !anchors.some((other) => other !== anchor && scope.parentElement!.contains(other))) {
      scope = scope.parentElement;
    }
    return scope;
  });
}

/** A field's box with its label and inputs, for attaching behaviour (tooltips) to it. */
export interface FieldBlock {
  labelElement: Element;
  block: Element;
  inputs: Element[];
}

/** Field boxes in (or around) a subtree: what changed after a re-render, or the whole tab. */
export function fieldBlocksIn(root: Element): FieldBlock[] {
  const labels = root.matches(FIELD_LABEL) ? [root] : [...root.querySelectorAll(FIELD_LABEL)];
  const blocks: FieldBlock[] = [];
  for (const labelElement of labels) {
    const block = labelElement.closest(BLOCK);
    if (block) blocks.push({ labelElement, block, inputs: [...block.querySelectorAll(FIELD_INPUTS)] });
  }
  return blocks;
}

/**
 * Takes the extension's own `title` hint off a field's label (its hint code puts it there, and puts
 * it back on every UI update) so the browser's native tooltip does not cover ours; returns its text.
 */
export function takeTitle(labelElement: Element): string | null {
  const title = labelElement.getAttribute('title');
  if (title === null) return null;
  labelElement.removeAttribute('title');
  return title.trim() === '' ? null : title;
}
