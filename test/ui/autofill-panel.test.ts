// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { a1111Setup } from '../../src/ui/a1111-setup.js';
import { mountCompanion } from '../../src/ui/mount.js';
import fc from 'fast-check';
import { blockOf, buildPage } from '../webui/page-fixture.js';
import { mountOptions } from '../helpers/words.js';
import type { VersionKey } from '../../src/demo/catalog.js';

/** A preview row as the user reads it: now → planned. */
function change($: (hook: string) => Element | null, id: string): string {
  return `${$(`now-${id}`)!.textContent} → ${$(`value-${id}`)!.textContent}`;
}

function open(
  key: VersionKey = 'HEAD',
  initial: Record<string, string | number | boolean> = {
    model_name: 'sks-dog',
    'concepts_list[0].instance_data_dir': '/data/dog',
  },
) {
  const { page, tab } = buildPage(key, { initial });
  const host = mountCompanion(document, a1111Setup(tab), mountOptions()).element;
  const root = host.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(hook: string) => root.querySelector<T>(`[data-dbc="${hook}"]`);
  $('autofill')!.click();
  const type = (hook: string, text: string) => {
    const field = $<HTMLInputElement>(hook)!;
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { page, tab, host, root, $, type };
}

describe('the Autofill panel', () => {
  beforeEach(() => localStorage.clear());

  it('mounts once at the top of the tab, in an open shadow root', () => {
    const { tab, host } = open();
    expect(tab.firstElementChild).toBe(host);
    expect(mountCompanion(document, a1111Setup(tab), mountOptions()).element).toBe(host);
    expect(tab.querySelectorAll('[data-dbc-host]')).toHaveLength(1);
    expect(host.shadowRoot!.querySelector('style')!.textContent).toContain(':host');
  });

  it('a page field it could not read is said above the warnings, never only in the folded part', () => {
    const { page, tab } = buildPage('HEAD', { initial: { 'concepts_list[0].instance_data_dir': '/data/dog' } });
    // Another extension adds a second "Max Resolution" to the tab: neither is read.
    blockOf(tab, 'Batch Size').after(blockOf(tab, 'Max Resolution').cloneNode(true));
    const root = mountCompanion(document, a1111Setup(tab), mountOptions()).element.shadowRoot!;
    root.querySelector<HTMLElement>('[data-dbc="autofill"]')!.click();
    const frames = root.querySelector<HTMLInputElement>('[data-dbc="frames-1"]')!;
    frames.value = '20';
    frames.dispatchEvent(new Event('input', { bubbles: true }));
    const notes = root.querySelector('[data-dbc="page-notes"]')!;
    expect(notes.textContent).toBe(
      'Max Resolution: more than one field matches; not read and never written; assumed 512',
    );
    expect(notes.closest('details')).toBeNull();
    expect(page.state()).toMatchObject({ resolution: 512 });
  });

  it('previews, applies so Gradio holds the values, and undoes', () => {
    const { page, $, type } = open();
    type('frames-1', '20');
    const prior = $<HTMLInputElement>('prior')!;
    prior.checked = true;
    prior.dispatchEvent(new Event('change'));
    expect(change($, 'learningRate')).toBe('2e-6 → 5e-7');
    expect(change($, 'epochs')).toBe('100 → unchanged');
    expect(change($, 'classImages-1')).toBe('0 → 100');
    // bf16 weights (Full Mixed Precision, on by default) would round 5e-7 away: the row unticks it (R13).
    expect(change($, 'fullMixedPrecision')).toBe('on → off');
    expect([...$('warnings')!.querySelectorAll('li')].map((item) => item.dataset.code)).toEqual(['precision-rounding']);

    $('apply')!.click();
    expect(page.state()).toMatchObject({
      learning_rate: 5e-7,
      txt_learning_rate: 5e-7,
      num_train_epochs: 100,
      full_mixed_precision: false,
      'concepts_list[0].num_class_images_per': 100,
    });
    expect($('status')!.textContent).toBe(
      'Wrote Learning Rate Warmup Steps 500 → 205, Learning Rate 2e-6 → 5e-7, Text Encoder Learning Rate 1e-6 → 5e-7, Full Mixed Precision on → off, Class Images Per Instance Image · concept 1 0 → 100. Click Save Settings to keep them.',
    );
    expect(change($, 'learningRate')).toBe('5e-7 → unchanged');

    $('undo')!.click();
    expect(page.state()).toMatchObject({
      learning_rate: 2e-6,
      txt_learning_rate: 1e-6,
      'concepts_list[0].num_class_images_per': 0,
    });
    expect($<HTMLButtonElement>('undo')!.disabled).toBe(true);
  });

  it('lets the user untick a row', () => {
    const { page, $, type } = open();
    type('frames-1', '20');
    const row = $<HTMLInputElement>('row-textLearningRate')!;
    row.checked = false;
    row.dispatchEvent(new Event('change'));
    $('apply')!.click();
    expect(page.state()).toMatchObject({ learning_rate: 5e-7, txt_learning_rate: 1e-6 });
  });

  it.each([
    ['', 'Frames of concept 1: enter how many images the concept has'],
    ['0', 'Frames of concept 1: too small (at least 1), got 0'],
    ['2.5', 'Frames of concept 1: not a whole number, got 2.5'],
    ['ten', 'Frames of concept 1: not a number, got "ten"'],
    ['1e9', 'Frames of concept 1: too large (at most 100000), got 1000000000'],
    ['1000000000', 'Frames of concept 1: too large (at most 100000), got 1000000000'],
    ['-4', 'Frames of concept 1: too small (at least 1), got -4'],
  ])('frames %j: says what is wrong, writes nothing', (text, message) => {
    const { page, $, type } = open();
    const before = page.state();
    type('frames-1', text);
    expect($('panel')!.textContent).toContain(message);
    expect($<HTMLButtonElement>('apply')!.disabled).toBe(true);
    expect($('frames-1')!.getAttribute('aria-invalid')).toBe('true');
    $('apply')!.click();
    expect(page.state()).toEqual(before);
  });

  it('names an unknown strength', () => {
    const { $, type } = open();
    type('frames-1', '20');
    type('strength', 'brutal');
    expect($('panel')!.textContent).toContain('Strength: unknown strength "brutal"');
    expect($<HTMLButtonElement>('apply')!.disabled).toBe(true);
  });

  it('a batch size adopted from the options table is written with the plan', () => {
    const { page, root, $, type } = open();
    type('frames-1', '20');
    root.querySelector<HTMLButtonElement>('[data-dbc="batch-4"]')!.click();
    expect(change($, 'batchSize')).toBe('1 → 4');
    $('apply')!.click();
    expect(page.state()).toMatchObject({ train_batch_size: 4, num_train_epochs: 230 });
  });

  it('asks for every active concept and remembers the counts per model', () => {
    const initial = {
      model_name: 'duo',
      'concepts_list[0].instance_data_dir': '/data/a',
      'concepts_list[2].instance_data_dir': '/data/b',
    };
    const first = open('HEAD', initial);
    expect(first.$('frames-2')).toBeNull();
    first.type('frames-1', '10');
    first.type('frames-3', '10');
    first.$('apply')!.click();
    expect(first.page.state()).toMatchObject({ learning_rate: 1e-6 });
    const again = open('HEAD', initial);
    expect(again.$<HTMLInputElement>('frames-1')!.value).toBe('10');
    expect(again.$<HTMLInputElement>('frames-3')!.value).toBe('10');
  });

  it('does not write a value the field cannot hold', () => {
    const { page, $, type } = open('HEAD', {
      'concepts_list[0].instance_data_dir': '/data/dog',
      resolution: 2048,
      stop_text_encoder: 0,
    });
    type('frames-1', '10');
    expect(change($, 'epochs')).toBe('100 → not written');
    expect($<HTMLInputElement>('row-epochs')!.disabled).toBe(true);
    $('apply')!.click();
    expect(page.state()).toMatchObject({ num_train_epochs: 100 });
  });

  it('writes Max Training Steps and total class images on the Dec 2022 UI', () => {
    const { page, $, type } = open('2022-12-20', { 'concepts_list[0].instance_data_dir': '/data/dog' });
    type('frames-1', '10');
    const prior = $<HTMLInputElement>('prior')!;
    prior.checked = true;
    prior.dispatchEvent(new Event('change'));
    $('apply')!.click();
    expect(page.state()).toMatchObject({
      max_train_steps: 1000,
      learning_rate: 1e-6,
      'concepts_list[0].num_class_images': 1000,
    });
  });

  it('closes on Escape and hands focus back to the button', () => {
    const { $ } = open();
    $('panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect($('panel')!.hidden).toBe(true);
    expect($('autofill')!.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the Autofill panel when the form changes under it', () => {
  beforeEach(() => localStorage.clear());

  it('does not apply a stale preview', () => {
    const { page, tab, $, type } = open();
    type('frames-1', '20');
    expect(change($, 'epochs')).toBe('100 → unchanged');
    // The user raises Batch Size in the form after the preview was shown.
    const batch = [...tab.querySelectorAll('span[data-testid="block-info"]')]
      .find((span) => span.textContent === 'Batch Size')!
      .closest('div.block')!;
    const box = batch.querySelector('input[type=number]') as HTMLInputElement;
    box.value = '4';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const before = page.state();
    $('apply')!.click();
    expect($('status')!.textContent).toBe(
      'The form changed since the preview. Check the updated preview, then Apply again.',
    );
    expect(page.state()).toEqual(before);
    expect(change($, 'epochs')).toBe('100 → 230');
    $('apply')!.click();
    expect(page.state()).toMatchObject({ train_batch_size: 4, num_train_epochs: 230 });
  });
});

describe('the Autofill panel under hostile input', () => {
  beforeEach(() => localStorage.clear());

  it('Undo restores only what is still ours and names the field it kept', () => {
    const { page, tab, $, type } = open();
    type('frames-1', '20');
    $('apply')!.click();
    // The user then types their own rate into Learning Rate.
    const box = blockOf(tab, 'Learning Rate').querySelector('input[type=number]') as HTMLInputElement;
    box.value = '3e-6';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    $('undo')!.click();
    expect(page.state()).toMatchObject({ learning_rate: 3e-6, txt_learning_rate: 1e-6 });
    expect($('status')!.textContent).toBe(
      'Kept your Learning Rate 3e-6 (changed since Apply). Restored Learning Rate Warmup Steps 500, Text Encoder Learning Rate 1e-6, Full Mixed Precision on.',
    );
  });

  it('the status describes the latest state: typing after Apply clears the old report', () => {
    const { $, type } = open();
    type('frames-1', '20');
    $('apply')!.click();
    expect($('status')!.textContent).toContain('Wrote');
    type('frames-1', 'x');
    expect($<HTMLButtonElement>('apply')!.disabled).toBe(true);
    expect($('status')!.textContent).toBe('');
  });

  it('drops a stored frame count that is out of bounds instead of freezing on it', () => {
    localStorage.setItem('dreambooth-companion:frames:sks-dog', JSON.stringify({ 1: 1_000_000_000 }));
    const { $ } = open();
    expect($<HTMLInputElement>('frames-1')!.value).toBe('');
    expect($('status')!.textContent).toBe(
      'The remembered frames of concept 1 were dropped (too large (at most 100000), got 1000000000).',
    );
  });

  it('marks batch sizes whose epochs do not fit the Epochs slider, and they cannot be chosen', () => {
    const { page, root, type } = open();
    type('frames-1', '100');
    const large = root.querySelector<HTMLButtonElement>('[data-dbc="batch-50"]')!;
    // 100 frames with TE at BS 50: (10000 + 100 · 49) / √50 = 2107 steps → 2107 · 50 / 100 ≈ 1054 epochs.
    expect(large.disabled).toBe(true);
    expect(large.textContent).toBe('Does not fit');
    expect(large.title).toBe("Training Steps Per Image (Epochs) 1054 does not fit the field's range 0 to 1000.");
    expect(root.querySelector<HTMLButtonElement>('[data-dbc="batch-20"]')!.disabled).toBe(false);
    large.click();
    expect(page.state()).toMatchObject({ train_batch_size: 1 });
  });

  it('random text in every panel field never writes an invalid value', () => {
    const junk = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('1e9', '-1', 'NaN', 'Infinity', '1e308', '0', '0.5', '99999', '3', ' 20 ', '1e-320'),
    );
    fc.assert(
      fc.property(junk, junk, fc.constantFrom('advanced', 'standard', 'filewords'), (frames, strength, mode) => {
        localStorage.clear();
        const { page, tab, $, type } = open();
        const before = page.state();
        type('frames-1', frames);
        type('strength', strength);
        const select = $<HTMLSelectElement>('mode')!;
        select.value = mode;
        select.dispatchEvent(new Event('change'));
        $('apply')!.click();
        for (const [key, value] of Object.entries(page.state())) {
          if (value === before[key]) continue;
          // Numbers the plan wrote, or Full Mixed Precision unticked (R13).
          if (key === 'full_mixed_precision') expect(value).toBe(false);
          else
            expect(typeof value === 'number' && Number.isFinite(value) && value >= 0, `${key} = ${value}`).toBe(true);
        }
        for (const range of tab.querySelectorAll<HTMLInputElement>('input[type=range]')) {
          const value = Number(range.value);
          expect(value >= Number(range.min) && value <= Number(range.max)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("the Autofill panel plans for the extension's own schedulers (R9)", () => {
  beforeEach(() => localStorage.clear());
  const tick = (box: HTMLInputElement, checked: boolean) => {
    box.checked = checked;
    box.dispatchEvent(new Event('change'));
  };

  it('constant: proposes Starting Factor 1; unticked, the warning about factor × rate comes back', () => {
    const { page, $, type } = open('HEAD', {
      'concepts_list[0].instance_data_dir': '/data/dog',
      lr_scheduler: 'constant',
      lr_warmup_steps: 0,
    });
    type('frames-1', '20');
    expect(change($, 'startFactor')).toBe('0.5 → 1');
    const codes = () => [...$('warnings')!.querySelectorAll('li')].map((item) => item.dataset.code);
    expect(codes()).not.toContain('scheduler-start-factor');
    tick($<HTMLInputElement>('row-startFactor')!, false);
    expect(codes()).toContain('scheduler-start-factor');
    expect($('warnings')!.textContent).toContain(
      'multiplies the rate by its Starting Factor 0.5 for the first 50% of the run',
    );
    tick($<HTMLInputElement>('row-startFactor')!, true);
    $('apply')!.click();
    expect(page.state()).toMatchObject({ lr_factor: 1, num_train_epochs: 100, learning_rate: 5e-7 });
  });

  it("linear: counts as unmeasured and names linear_with_warmup as the research's linear", () => {
    const { $, type } = open('HEAD', {
      'concepts_list[0].instance_data_dir': '/data/dog',
      lr_scheduler: 'linear',
      lr_warmup_steps: 0,
    });
    type('frames-1', '20');
    expect(change($, 'epochs')).toBe('100 → unchanged');
    expect($('warnings')!.textContent).toContain("The research's linear (×2 steps) is linear_with_warmup.");
  });

  it('Lion: the rate rows start unticked, with a warning that the research did not measure it', () => {
    const { page, $, type } = open('HEAD', {
      'concepts_list[0].instance_data_dir': '/data/dog',
      optimizer: 'Lion',
      lr_warmup_steps: 0,
    });
    type('frames-1', '20');
    expect($<HTMLInputElement>('row-learningRate')!.checked).toBe(false);
    expect([...$('warnings')!.querySelectorAll('li')].map((item) => item.dataset.code)).toContain(
      'optimizer-unmeasured',
    );
    $('apply')!.click();
    expect(page.state()).toMatchObject({ learning_rate: 2e-6 });
  });
});

describe('the compact panel', () => {
  beforeEach(() => localStorage.clear());

  it('folds "From the page" and the batch-size table by default and remembers what the user unfolds', () => {
    const first = open();
    first.type('frames-1', '20');
    const sources = first.$<HTMLDetailsElement>('sources')!;
    expect(sources.open).toBe(false);
    expect(first.$<HTMLDetailsElement>('batches')!.open).toBe(false);
    sources.open = true;
    sources.dispatchEvent(new Event('toggle'));
    const again = open();
    expect(again.$<HTMLDetailsElement>('sources')!.open).toBe(true);
    expect(again.$<HTMLDetailsElement>('batches')!.open).toBe(false);
  });

  it('Enter in a field applies; Escape closes and gives focus back to the Autofill button', () => {
    const { page, $, type } = open();
    type('frames-1', '20');
    $('frames-1')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(page.state()).toMatchObject({ learning_rate: 5e-7 });
    $('frames-1')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect($('panel')!.hidden).toBe(true);
    expect(
      $('autofill')!.getRootNode() instanceof ShadowRoot && ($('autofill')!.getRootNode() as ShadowRoot).activeElement,
    ).toBe($('autofill'));
  });
});

describe("the learning-rate chart (R9): the trainer's curve beside the research's", () => {
  beforeEach(() => localStorage.clear());

  function openWithChart(initial: Record<string, string | number | boolean>) {
    const { tab } = buildPage('HEAD', { initial: { 'concepts_list[0].instance_data_dir': '/data/dog', ...initial } });
    const root = mountCompanion(document, a1111Setup(tab), mountOptions()).element.shadowRoot!;
    const $ = <T extends Element = HTMLElement>(hook: string) => root.querySelector<T>(`[data-dbc="${hook}"]`);
    const type = (text: string) => {
      const field = $<HTMLInputElement>('frames-1')!;
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    return { $, type, open: () => $('autofill')!.click() };
  }
  const yOf = (polyline: Element) =>
    polyline
      .getAttribute('points')!
      .split(' ')
      .map((point) => Number(point.split(',')[1]));

  it('with class images, linear_with_warmup is drawn reaching 0 at mid-run, beside the constant_with_warmup planned', () => {
    const { $, type, open } = openWithChart({ lr_scheduler: 'linear_with_warmup', lr_warmup_steps: 0 });
    open();
    type('20');
    const prior = $<HTMLInputElement>('prior')!;
    prior.checked = true;
    prior.dispatchEvent(new Event('change'));
    const chart = $('rate-chart')!;
    expect(chart.querySelector('figcaption')!.textContent).toBe('Learning rate over the run (R9)');
    expect([...chart.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'constant_with_warmup: what the trainer runs',
      'linear_with_warmup as set',
      "the research's constant plan",
    ]);
    const planned = yOf($('curve-planned')!);
    const asSet = yOf($('curve-as-set')!);
    const research = yOf($('curve-research')!);
    // The planned run holds the research's rate all along; linear as set ends at 0 (the axis) halfway.
    expect(new Set(planned)).toEqual(new Set([research[0]]));
    expect(planned).toHaveLength(160);
    const baseline = Number($('rate-chart-svg')!.querySelector('line')!.getAttribute('y1'));
    expect(asSet.slice(82).every((y) => y === baseline)).toBe(true);
    expect(asSet[0]).toBe(research[0]);
  });

  it('shows no curve where the plan has no rate for the trainer (LoRA, R15)', () => {
    const { $, type, open } = openWithChart({ use_lora: true });
    open();
    type('20');
    expect($('summary')!.textContent).not.toBe('');
    expect($('rate-chart')).toBeNull();
  });
});
