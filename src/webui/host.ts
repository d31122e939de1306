/**
 * A page the companion serves, as the UI sees it: where to mount, how to read the form, which rows a
 * plan writes there. Each host (the A1111 WebUI's Dreambooth tab, the kohya_ss GUI's) is a module of
 * its own; the UI knows only this.
 */
import type { BatchSizeOption, Plan, PlanRequest } from '../core/index.js';
import type { Component, FitFailure } from './components.js';
import type { FormReading } from './form.js';
import type { Localization } from './locate.js';
import type { PlannedWrite, WriteOptions } from './targets.js';

export type HostKind = 'a1111' | 'kohya';

/** A batch size the options table offers that the page's fields cannot take. */
export interface BatchOptionProblem {
  component: Component;
  value: number;
  failure: FitFailure;
}

/** What the page must hold beyond its fields for the plan to be what runs, as data (src/i18n words it). */
export type HostNote =
  | { key: 'kohyaFolders'; folders: string; directory: string }
  | { key: 'kohyaRegFolder'; images: number; folder: string; directory: string }
  | { key: 'kohyaNoRegFolder' }
  | { key: 'kohyaRegUnused'; directory: string }
  | { key: 'kohyaDatasetConfig'; file: string }
  | { key: 'kohyaSdxl' }
  | { key: 'kohyaTextEncoderSnapped'; share: number; used: number }
  | { key: 'kohyaSchedulerSubstituted'; scheduler: string; used: string };

/** The form as it is now, with what a plan of it writes there. */
export interface HostForm {
  reading: FormReading;
  plannedWrites(plan: Plan, request: PlanRequest, options: WriteOptions): PlannedWrite[];
  batchOptionProblem(option: BatchSizeOption): BatchOptionProblem | null;
  /** What the plan assumes of the page beyond the rows (folders, files), and where the trainer parts from it. */
  notes?(plan: Plan, request: PlanRequest): HostNote[];
}

export interface HostPage {
  kind: HostKind;
  /** Where the companion mounts (its Autofill first) and listens for hovers: the Dreambooth tab. */
  root: Element;
  read(localization: Localization): HostForm;
  /** The page's button that keeps what was written, as the page shows it; null where the page uses its
   * fields as they are when training starts. */
  saveLabel(): string | null;
  /** Renders the fields a lazy page has not rendered yet (Gradio 6's unopened accordions). */
  render?(): Promise<void>;
  /** Calls back with the concept slot when its folder is edited, so counts can be asked again. */
  onDirectoryEdited?(callback: (concept: number) => void): () => void;
}
