/**
 * Which page the companion is on, once Gradio has rendered it: the A1111 WebUI's Dreambooth tab (by
 * its element id) or the kohya_ss GUI's (by the GUI's own tabs, under any localization). Both may run
 * on 127.0.0.1:7860, so the page tells, not its address.
 */
import type { HostKind } from './host.js';
import { findKohyaTabButton } from './kohya/locate.js';
import { findTabElement, type Localization } from './locate.js';
import { GRADIO_APP, RENDERED_TABS } from './selectors.js';

export interface FoundHost {
  kind: HostKind;
  /** The WebUI's Dreambooth tab; the GUI's Dreambooth tab button (its host finds the panel). */
  root: Element;
}

/** After Gradio rendered its tabs, how long a Dreambooth tab may still take to appear. */
export const RENDERED_GRACE_MS = 3000;
/** How long a Gradio page may take to render at all (a slow WebUI start). */
export const RENDER_LIMIT_MS = 120_000;

export function findHost(doc: Document, localization: Localization = {}): FoundHost | null {
  const a1111 = findTabElement(doc);
  if (a1111) return { kind: 'a1111', root: a1111 };
  const kohya = findKohyaTabButton(doc, localization);
  return kohya ? { kind: 'kohya', root: kohya } : null;
}

/**
 * Resolves with the Dreambooth tab once it exists, or with null when this page will not have one:
 * at once on a page that is not a Gradio app (ComfyUI, Jupyter, a dev server), or a little after a
 * Gradio app rendered its tabs without it. Until then it watches the app, and afterwards nothing:
 * no observer, timer or listener is left on a page the companion does not serve.
 */
export function whenHostReady(doc: Document, localization: () => Localization = () => ({})): Promise<FoundHost | null> {
  const existing = findHost(doc, localization());
  if (existing) return Promise.resolve(existing);
  const app = doc.querySelector(GRADIO_APP);
  if (!app) return Promise.resolve(null);
  return new Promise((resolve) => {
    let grace: ReturnType<typeof setTimeout> | undefined;
    const finish = (found: FoundHost | null) => {
      observer.disconnect();
      clearTimeout(grace);
      clearTimeout(limit);
      resolve(found);
    };
    const observer = new MutationObserver(() => {
      const found = findHost(doc, localization());
      if (found) finish(found);
      else if (grace === undefined && (app.shadowRoot ?? app).querySelector(RENDERED_TABS))
        grace = setTimeout(() => finish(findHost(doc, localization())), RENDERED_GRACE_MS);
    });
    const limit = setTimeout(() => finish(null), RENDER_LIMIT_MS);
    observer.observe(app, { childList: true, subtree: true });
  });
}
