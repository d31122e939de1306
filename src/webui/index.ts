/** The one door to the WebUI page: everything else asks here. */
export { readComponent, writeComponent, type Component, type ComponentValue } from './components.js';
export { findTabElement, whenTabReady, locateTab, englishLabels, fieldBlocksIn, takeTitle, type DreamboothTab, type FieldBlock, type Localization } from './locate.js';
export { readForm, type FormReading, type ConceptReading, type FormNote, type FormSource } from './form.js';
export { batchOptionProblem, plannedWrites, type PlannedWrite } from './targets.js';
export type { Generation } from './fields.js';
export { DARK_THEME_CLASS } from './selectors.js';
export { localizationFromWindow, localizationFromAttribute, publishLocalization } from './localization.js';
