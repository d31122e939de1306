// @vitest-environment jsdom
// On a page that is not the WebUI the companion holds nothing: no observer, no timer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDERED_GRACE_MS, RENDER_LIMIT_MS, whenHostReady } from '../../src/webui/ready.js';

/** Counts the observers that are observing right now. */
function trackObservers() {
  const Native = window.MutationObserver;
  const live = new Set<MutationObserver>();
  window.MutationObserver = class extends Native {
    override observe(target: Node, options?: MutationObserverInit) {
      live.add(this);
      super.observe(target, options);
    }
    override disconnect() {
      live.delete(this);
      super.disconnect();
    }
  };
  return { live, restore: () => (window.MutationObserver = Native) };
}

let observers: ReturnType<typeof trackObservers>;
beforeEach(() => {
  document.body.replaceChildren();
  observers = trackObservers();
  vi.useFakeTimers();
});
afterEach(() => {
  observers.restore();
  vi.useRealTimers();
});

describe('waiting for the Dreambooth tab', () => {
  it('on a page without a Gradio app (ComfyUI, Jupyter, a dev server): null at once, nothing watched', async () => {
    document.body.innerHTML = '<div id="app"><canvas></canvas></div>';
    await expect(whenHostReady(document)).resolves.toBeNull();
    expect(observers.live.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('on a Gradio app that renders its tabs without Dreambooth: null after a grace period, nothing left', async () => {
    document.body.innerHTML = '<gradio-app></gradio-app>';
    const waiting = whenHostReady(document);
    expect(observers.live.size).toBe(1);
    document.querySelector('gradio-app')!.innerHTML = '<div id="tabs"><div id="tab_txt2img"></div></div>';
    await vi.advanceTimersByTimeAsync(RENDERED_GRACE_MS);
    await expect(waiting).resolves.toBeNull();
    expect(observers.live.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('on the WebUI: the tab once Gradio renders it, and the watching ends', async () => {
    document.body.innerHTML = '<gradio-app></gradio-app>';
    const waiting = whenHostReady(document);
    document.querySelector('gradio-app')!.innerHTML =
      '<div id="tabs"><div id="tab_txt2img"></div><div id="tab_dreambooth_v2"></div></div>';
    await vi.advanceTimersByTimeAsync(0);
    await expect(waiting).resolves.toEqual({ kind: 'a1111', root: document.getElementById('tab_dreambooth_v2') });
    expect(observers.live.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up on a Gradio page that never renders', async () => {
    document.body.innerHTML = '<gradio-app></gradio-app>';
    const waiting = whenHostReady(document);
    await vi.advanceTimersByTimeAsync(RENDER_LIMIT_MS);
    await expect(waiting).resolves.toBeNull();
    expect(observers.live.size).toBe(0);
  });
});
