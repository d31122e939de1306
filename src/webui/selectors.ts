/**
 * Every fact about the WebUI's markup that the companion relies on, in one place
 * (Gradio 3 as rendered by A1111; see the project's fixtures in src/demo).
 */
import type { FieldKey } from './fields.js';

/** Every Gradio page has this element from its first HTML; the WebUI's app renders inside it. */
export const GRADIO_APP = 'gradio-app';
/** The WebUI's top-level tabs: once they are there, Gradio has rendered every extension's tab. */
export const RENDERED_TABS = '#tabs';
/** A tab button of Gradio 4 and later (the kohya_ss GUI's Gradio 5 and 6). */
export const GRADIO_TAB_BUTTON = '[role="tablist"] > button[role="tab"]';

/** The Dreambooth tab: `dreambooth_v2` since Nov 2023, `dreambooth_interface` before. */
export const TAB_IDS = ['tab_dreambooth_v2', 'tab_dreambooth_interface'] as const;

/** The text of a field's label: block-info spans (Number, Slider, Dropdown, Textbox) and a checkbox's span. */
export const FIELD_LABEL = 'span[data-testid="block-info"], input[type="checkbox"] + span';

/** The Dreambooth tab's Save Settings button (every UI generation). */
export const SAVE_BUTTON = '#db_save_config';

/** The box around one component. */
export const BLOCK = 'div.block';

/**
 * Element ids the extension gives some fields (Apr 2023 on), which tell a field apart from another
 * one a localization labels the same (最大解像度 is both Max Resolution and Bucket Cropping's Max Res).
 */
export const FIELD_IDS: Readonly<Partial<Record<FieldKey, readonly string[]>>> = { resolution: ['max_res'] };

export const SLIDER_RANGE = 'input[type="range"]';
export const SLIDER_NUMBER = 'input[data-testid="number-input"], input[type="number"]';
export const NUMBER_INPUT = 'input[type="number"]';
export const CHECKBOX_INPUT = 'input[type="checkbox"]';
export const TEXTBOX_INPUT = 'textarea, input[type="text"]';
/** Gradio 3's Dropdown has no <select>: a filter input, and a list that exists only while open. */
export const DROPDOWN_INPUT = 'input.border-none';
export const DROPDOWN_OPTION = 'ul.options li[data-value]';

/** Concept N's instance and class directory boxes (since Jan 2023). */
export const conceptDirectoryId = (concept: number) => `idd${concept}`;
export const conceptClassDirectoryId = (concept: number) => `cdd${concept}`;
/** Any concept's directory box. */
export const CONCEPT_DIRECTORY_BOXES = '[id^="idd"], [id^="cdd"]';

/**
 * The bilingual-localization extension's label rewrite:
 * `<div class=…>translation<em>original</em></div>` (or the two swapped).
 */
export const BILINGUAL_WRAPPER = '.bilingual__trans_wrapper';
export const BILINGUAL_ORIGINAL = 'em';

/** Gradio's dark theme marks the body. */
export const DARK_THEME_CLASS = 'dark';
