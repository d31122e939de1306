/**
 * Finding the Dreambooth tab and its fields, scoped to the tab (other WebUI tabs repeat labels such
 * as "Batch size" and "Prompt"), per concept where a field is per concept, in every UI generation and
 * under any label rewrite: A1111's localization, the bilingual-localization extension's wrappers in
 * either order, extra whitespace, hint icons or emoji. Stable element ids come first where the
 * extension sets them. A label that matches two fields is ambiguous: neither is taken. Hidden tabs,
 * closed accordions and "Hide Advanced" only hide elements, so everything is found from the first
 * render.
 */
import { componentOf, type Component } from './components.js';
import { CONCEPT_FIELDS, FIELDS, type ConceptFieldKey, type FieldKey, type Generation } from './fields.js';
import {
  BILINGUAL_ORIGINAL,
  BILINGUAL_WRAPPER,
  BLOCK,
  FIELD_LABEL,
  TAB_IDS,
  FIELD_IDS,
  SAVE_BUTTON,
  conceptClassDirectoryId,
  conceptDirectoryId,
} from './selectors.js';

/** A1111's `localization` object: English text → the text shown. */
export type Localization = Readonly<Record<string, string>>;

export interface LabelledElement {
  /** The English texts the label may stand for (the page's own, or translated back). */
  english: string[];
  /** The texts the label itself shows (a bilingual label shows two), before any translating back. */
  direct: string[];
  /** The label as the page shows it to the user. */
  shown: string;
  element: Element;
}

export interface DreamboothTab {
  root: Element;
  generation: Generation;
  /** Concept slots in order; each scope holds that concept's fields. */
  concepts: Element[];
  /** A field by its key; null when missing or ambiguous. */
  find(key: FieldKey): Component | null;
  findInConcept(key: ConceptFieldKey, concept: number): Component | null;
  /** Fields whose label matched more than one field of the tab: never read, never written. */
  ambiguous: FieldKey[];
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

/** Label text without what other extensions add around it: emoji, hint icons, runs of whitespace. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u2139\u24d8\u2753\u2754\ufe0f\u200b]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * English labels of a shown text: the text itself, and every original the localization translates
 * to it (a file may give several English labels one translation: L4Ph's ja_JP shows both "Max
 * Resolution" and "Max Res" as 最大解像度).
 */
export function englishLabels(localization: Localization = {}): (shown: string) => string[] {
  let translate = translators.get(localization);
  if (!translate) {
    const reverse = new Map<string, string[]>();
    for (const [english, shown] of Object.entries(localization)) {
      const key = normaliseLabel(shown);
      reverse.set(key, [...(reverse.get(key) ?? []), english]);
    }
    translate = (shown) => {
      const text = normaliseLabel(shown);
      return [text, ...(reverse.get(text) ?? [])];
    };
    translators.set(localization, translate);
  }
  return translate;
}

/** A localization's reverse map is built once per map: a community file has thousands of entries. */
const translators = new WeakMap<Localization, (shown: string) => string[]>();

/**
 * What a label element says. A bilingual wrapper holds the translation and the original (in either
 * order: one as text, one in <em>); both are candidates, and the shown label is the one that is not
 * the original English.
 */
export function readLabel(element: Element, toEnglish: (shown: string) => string[]): LabelledElement {
  const wrapper = element.querySelector(BILINGUAL_WRAPPER);
  if (wrapper) {
    const emphasised = normaliseLabel(wrapper.querySelector(BILINGUAL_ORIGINAL)?.textContent ?? '');
    const plain = normaliseLabel(
      [...wrapper.childNodes]
        .filter((node) => node.nodeType === 3)
        .map((node) => node.textContent)
        .join(' '),
    );
    const parts = [emphasised, plain].filter(Boolean);
    const english = [...new Set(parts.flatMap(toEnglish))];
    const shown = parts.find((part) => /[^\x00-\x7f]/.test(part)) ?? parts[0] ?? '';
    return { english, direct: parts, shown, element };
  }
  const shown = normaliseLabel(element.textContent ?? '');
  return { english: [...new Set(toEnglish(shown))], direct: [shown], shown, element };
}

export function labelsIn(scope: Element, toEnglish: (shown: string) => string[]): LabelledElement[] {
  return [...scope.querySelectorAll(FIELD_LABEL)].map((element) => readLabel(element, toEnglish));
}

type Lookup = { component: Component } | { ambiguous: true } | null;

const blockOf = (entry: LabelledElement) => entry.element.closest(BLOCK) ?? entry.element;
const oneBlock = (entries: LabelledElement[]) => new Set(entries.map(blockOf)).size === 1;

/**
 * The one field whose label is the first alias that matches; ambiguous when it matches several. When
 * only a translation several English labels share makes them match, the label that shows the alias
 * itself, or the field's own element id, tells which one it is.
 */
export function lookup(aliases: readonly string[], within: LabelledElement[], ids: readonly string[] = []): Lookup {
  for (const alias of aliases) {
    let matches = within.filter((entry) => entry.english.includes(alias));
    if (matches.length > 0 && !oneBlock(matches)) {
      const direct = matches.filter((entry) => entry.direct.includes(alias));
      const byId = matches.filter((entry) => ids.some((id) => blockOf(entry).closest(`#${id}`)));
      const decided = [direct, byId].find((entries) => entries.length > 0 && oneBlock(entries));
      if (!decided) return { ambiguous: true };
      matches = decided;
    }
    const match = matches[0];
    if (match) {
      const component = componentOf(match.element, alias, match.shown);
      if (component) return { component };
    }
  }
  return null;
}

/** Reads the tab once: labels, generation and concept scopes. */
export function locateTab(tabElement: Element, localization: Localization = {}): DreamboothTab {
  const toEnglish = englishLabels(localization);
  const labels = labelsIn(tabElement, toEnglish);
  const has = (label: string) => labels.some((entry) => entry.english.includes(label));
  const generation = detectGeneration(tabElement, has);
  const concepts = conceptScopes(tabElement, labels);
  const inConcept = (element: Element) => concepts.some((scope) => scope.contains(element));
  const outside = labels.filter((entry) => !inConcept(entry.element));

  const found = new Map<FieldKey, Lookup>();
  for (const key of Object.keys(FIELDS) as FieldKey[]) found.set(key, lookup(FIELDS[key], outside, FIELD_IDS[key]));
  const componentOfLookup = (result: Lookup | undefined) => (result && 'component' in result ? result.component : null);

  return {
    root: tabElement,
    generation,
    concepts,
    labels,
    ambiguous: [...found].filter(([, result]) => result !== null && 'ambiguous' in result).map(([key]) => key),
    find: (key) => componentOfLookup(found.get(key)),
    findInConcept: (key, concept) => {
      const scope = concepts[concept - 1];
      if (!scope) return null;
      // The concept directories have stable ids (Jan 2023 on); use them before any label.
      const anchorId =
        key === 'instanceDirectory'
          ? conceptDirectoryId(concept)
          : key === 'classDirectory'
            ? conceptClassDirectoryId(concept)
            : null;
      const anchor = anchorId ? tabElement.querySelector(`#${anchorId}`) : null;
      const anchorLabel = anchor?.querySelector(FIELD_LABEL);
      if (anchorLabel) return componentOf(anchorLabel, CONCEPT_FIELDS[key][0], readLabel(anchorLabel, toEnglish).shown);
      // Instance fields leave out the concept's class images part, which repeats "Directory" and
      // "Prompt"; the class directory is looked for in that part only.
      const classPart = classScope(tabElement, scope, concept);
      const within = labels.filter((entry) => {
        if (!scope.contains(entry.element)) return false;
        if (key.startsWith('instance')) return !classPart?.contains(entry.element);
        if (key === 'classDirectory' && classPart) return classPart.contains(entry.element);
        return true;
      });
      return componentOfLookup(lookup(CONCEPT_FIELDS[key], within));
    },
  };
}

function detectGeneration(tab: Element, has: (label: string) => boolean): Generation {
  if (tab.id === 'tab_dreambooth_v2') return 'current';
  if (has('Max Training Steps') || has('Train Text Encoder')) return '2022-12';
  if (has('Optimizer')) return '2023-04';
  return '2023-01';
}

/** The largest part of a concept's scope around its class directory box that leaves out its instance box. */
function classScope(tab: Element, scope: Element, concept: number): Element | null {
  const classBox = tab.querySelector(`#${conceptClassDirectoryId(concept)}`);
  const instanceBox = tab.querySelector(`#${conceptDirectoryId(concept)}`);
  if (!classBox || !instanceBox || !scope.contains(classBox)) return null;
  let part = classBox;
  while (part.parentElement && part.parentElement !== scope && !part.parentElement.contains(instanceBox))
    part = part.parentElement;
  return part;
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
    for (const entry of labels) if (entry.english.includes('Dataset Directory')) anchors.push(entry.element);
  }
  return anchors.map((anchor) => {
    let scope = anchor;
    while (
      scope.parentElement &&
      scope.parentElement !== tab &&
      !anchors.some((other) => other !== anchor && scope.parentElement!.contains(other))
    ) {
      scope = scope.parentElement;
    }
    return scope;
  });
}

/** A field's box with its label, for behaviour on it (tooltips). */
export interface FieldBlock {
  labelElement: Element;
  block: Element;
}

/** The field box an event happened in (a hover, a focus), within the tab; null outside any field. */
export function fieldBlockAt(target: EventTarget | null, tab: Element): FieldBlock | null {
  const element = target instanceof Element ? target : null;
  const block = element?.closest(BLOCK);
  if (!block || !tab.contains(block)) return null;
  const labelElement = block.querySelector(FIELD_LABEL);
  return labelElement ? { labelElement, block } : null;
}

/** The English label of a field box's label element, under any of the rewrites above. */
export function englishLabelOf(labelElement: Element, localization: Localization): string[] {
  return readLabel(labelElement, englishLabels(localization)).english;
}

/** Save Settings as the page shows it (保存设置 on a Chinese page), to name it in what we say. */
export function saveButtonLabel(tabElement: Element): string {
  const button = tabElement.querySelector(SAVE_BUTTON);
  return (button && readLabel(button, (shown) => [shown]).shown) || 'Save Settings';
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
