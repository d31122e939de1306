/**
 * Which page the companion is on, once Gradio has rendered it: the A1111 WebUI's Dreambooth tab (by
 * its element id), or a Gradio 4+ app with tabs that may be the kohya_ss GUI: the GUI's part, which
 * the MV3 extension loads on such pages only, tells by the GUI's own tabs (kohya/locate.ts). Both may
 * run on 127.0.0.1:7860, so the page tells, not its address.
 */
import type { HostKind } from './host.js';
import { findTabElement } from './locate.js';
import { GRADIO_APP, GRADIO_TAB_BUTTON, RENDERED_TABS } from './selectors.js';

export interface FoundHost {
  kind: HostKind;
  /** The WebUI's Dreambooth tab; for the GUI, the page (its part finds the tab). */
  root: Element;
}

/** After Gradio rendered its tabs, how long a Dreambooth tab may still take to appear. */
export const RENDERED_GRACE_MS = 3000;
/** How long a Gradio page may take to render at all (a slow WebUI start). */
export const RENDER_LIMIT_MS = 120_000;

export function findHost(doc: Document): FoundHost | null {
  const a1111 = findTabElement(doc);
  if (a1111) return { kind: 'a1111', root: a1111 };
  // The WebUI's Gradio 3 tabs (#tabs) have no role=tab buttons; Gradio 5 and 6 give them one.
  const tabs = !doc.querySelector(RENDERED_TABS) && doc.querySelector(GRADIO_TAB_BUTTON);
  return tabs ? { kind: 'kohya', root: doc.documentElement } : null;
}

/**
 * Resolves with the Dreambooth tab once it exists, or with null when this page will not have one:
 * at once on a page that is not a Gradio app (ComfyUI, Jupyter, a dev server), or a little after a
 * Gradio app rendered its tabs without it. Until then it watches the app, and afterwards nothing:
 * no observer, timer or listener is left on a page the companion does not serve.
 */
export function whenHostReady(doc: Document): Promise<FoundHost | null> {
  const existing = findHost(doc);
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
      const found = findHost(doc);
      if (found) finish(found);
      else if (grace === undefined && (app.shadowRoot ?? app).querySelector(RENDERED_TABS))
        grace = setTimeout(() => finish(findHost(doc)), RENDERED_GRACE_MS);
    });
    const limit = setTimeout(() => finish(null), RENDER_LIMIT_MS);
    observer.observe(app, { childList: true, subtree: true });
  });
}
