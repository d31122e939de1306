/**
 * Gradio 6 renders an accordion's fields only when it is first opened (unopened fields still send
 * their defaults to Python). Before reading the form, each unrendered accordion of the tab is opened
 * until its fields are there and closed again, so the page looks as the user left it. Gradio 5
 * renders everything at once: nothing to do there.
 */
import { ACCORDION_BODY, ACCORDION_HEADER, ACCORDION_OPEN } from './selectors.js';

const RENDER_WAIT_MS = 3000;
/** Accordions inside accordions (Parameters › Advanced) appear one level per round. */
const MAX_ROUNDS = 6;

const bodyOf = (header: Element) => header.parentElement?.querySelector(`:scope > ${ACCORDION_BODY}`) ?? null;
/** An unopened accordion's body holds only the empty column its content will go in. */
const isEmpty = (body: Element) => body.querySelectorAll('*').length <= 1;

function unrendered(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(ACCORDION_HEADER)].filter((header) => {
    const body = bodyOf(header);
    return body !== null && isEmpty(body) && !header.classList.contains(ACCORDION_OPEN);
  });
}

function rendered(header: HTMLElement): Promise<void> {
  const body = bodyOf(header)!;
  const win = header.ownerDocument.defaultView!;
  const started = Date.now();
  return new Promise((resolve) => {
    const check = () => {
      if (!isEmpty(body) || Date.now() - started > RENDER_WAIT_MS) resolve();
      else win.setTimeout(check, 30);
    };
    check();
  });
}

export async function renderLazyFields(root: Element): Promise<void> {
  const opened: HTMLElement[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const closed = unrendered(root);
    if (closed.length === 0) break;
    for (const header of closed) header.click();
    opened.push(...closed);
    await Promise.all(closed.map(rendered));
  }
  // Closed again innermost first; their fields stay rendered (hidden), with the values Python gets.
  for (const header of opened.reverse()) if (header.classList.contains(ACCORDION_OPEN)) header.click();
}
