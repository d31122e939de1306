/** What the panel's status line says after Apply and after Undo. */
import type { Words } from '../words.js';
import type { Applied, Undone } from './actions.js';
import { rowLabel, shownValue } from './view.js';

/** What Apply wrote (old → new), where the page keeps it (its Save button, or its fields as they are), and what it could not write. */
export function appliedStatus(words: Words, { written, failed }: Applied, savedBy: string | null): string {
  const entries = written.map((entry) =>
    words.ui('status.entry', {
      label: entry.label,
      from: shownValue(words, entry.previous),
      to: shownValue(words, entry.value),
    }),
  );
  const report = [
    written.length === 0
      ? words.ui('status.nothing')
      : savedBy === null
        ? words.ui('status.wroteLive', { list: entries })
        : words.ui('status.wrote', { list: entries, save: savedBy }),
  ];
  if (failed.length > 0) report.push(words.ui('status.failed', { list: failed.map((row) => rowLabel(words, row)) }));
  return report.join(' ');
}

/** What Undo restored, and what it kept because the user changed it since Apply. */
export function undoneStatus(words: Words, { restored, kept }: Undone): string {
  const report: string[] = [];
  if (kept.length > 0)
    report.push(
      words.ui('status.kept', { list: kept.map(({ entry, now }) => `${entry.label} ${shownValue(words, now)}`) }),
    );
  if (restored.length > 0)
    report.push(
      words.ui('status.restored', {
        list: restored.map((entry) => `${entry.label} ${shownValue(words, entry.previous)}`),
      }),
    );
  return report.join(' ');
}
