/**
 * A stand-in for the A1111 WebUI page with the Dreambooth tab, built from the extension's field
 * catalog with the markup Gradio 3 renders (as captured from a live Gradio 3.36 page).
 *
 * Like Gradio, each component keeps its own state and updates it only on the events Gradio listens
 * to; "Save Settings" reports that state, not what the inputs display. A write
 * that skips the right event therefore shows up as a mismatch, in the demo and in the tests.
 */
import type { CatalogField, CatalogVersion } from './catalog.js';

export type FieldValue = string | number | boolean | null;

export interface DemoPage {
  /** The value Gradio holds for each saved field, keyed by config key (concepts: concepts_list[i].key). */
  state(): Record<string, FieldValue>;
  /** Clicks "Save Settings" and returns what the backend would receive. */
  save(): Record<string, FieldValue>;
}

interface Segment {
  kind: 'Tab' | 'Accordion' | 'Row' | 'Column' | 'Heading';
  label: string;
  id?: string;
  hidden: boolean;
  collapsed: boolean;
}

/** Parses a catalog path segment such as "Accordion:Learning Rate (collapsed)" or "Tab:Concepts#TabConcepts". */
function parseSegment(text: string): Segment {
  const kind = /^(Tab|Accordion|Row|Column|Heading)/.exec(text)?.[1] as Segment['kind'];
  const label = /:([^#[(]+?)(?:\s*\(|\s*\[|#|$)/.exec(text)?.[1]?.trim() ?? '';
  const id = /#([\w-]+)/.exec(text)?.[1];
  return {
    kind,
    label,
    ...(id ? { id } : {}),
    hidden: text.includes('[hidden initially]'),
    collapsed: text.includes('(collapsed)'),
  };
}

export interface DemoOptions {
  /** Hide the advanced fields, as the current extension does after load. */
  hideAdvanced?: boolean;
  /** Initial values by state key (e.g. "concepts_list[0].instance_data_dir"), instead of the code defaults. */
  initial?: Record<string, FieldValue>;
}

export function buildDemoPage(
  doc: Document,
  host: Element,
  version: CatalogVersion,
  options: DemoOptions = {},
): DemoPage {
  let componentCounter = 100;
  let rangeCounter = 1;
  const state = new Map<string, FieldValue>();
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // The WebUI around the extension: its top-level tabs, with labels other tabs repeat.
  const app = el('div', { class: 'gradio-container' });
  const topTabs = el('div', { class: 'tabs', id: 'tabs' });
  const topNav = el('div', { class: 'tab-nav scroll-hide' });
  topTabs.append(topNav);
  app.append(topTabs);
  host.append(app);

  const addTopTab = (title: string, id: string, selected: boolean) => {
    const button = el('button', selected ? { class: 'selected' } : {}, `${title} `);
    const item = el('div', { id, class: 'tabitem', style: `display: ${selected ? 'block' : 'none'};` });
    button.addEventListener('click', () => selectTab(topNav, topTabs, button));
    topNav.append(button);
    topTabs.append(item);
    return item;
  };
  const txt2img = addTopTab('txt2img', 'tab_txt2img', false);
  txt2img.append(numberBlock('Batch size', 'component-1'), textboxBlock('Prompt', 'component-2'));
  const dreambooth = addTopTab('Dreambooth', version.tabId, true);
  addTopTab('Settings', 'tab_settings', false);

  const containers = new Map<string, Element>();
  const tabGroups = new Map<Element, { nav: Element; tabs: Element }>();

  /** The element a path leads to, creating the containers on the way. */
  const containerFor = (path: string[], concept: number | null): Element => {
    let parent: Element = dreambooth;
    let key = '';
    for (const raw of path) {
      const text = concept === null ? raw : raw.replaceAll('{n}', String(concept));
      key += `>${text}`;
      const existing = containers.get(key);
      if (existing) {
        parent = existing;
        continue;
      }
      const segment = parseSegment(text);
      const created = createContainer(parent, segment);
      containers.set(key, created);
      parent = created;
    }
    return parent;
  };

  const createContainer = (parent: Element, segment: Segment): Element => {
    switch (segment.kind) {
      case 'Tab': {
        let group = tabGroups.get(parent);
        if (!group) {
          const tabs = el('div', { class: 'tabs', id: `component-${componentCounter++}` });
          const nav = el('div', { class: 'tab-nav scroll-hide' });
          tabs.append(nav);
          parent.append(tabs);
          group = { nav, tabs };
          tabGroups.set(parent, group);
        }
        const first = group.nav.children.length === 0;
        const button = el('button', first ? { class: 'selected' } : {}, `${segment.label} `);
        const item = el('div', {
          id: segment.id ?? `component-${componentCounter++}`,
          class: 'tabitem',
          style: `display: ${first ? 'block' : 'none'};`,
        });
        const gap = el('div', { class: 'gap' });
        item.append(gap);
        const { nav, tabs } = group;
        button.addEventListener('click', () => selectTab(nav, tabs, button));
        nav.append(button);
        tabs.append(item);
        return gap;
      }
      case 'Accordion': {
        const block = el('div', { id: segment.id ?? `component-${componentCounter++}`, class: 'block padded' });
        const head = el('div', { class: `label-wrap${segment.collapsed ? '' : ' open'}` });
        head.append(el('span', {}, segment.label), doc.createTextNode(' '), el('span', { class: 'icon' }, '▼'));
        const body = el('div', { style: `display: ${segment.collapsed ? 'none' : 'block'};` });
        const gap = el('div', { class: 'gap' });
        body.append(gap);
        head.addEventListener('click', () => {
          const open = (body as HTMLElement).style.display === 'none';
          (body as HTMLElement).style.display = open ? 'block' : 'none';
          head.classList.toggle('open', open);
        });
        block.append(head, body);
        parent.append(block);
        return gap;
      }
      case 'Heading': {
        const section = el('div', { class: 'gap' });
        section.append(el('span', { class: 'hh' }, segment.label));
        parent.append(section);
        return section;
      }
      default: {
        const box = el('div', {
          class: `${segment.kind === 'Row' ? 'row' : 'column'}${segment.hidden ? ' hide' : ''}`,
          id: segment.id ?? `component-${componentCounter++}`,
        });
        parent.append(box);
        return box;
      }
    }
  };

  function selectTab(nav: Element, tabs: Element, button: Element) {
    const index = [...nav.children].indexOf(button);
    [...nav.children].forEach((other, i) => other.classList.toggle('selected', i === index));
    [...tabs.children]
      .slice(1)
      .forEach((item, i) => ((item as HTMLElement).style.display = i === index ? 'block' : 'none'));
  }

  function blockShell(id: string, hidden: boolean) {
    const block = el('div', { id, class: `block padded${hidden ? ' hidden' : ''}` });
    block.append(el('div', { class: 'wrap default full hide' }), doc.createTextNode(' '));
    return block;
  }

  function numberBlock(label: string, id: string, hidden = false) {
    const block = blockShell(id, hidden);
    const wrap = el('label', { class: 'block' });
    wrap.append(
      el('span', { 'data-testid': 'block-info' }, label),
      doc.createTextNode('  '),
      el('input', { type: 'number' }),
    );
    block.append(wrap);
    return block;
  }

  function textboxBlock(label: string, id: string, hidden = false) {
    const block = blockShell(id, hidden);
    const wrap = el('label', {});
    wrap.append(
      el('span', { 'data-testid': 'block-info' }, label),
      doc.createTextNode('   '),
      el('textarea', { 'data-testid': 'textbox', class: 'scroll-hide', rows: '1' }),
    );
    block.append(wrap);
    return block;
  }

  const buildField = (field: CatalogField, concept: number | null) => {
    const parent = containerFor(field.path, concept);
    const elemId = field.elemId?.replace('{n}', String(concept));
    const id = elemId ?? `component-${componentCounter++}`;
    const hidden = Boolean(field.hidden) || (Boolean(options.hideAdvanced) && Boolean(field.advancedOnly));
    const label = field.label ?? '';
    const stateKey = field.configKey?.replace('[n-1]', `[${(concept ?? 1) - 1}]`);
    const override =
      stateKey !== undefined && options.initial && stateKey in options.initial ? options.initial[stateKey] : undefined;
    const initialValue = override === undefined ? field.default : override;
    const setState = (value: FieldValue) => {
      if (stateKey) state.set(stateKey, value);
    };

    switch (field.type) {
      case 'Number': {
        const block = numberBlock(label, id, hidden);
        const input = block.querySelector('input')!;
        input.value = initialValue === null || initialValue === undefined ? '' : String(initialValue);
        setState(toNumber(input.value, field.precision));
        input.addEventListener('input', () => setState(toNumber(input.value, field.precision)));
        parent.append(block);
        return;
      }
      case 'Slider': {
        const block = blockShell(id, hidden);
        const rangeId = `range_id_${rangeCounter++}`;
        const limits = { min: String(field.min ?? 0), max: String(field.max ?? 100), step: String(field.step ?? 1) };
        const wrap = el('div', { class: 'wrap' });
        const head = el('div', { class: 'head' });
        const labelEl = el('label', { for: rangeId });
        labelEl.append(el('span', { 'data-testid': 'block-info' }, label));
        const box = el('input', { 'data-testid': 'number-input', type: 'number', ...limits });
        head.append(labelEl, doc.createTextNode(' '), box);
        wrap.append(head);
        const range = el('input', { type: 'range', id: rangeId, name: 'cowbell', ...limits });
        block.append(wrap, doc.createTextNode(' '), range);
        const initial = String(initialValue ?? field.min ?? 0);
        box.value = initial;
        range.value = initial;
        setState(Number(initial));
        // Gradio's slider: the number box commits on input; the range on input or change.
        box.addEventListener('input', () => setState(toNumber(box.value)));
        range.addEventListener('input', () => setState(toNumber(range.value)));
        range.addEventListener('change', () => setState(toNumber(range.value)));
        parent.append(block);
        return;
      }
      case 'Checkbox': {
        const block = blockShell(id, hidden);
        const wrap = el('label', {});
        const box = el('input', { type: 'checkbox', name: 'test', 'data-testid': 'checkbox' });
        box.checked = initialValue === true;
        wrap.append(box, doc.createTextNode(' '), el('span', { class: 'ml-2' }, label));
        block.append(wrap);
        setState(box.checked);
        box.addEventListener('change', () => setState(box.checked));
        box.addEventListener('input', () => setState(box.checked));
        parent.append(block);
        return;
      }
      case 'Dropdown': {
        // Defaults computed at runtime (select_precision(), select_attention()) pick the last choice.
        const initial = initialValue ?? field.choices?.at(-1) ?? '';
        parent.append(dropdownBlock(label, id, hidden, field.choices ?? [], String(initial), setState));
        return;
      }
      case 'Textbox': {
        const block = textboxBlock(label, id, hidden);
        const area = block.querySelector('textarea')!;
        area.value = initialValue === null || initialValue === undefined ? '' : String(initialValue);
        setState(area.value);
        area.addEventListener('input', () => setState(area.value));
        parent.append(block);
        return;
      }
      case 'Button': {
        const button = el('button', { class: `sm secondary${hidden ? ' hidden' : ''}`, id }, label);
        parent.append(button);
        return;
      }
      default: {
        const block = el('div', { id, class: `prose${hidden ? ' hidden' : ''}` }, field.type === 'HTML' ? label : '');
        parent.append(block);
      }
    }
  };

  /** Gradio 3's Dropdown: a filter input; the option list exists only while it is open. */
  function dropdownBlock(
    label: string,
    id: string,
    hidden: boolean,
    choices: string[],
    initial: string | null,
    setState: (value: FieldValue) => void,
  ) {
    const block = blockShell(id, hidden);
    const wrap = el('label', {});
    const outer = el('div', { class: 'wrap' });
    const inner = el('div', { class: 'wrap-inner' });
    const secondary = el('div', { class: 'secondary-wrap' });
    const input = el('input', { class: 'border-none', autocomplete: 'off' });
    secondary.append(input);
    inner.append(secondary);
    outer.append(inner, el('div', { class: 'reference' }));
    wrap.append(el('span', { 'data-testid': 'block-info' }, label), doc.createTextNode('  '), outer);
    block.append(wrap);
    let value = initial;
    input.value = value ?? '';
    setState(value);
    let typed = false;
    const close = () => {
      outer.querySelector('ul.options')?.remove();
      inner.classList.remove('showOptions');
    };
    input.addEventListener('focus', () => {
      close();
      const list = el('ul', { class: 'options', 'aria-expanded': 'true' });
      for (const choice of choices) {
        const item = el('li', {
          class: `item${choice === value ? ' selected' : ''}`,
          role: 'button',
          'data-value': choice,
          'aria-label': choice,
        });
        item.append(el('span', { class: 'inner-item' }, '✓'), doc.createTextNode(` ${choice} `));
        item.addEventListener('mousedown', () => {
          value = choice;
          input.value = choice;
          typed = false;
          setState(value);
          close();
        });
        list.append(item);
      }
      inner.classList.add('showOptions');
      outer.append(list);
    });
    input.addEventListener('input', () => (typed = true));
    input.addEventListener('blur', () => {
      // Typing then leaving empties a Gradio 3 dropdown (its value becomes null): a silent loss.
      if (typed) {
        value = null;
        setState(null);
        typed = false;
      }
      close();
    });
    return block;
  }

  for (const field of version.fields) {
    if (field.perConcept) {
      for (let concept = 1; concept <= version.conceptSlots; concept++) buildField(field, concept);
    } else {
      buildField(field, null);
    }
  }

  const snapshot = () => Object.fromEntries([...state.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return {
    state: snapshot,
    save: () => {
      (doc.getElementById('db_save_config') as HTMLButtonElement | null)?.click();
      return snapshot();
    },
  };
}

/** What Gradio's Number sends: a float, rounded for a precision-0 field; an unparsable box sends null. */
function toNumber(text: string, precision?: number): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return precision === 0 ? Math.round(value) : value;
}
