// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachTooltips, placeTooltip, type Tooltips } from '../../../src/ui/tooltips/tooltips.js';
import { liveContext, liveLine } from '../../../src/ui/tooltips/live.js';
import { tooltipFor } from '../../../src/ui/tooltips/texts.js';
import { a1111Host } from '../../../src/webui/index.js';
import { createSession } from '../../../src/ui/session.js';
import { saveFrames } from '../../../src/ui/storage.js';
import { words } from '../../helpers/words.js';
import { blockOf, buildPage } from '../../webui/page-fixture.js';

let tooltips: Tooltips | undefined;

function setup(options: { localization?: Record<string, string>; frames?: number } = {}) {
  const { tab } = buildPage('HEAD', {
    initial: { model_name: 'sks-dog', 'concepts_list[0].instance_data_dir': '/data/dog' },
  });
  if (options.frames) saveFrames(document, 'sks-dog', { 1: options.frames });
  const session = createSession(words());
  const localization = options.localization ?? {};
  tooltips = attachTooltips(document, tab, {
    localization: () => localization,
    words: session.words,
    table: tooltipFor,
    lines: { line: liveLine },
    live: () => liveContext(document, a1111Host(tab), localization, session),
  });
  return { tab, tip: tooltips.element, session };
}

/** The pointer moves onto a field's label, and off the field, as the browser reports it (bubbling). */
const hover = (block: Element) =>
  (block.querySelector('span') ?? block).dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
const leave = (block: Element) =>
  block.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));

describe('tooltips', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => tooltips?.disconnect());

  it('show our text, the live number and the research section on hover, and hide on leaving', () => {
    const { tab, tip } = setup({ frames: 20 });
    const block = blockOf(tab, 'Learning Rate');
    hover(block);
    expect(tip.hidden).toBe(false);
    expect([...tip.children].map((child) => child.textContent)).toEqual([
      expect.stringContaining('How far each step moves the model'),
      'With your 20 frames at strength medium: LR 5e-7. Twice the frames would halve it; twice the strength would make it 1e-6.',
      'Research: Advanced Dreambooth Formula; learning_rate',
    ]);
    leave(block);
    expect(tip.hidden).toBe(true);
  });

  it('ask for frames when the dataset is not known yet', () => {
    const { tab, tip } = setup();
    hover(blockOf(tab, 'Training Steps Per Image (Epochs)'));
    expect(tip.textContent).toContain('Enter your frames in Autofill to see the numbers for your dataset.');
  });

  it('show the steps at this and the neighbouring batch sizes', () => {
    const { tab, tip } = setup({ frames: 20 });
    hover(blockOf(tab, 'Batch Size'));
    expect(tip.textContent).toContain(
      'Steps for your 20 frames: batch 1 → 2000 (100 epochs), batch 2 → 1485 (149 epochs).',
    );
  });

  it("follow the panel's strength", () => {
    const { tab, tip, session } = setup({ frames: 20 });
    session.strength = 'hard';
    hover(blockOf(tab, 'Learning Rate'));
    expect(tip.textContent).toContain('With your 20 frames at strength hard: LR 1e-6.');
  });

  it('show on keyboard focus, are announced through aria-describedby, and close on Escape', () => {
    const { tab, tip } = setup();
    const input = blockOf(tab, 'Gradient Accumulation Steps').querySelector('input[type=number]')!;
    input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(input.getAttribute('aria-describedby')).toBe('dbc-tooltip');
    expect(tip.hidden).toBe(false);
    expect(tip.getAttribute('role')).toBe('tooltip');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tip.hidden).toBe(true);
  });

  it("take over the extension's own title hint instead of fighting it", () => {
    const { tab, tip } = setup();
    const label = blockOf(tab, 'Pad Tokens').querySelector('input + span')!;
    label.setAttribute('title', 'Pad the input images token length to this amount.');
    hover(blockOf(tab, 'Pad Tokens'));
    expect(label.hasAttribute('title')).toBe(false);
    expect(tip.textContent).toContain('Extension hint: Pad the input images token length to this amount.');
  });

  it('work on a field Gradio re-rendered, with no observer and nothing attached per field', () => {
    const observe = vi.spyOn(window.MutationObserver.prototype, 'observe');
    const { tab, tip } = setup();
    expect(observe).not.toHaveBeenCalled();
    const old = blockOf(tab, 'Batch Size');
    const fresh = old.cloneNode(true) as Element;
    old.replaceWith(fresh);
    hover(fresh);
    expect(tip.textContent).toContain('Frames per step.');
    observe.mockRestore();
  });

  it('move from field to field, and hide between fields', () => {
    const { tab, tip } = setup();
    hover(blockOf(tab, 'Batch Size'));
    expect(tip.textContent).toContain('Frames per step.');
    hover(blockOf(tab, 'Learning Rate'));
    expect(tip.textContent).toContain('How far each step moves the model');
    tab.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tip.hidden).toBe(true);
  });

  it('find localized labels through the localization map', () => {
    const localization = { 'Batch Size': 'Taille du lot' };
    const { tab, tip } = setup({ localization });
    const label = [...tab.querySelectorAll('span')].find((span) => span.textContent === 'Batch Size')!;
    label.textContent = 'Taille du lot';
    hover(label.closest('div.block')!);
    expect(tip.textContent).toContain('Frames per step.');
  });

  it('render page strings as text, never as markup', () => {
    const localization = { 'Pad Tokens': 'Pad' };
    const { tab, tip } = setup({ localization });
    const label = blockOf(tab, 'Pad Tokens').querySelector('input + span')!;
    label.setAttribute('title', '<img src=x onerror=alert(1)>');
    hover(blockOf(tab, 'Pad Tokens'));
    expect(tip.querySelector('img')).toBeNull();
    expect(tip.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('tooltip placement', () => {
  const viewport = { width: 1000, height: 800 };
  it('goes below the field when it fits', () => {
    expect(placeTooltip({ top: 100, bottom: 140, left: 50, right: 300 }, { width: 300, height: 80 }, viewport)).toEqual(
      { top: 146, left: 50 },
    );
  });
  it('goes above the field near the bottom, never over it', () => {
    const field = { top: 700, bottom: 740, left: 50, right: 300 };
    const placed = placeTooltip(field, { width: 300, height: 80 }, viewport);
    expect(placed.top + 80).toBeLessThanOrEqual(field.top);
  });
  it('stays inside the viewport horizontally', () => {
    expect(
      placeTooltip({ top: 100, bottom: 140, left: 900, right: 990 }, { width: 300, height: 80 }, viewport).left,
    ).toBe(694);
  });
});
