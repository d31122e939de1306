/**
 * Apply and Undo: the only writes of the panel, through the page adapter. Numbers and checkboxes are
 * written at once; a dropdown (the scheduler) needs Gradio to render its options first, so a write
 * that includes one finishes a microtask later, and only then is it reported.
 */
import { readComponent, selectOption, writeComponent, type PlannedWrite } from '../../webui/index.js';
import type { Written } from './state.js';

export interface Applied {
  written: Written[];
  failed: PlannedWrite[];
}

export interface Undone {
  restored: Written[];
  kept: { entry: Written; now: ReturnType<typeof readComponent> }[];
}

const isDropdown = (entry: { component: { kind: string } }) => entry.component.kind === 'dropdown';

/** Writes the rows; a field that refuses (its markup changed) is reported, the others still written. */
export function applyRows(
  rows: readonly PlannedWrite[],
  labelOf: (row: PlannedWrite) => string,
): Applied | Promise<Applied> {
  const applied: Applied = { written: [], failed: [] };
  const record = (row: PlannedWrite, previous: ReturnType<typeof readComponent>) =>
    applied.written.push({ component: row.component, label: labelOf(row), previous, value: row.value! });
  const write = (row: PlannedWrite) => {
    const previous = readComponent(row.component);
    try {
      writeComponent(row.component, row.value);
      record(row, previous);
    } catch {
      applied.failed.push(row);
    }
  };
  const writable = rows.filter((row) => row.value !== null);
  for (const row of writable.filter((candidate) => !isDropdown(candidate))) write(row);
  const dropdowns = writable.filter(isDropdown);
  if (dropdowns.length === 0) return applied;
  return (async () => {
    for (const row of dropdowns) {
      const previous = readComponent(row.component);
      try {
        await selectOption(row.component, String(row.value));
        record(row, previous);
      } catch {
        applied.failed.push(row);
      }
    }
    return applied;
  })();
}

/** Restores what Apply replaced, but only where the field still holds what Apply wrote. */
export function undoWrites(written: readonly Written[]): Undone | Promise<Undone> {
  const undone: Undone = { restored: [], kept: [] };
  const ours = [...written].reverse().filter((entry) => {
    const now = readComponent(entry.component);
    if (now === entry.value) return true;
    undone.kept.unshift({ entry, now });
    return false;
  });
  for (const entry of ours.filter((candidate) => !isDropdown(candidate))) {
    writeComponent(entry.component, entry.previous === null ? '' : entry.previous);
    undone.restored.unshift(entry);
  }
  const dropdowns = ours.filter(isDropdown);
  if (dropdowns.length === 0) return undone;
  return (async () => {
    for (const entry of dropdowns) {
      await selectOption(entry.component, String(entry.previous));
      undone.restored.unshift(entry);
    }
    return undone;
  })();
}
