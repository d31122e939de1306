/**
 * The panel's state and the decisions made on it, without DOM: which rows are selected, which
 * warnings a selected row makes moot, and whether a preview still matches the form.
 */
import type { Notice } from '../../core/index.js';
import type { Component, ComponentValue, PlannedWrite } from '../../webui/index.js';
import type { PagePlan } from '../plan-from-page.js';
import type { ConceptCount } from './counts.js';

export interface Written {
  component: Component;
  /** The row's label as the status names it. */
  label: string;
  previous: ComponentValue;
  value: number | boolean | string;
}

export interface PanelState {
  /** The last plan of the page, with the rows it would write. */
  pagePlan: PagePlan;
  rows: PlannedWrite[];
  /** What the user typed per concept slot. */
  frames: Record<number, string>;
  /** Prior preservation: write class image counts. */
  prior: boolean;
  adoptedBatchSize?: number;
  /** Rows the user ticked or unticked, overriding the row's default. */
  choices: Map<string, boolean>;
  /** What the last Apply wrote, for Undo. */
  lastWrite: Written[];
  /** What the WebUI's server counted in the concepts' folders. */
  counts: ConceptCount[];
  /** The frames each box was filled with from a count (so a later count may replace them). */
  counted: Record<number, string>;
}

export function isSelected(state: PanelState, row: PlannedWrite): boolean {
  return row.value !== null && row.changes && (state.choices.get(row.id) ?? row.selectedByDefault);
}

/** The warnings to show: a ticked row that resolves one (a start factor, a warmup) makes it moot. */
export function visibleWarnings(state: PanelState, warnings: readonly Notice[]): Notice[] {
  const resolved = new Set(state.rows.filter((row) => isSelected(state, row)).map((row) => row.resolves));
  return warnings.filter((notice) => !resolved.has(notice.code));
}

export function canApply(state: PanelState): boolean {
  const plan = state.pagePlan.plan;
  return plan !== undefined && plan.errors.length === 0 && state.rows.some((row) => isSelected(state, row));
}

/** The rows Apply would write, as text, to notice a preview that no longer matches the form. */
export function selectedSignature(state: PanelState, rows: readonly PlannedWrite[]): string {
  return rows
    .filter((row) => isSelected(state, row))
    .map((row) => `${row.id}=${row.value}`)
    .join(',');
}
