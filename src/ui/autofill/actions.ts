/** Apply and Undo: the only writes of the panel, through the page adapter. */
import { readComponent, writeComponent, type PlannedWrite } from '../../webui/index.js';
import type { Written } from './state.js';

/** Writes the rows; a field that refuses (its markup changed) is reported, the others still written. */
export function applyRows(
  rows: readonly PlannedWrite[],
  labelOf: (row: PlannedWrite) => string,
): { written: Written[]; failed: PlannedWrite[] } {
  const written: Written[] = [];
  const failed: PlannedWrite[] = [];
  for (const row of rows) {
    if (row.value === null) continue;
    const previous = readComponent(row.component);
    try {
      writeComponent(row.component, row.value);
      written.push({ component: row.component, label: labelOf(row), previous, value: row.value });
    } catch {
      failed.push(row);
    }
  }
  return { written, failed };
}

/** Restores what Apply replaced, but only where the field still holds what Apply wrote. */
export function undoWrites(written: readonly Written[]): {
  restored: Written[];
  kept: { entry: Written; now: ReturnType<typeof readComponent> }[];
} {
  const restored: Written[] = [];
  const kept: { entry: Written; now: ReturnType<typeof readComponent> }[] = [];
  for (const entry of [...written].reverse()) {
    const now = readComponent(entry.component);
    if (now !== entry.value) {
      kept.unshift({ entry, now });
      continue;
    }
    writeComponent(entry.component, entry.previous === null ? '' : entry.previous);
    restored.unshift(entry);
  }
  return { restored, kept };
}
