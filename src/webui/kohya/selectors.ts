/**
 * Every fact about the kohya_ss GUI's markup the companion relies on: Gradio 5.34 (v26.0.0) and 6.17
 * (master), measured on the real pages (dom-snippets.md of ../shared/gradio-5.34.2 and -6.17.3). Its fields have no
 * elem_id: they are found by label (src/webui/locate.ts), within its Dreambooth tab.
 */

/** Gradio's tab sets; the GUI's own (Dreambooth, LoRA, …) is the outermost. */
export const TAB_SET = 'div.tabs';
export const TAB_BUTTONS = ':scope > .tab-wrapper [role="tablist"] > button[role="tab"]';
/** Gradio 6 renders a tab's panel only once it is selected, and gives it no id. */
export const TAB_PANELS = ':scope > .tabitem';

/** The GUI's top-level tabs that tell its page apart from any other Gradio app (English labels). */
export const GUI_TABS = ['Dreambooth', 'LoRA', 'Textual Inversion', 'Finetuning'] as const;
export const DREAMBOOTH_TAB = 'Dreambooth';

/** An accordion's header (class `open` while open). */
export const ACCORDION_HEADER = 'button.label-wrap';
export const ACCORDION_OPEN = 'open';
/** Gradio 6's accordion body, holding only an empty column until the accordion is first opened. */
export const ACCORDION_BODY = '[data-testid="accordion-content"]';

/** The GUI's command builder, which reads every field of the tab. */
export const PRINT_COMMAND = 'Print training command';
