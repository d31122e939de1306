/** The one door to the WebUI page: everything else asks here. */
export {
  readComponent,
  selectOption,
  writeComponent,
  type Component,
  type ComponentValue,
  type FitFailure,
} from './components.js';
export {
  findTabElement,
  locateTab,
  englishLabelOf,
  fieldBlockAt,
  saveButtonLabel,
  takeTitle,
  type DreamboothTab,
  type FieldBlock,
  type Localization,
} from './locate.js';
export {
  readForm,
  type Assumed,
  type FormReading,
  type ConceptReading,
  type FormNote,
  type FormSource,
} from './form.js';
export { batchOptionProblem, plannedWrites, type PlannedWrite, type RowNote, type RowProblem } from './targets.js';
export type { Generation } from './fields.js';
export {
  attributeContextSource,
  isDarkTheme,
  pageContextFromAttribute,
  publishPageContext,
  whenSettingsKnown,
  windowContextSource,
  type PageContext,
  type PageContextSource,
} from './page-context.js';
export {
  COUNT_REFUSALS,
  countFolder,
  hasServerCounts,
  onDirectoryEdited,
  type CountAnswer,
  type CountRefusal,
  type FolderCount,
} from './server.js';
export { a1111Host } from './a1111.js';
export type { BatchOptionProblem, HostForm, HostKind, HostNote, HostPage } from './host.js';
export { findHost, whenHostReady, RENDERED_GRACE_MS, RENDER_LIMIT_MS, type FoundHost } from './ready.js';
export { kohyaHost } from './kohya/host.js';
export { findKohyaTabButton, whenKohyaPanel } from './kohya/locate.js';
