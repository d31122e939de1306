// @vitest-environment jsdom
// The adapter on the real rendered markup of Gradio 3.36 (reference snippets), not only on our fixtures.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { componentOf, fitValue, readComponent, writeComponent } from '../../src/webui/components.js';

const SNIPPETS = {
  number: `<div id="component-204" class="block svelte-kz0ejz padded" style="border-style: solid; overflow: visible; min-width: min(160px, 100%);"><div class="wrap default full svelte-zlszon hide" style="position: absolute; padding: 0px;"></div> <label class="block"><span data-testid="block-info" class="svelte-1gfkn6j">Learning Rate</span>  <input type="number" class="svelte-1u9o4y0"></label></div>`,
  slider: `<div id="component-192" class="block svelte-kz0ejz padded" style="border-style: solid; overflow: visible; min-width: min(160px, 100%);"><div class="wrap default full svelte-zlszon hide" style="position: absolute; padding: 0px;"></div> <div class="wrap svelte-1cl284s"><div class="head svelte-1cl284s"><label for="range_id_38"><span data-testid="block-info" class="svelte-1gfkn6j">Batch Size</span> </label> <input data-testid="number-input" type="number" min="1" max="100" step="1" class="svelte-1cl284s"></div></div> <input type="range" id="range_id_38" name="cowbell" min="1" max="100" step="1" class="svelte-1cl284s"></div>`,
  checkbox: `<div id="component-161" class="block svelte-kz0ejz padded" style="border-style: solid; overflow: visible; min-width: min(160px, 100%);"><div class="wrap default full svelte-zlszon hide" style="position: absolute; padding: 0px;"></div>  <label class="svelte-1ojmf70"><input type="checkbox" name="test" data-testid="checkbox" class="svelte-1ojmf70"> <span class="ml-2 svelte-1ojmf70">Use EMA</span></label></div>`,
  dropdown: `<div id="component-207" class="block svelte-kz0ejz padded" style="border-style: solid; overflow: visible; min-width: min(160px, 100%);"><div class="wrap default full svelte-zlszon hide" style="position: absolute; padding: 0px;"></div> <label><span data-testid="block-info" class="svelte-1gfkn6j">Learning Rate Scheduler</span>  <div class="wrap svelte-aqlk7e"><div class="wrap-inner svelte-aqlk7e"> <div class="secondary-wrap svelte-aqlk7e"><input class="border-none svelte-aqlk7e" autocomplete="off"> <div class="token-remove remove-all svelte-aqlk7e hide" title="Clear"><svg></svg></div> <svg></svg></div></div> <div class="reference"></div> </div></label></div>`,
  textbox: `<div id="component-47" class="block svelte-kz0ejz padded" style="border-style: solid; overflow: visible; min-width: min(160px, 100%);"> <label class="svelte-1pie7s6"><span data-testid="block-info" class="svelte-1gfkn6j">Instance Token</span>   <textarea data-testid="textbox" class="scroll-hide svelte-1pie7s6" placeholder="" rows="1" style="overflow-y: scroll; height: 42px;"></textarea></label></div>`,
};

function load(html: string) {
  document.body.innerHTML = html;
  const label = document.querySelector('span[data-testid="block-info"], input[type="checkbox"] + span')!;
  return componentOf(label, label.textContent!)!;
}

/** Records the type of every event that reaches the document (they must bubble there, as Gradio's do). */
function recordEvents() {
  const seen: string[] = [];
  for (const type of ['input', 'change', 'focus', 'mousedown']) {
    document.addEventListener(
      type,
      (event) => seen.push(`${type}@${(event.target as Element).tagName.toLowerCase()}`),
      true,
    );
  }
  return seen;
}

describe('Gradio 3 markup', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('recognises each component kind', () => {
    expect(load(SNIPPETS.number).kind).toBe('number');
    expect(load(SNIPPETS.slider).kind).toBe('slider');
    expect(load(SNIPPETS.checkbox).kind).toBe('checkbox');
    expect(load(SNIPPETS.dropdown).kind).toBe('dropdown');
    expect(load(SNIPPETS.textbox).kind).toBe('textbox');
  });

  it('writes a Number with a bubbling input event', () => {
    const component = load(SNIPPETS.number);
    const listener = vi.fn();
    component.block.addEventListener('input', listener);
    writeComponent(component, 5e-7);
    expect(component.block.querySelector('input')!.value).toBe('5e-7');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(readComponent(component)).toBe(5e-7);
  });

  it('writes both boxes of a Slider with input events', () => {
    const component = load(SNIPPETS.slider);
    const seen = recordEvents();
    writeComponent(component, 4);
    expect(seen).toEqual(['input@input', 'input@input']);
    expect((component.block.querySelector('input[type=number]') as HTMLInputElement).value).toBe('4');
    expect((component.block.querySelector('input[type=range]') as HTMLInputElement).value).toBe('4');
  });

  it('refuses what a Slider cannot hold, and snaps to its step', () => {
    const component = load(SNIPPETS.slider);
    expect(fitValue(component, 250)).toEqual({ ok: false, why: 'range', min: 1, max: 100 });
    expect(fitValue(component, 0)).toMatchObject({ ok: false });
    expect(fitValue(component, Number.NaN)).toEqual({ ok: false, why: 'not-finite' });
    expect(fitValue(component, -2)).toEqual({ ok: false, why: 'negative' });
    expect(fitValue(component, 3.4)).toEqual({ ok: true, value: 3 });
    expect(() => writeComponent(component, Number.NaN)).toThrow('Batch Size: refusing to write NaN');
    expect(() => writeComponent(component, Number.POSITIVE_INFINITY)).toThrow('refusing');
  });

  it('sets a Checkbox with a change event, only when it changes', () => {
    const component = load(SNIPPETS.checkbox);
    const seen = recordEvents();
    writeComponent(component, true);
    writeComponent(component, true);
    expect(seen).toEqual(['change@input']);
    expect(readComponent(component)).toBe(true);
  });

  it('selects a Dropdown option by focus then mousedown, never by typing', () => {
    const component = load(SNIPPETS.dropdown);
    const filter = component.block.querySelector('input')!;
    // Gradio renders the option list while open; emulate that on focus, as the real component does.
    filter.addEventListener('focus', () => {
      const list = document.createElement('ul');
      list.className = 'options';
      for (const value of ['constant', 'cosine']) {
        const item = document.createElement('li');
        item.dataset.value = value;
        item.addEventListener('mousedown', () => (filter.value = value));
        list.append(item);
      }
      component.block.querySelector('.wrap')!.append(list);
    });
    const seen = recordEvents();
    writeComponent(component, 'cosine');
    expect(seen).toEqual(['focus@input', 'mousedown@li']);
    expect(readComponent(component)).toBe('cosine');
    expect(() => writeComponent(component, 'rex')).toThrow('"rex" is not one of its options');
  });

  it('writes a Textbox with an input event', () => {
    const component = load(SNIPPETS.textbox);
    const seen = recordEvents();
    writeComponent(component, 'sks');
    expect(seen).toEqual(['input@textarea']);
  });
});
