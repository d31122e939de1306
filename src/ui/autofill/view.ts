/**
 * How the panel looks: the inputs, the one-line summary, the change table, the warnings, and the
 * folded "From the page" and batch-size parts. DOM building only (textContent, never HTML); the
 * panel wires the handlers.
 */
import {
  MODES,
  STRENGTHS,
  formatNumber,
  type BatchSizeOption,
  type FitChange,
  type Mode,
  type Notice,
  type Plan,
} from '../../core/index.js';
import type {
  ComponentValue,
  FitFailure,
  FormNote,
  FormReading,
  HostNote,
  PlannedWrite,
  RowNote,
} from '../../webui/index.js';
import { h } from '../dom.js';
import type { PlanIssue } from '../plan-from-page.js';
import type { Words } from '../words.js';

/** A page value as the panel shows it: numbers in the one format of their quantity. */
export function shownValue(words: Words, value: ComponentValue | string): string {
  if (value === null || value === '') return words.ui('empty');
  if (typeof value === 'boolean') return words.ui(value ? 'on' : 'off');
  if (typeof value === 'number') return formatNumber(value);
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? formatNumber(number) : value;
}

export function rowLabel(words: Words, row: PlannedWrite): string {
  const label = row.component.shownLabel;
  return row.concept === undefined ? label : words.ui('rowOfConcept', { label, slot: row.concept });
}

export interface InputHandlers {
  frames(slot: number, text: string): void;
  mode(mode: Mode): void;
  strength(text: string): void;
  prior(on: boolean): void;
}

export function renderInputs(
  doc: Document,
  words: Words,
  reading: FormReading,
  frames: Record<number, string>,
  session: { mode: Mode; strength: string },
  prior: boolean,
  on: InputHandlers,
): HTMLElement[] {
  const fields: HTMLElement[] = [];
  for (const slot of Object.keys(frames).map(Number)) {
    const concept = reading.activeConcepts.find((candidate) => candidate.index === slot);
    const input = h(doc, 'input', {
      type: 'text',
      inputmode: 'numeric',
      size: '6',
      'data-dbc': `frames-${slot}`,
      value: frames[slot],
      title: concept ? concept.directory : words.ui('noDirectory'),
    });
    input.addEventListener('input', () => on.frames(slot, input.value));
    fields.push(
      h(
        doc,
        'label',
        {},
        words.ui('frames', { slot }),
        input,
        h(doc, 'span', { class: 'hint', 'data-dbc': `counted-${slot}` }),
      ),
    );
  }
  const mode = h(
    doc,
    'select',
    { 'data-dbc': 'mode' },
    ...MODES.map((name) =>
      h(doc, 'option', { value: name, selected: name === session.mode }, words.ui(`mode.${name}`)),
    ),
  );
  mode.addEventListener('change', () => on.mode(mode.value as Mode));
  fields.push(h(doc, 'label', {}, words.ui('formula'), mode));

  const strengthList = h(
    doc,
    'datalist',
    { id: 'dbc-strengths' },
    ...Object.entries(STRENGTHS).map(([name, value]) => h(doc, 'option', { value: name }, `${name} (${value})`)),
  );
  const strength = h(doc, 'input', {
    type: 'text',
    size: '8',
    'data-dbc': 'strength',
    list: 'dbc-strengths',
    value: session.strength,
    disabled: session.mode !== 'advanced',
  });
  strength.addEventListener('input', () => on.strength(strength.value));
  fields.push(h(doc, 'label', {}, words.ui('strengthInput'), strength, strengthList));

  const priorBox = h(doc, 'input', { type: 'checkbox', 'data-dbc': 'prior', checked: prior });
  priorBox.addEventListener('change', () => on.prior(priorBox.checked));
  fields.push(h(doc, 'label', { class: 'inline' }, priorBox, words.ui('prior')));
  return fields;
}

export function summaryText(words: Words, plan: Plan): string {
  return words.ui('summary', {
    frames: plan.frames,
    rate: plan.learningRate,
    spf: plan.stepsPerFrame,
    steps: plan.maxTrainSteps,
    epochs: plan.epochs,
    classImages: plan.classImagesPerInstance,
  });
}

const rowNoteText = (words: Words, { key, ...params }: RowNote) => words.ui(`why.${key}`, params);

/** What the page must hold beyond its fields, or where its trainer parts from the research. */
export const hostNoteText = (words: Words, { key, ...params }: HostNote) => words.ui(`host.${key}`, params);

export function failureText(words: Words, value: number, failure: FitFailure): string {
  switch (failure.why) {
    case 'range':
      return words.ui('fit.range', { value, min: failure.min, max: failure.max });
    case 'not-finite':
      return words.ui('fit.notFinite', { value });
    case 'negative':
      return words.ui('fit.negative', { value });
  }
}

function changeText(words: Words, change: FitChange, value: number): string {
  switch (change.kind) {
    case 'scheduler':
      return words.ui('change.scheduler', { scheduler: change.scheduler, value });
    case 'text-encoder':
      return words.ui('change.textEncoder', { value });
    case 'resolution':
      return words.ui('change.resolution', { resolution: change.resolution, value });
    case 'learning-rate':
      return words.ui('change.rate', { rate: change.rate, value });
  }
}

/** Why a row is not written, and what single change would make it fit. */
export function rowProblemText(words: Words, row: PlannedWrite): string {
  const problem = row.problem!;
  const fixes = problem.alternatives.map(({ change, value }) => changeText(words, change, value));
  const advice =
    fixes.length > 0
      ? words.ui('fit.alternatives', { list: fixes })
      : problem.failure.why === 'range'
        ? words.ui('fit.none')
        : '';
  // Only a number can fail to fit its field; a checkbox's row always fits.
  return `${failureText(words, Number(row.planned), problem.failure)} ${advice}`.trim();
}

export function renderRows(
  doc: Document,
  words: Words,
  rows: readonly PlannedWrite[],
  selected: (row: PlannedWrite) => boolean,
  onTick: (row: PlannedWrite, on: boolean) => void,
): HTMLTableElement {
  const body = h(doc, 'tbody');
  for (const row of rows) {
    const label = rowLabel(words, row);
    const tick = h(doc, 'input', {
      type: 'checkbox',
      'data-dbc': `row-${row.id}`,
      'aria-label': words.ui('writeRow', { label }),
      checked: selected(row),
      disabled: row.value === null || !row.changes,
    });
    tick.addEventListener('change', () => onTick(row, tick.checked));
    const planned =
      row.value === null ? words.ui('notWritten') : row.changes ? shownValue(words, row.value) : words.ui('unchanged');
    const why = [row.formula, ...row.notes.map((note) => rowNoteText(words, note))].filter(Boolean).join('; ');
    body.append(
      h(
        doc,
        'tr',
        {},
        h(doc, 'td', {}, tick),
        h(doc, 'td', {}, label),
        h(doc, 'td', { class: 'num', 'data-dbc': `now-${row.id}` }, shownValue(words, row.current)),
        h(doc, 'td', { class: 'num', 'data-dbc': `value-${row.id}` }, planned),
        h(
          doc,
          'td',
          { class: 'why', title: why },
          h(doc, 'strong', {}, row.rule),
          why ? ` ${why}` : '',
          row.problem ? h(doc, 'div', { class: 'problem' }, rowProblemText(words, row)) : null,
        ),
      ),
    );
  }
  return h(
    doc,
    'table',
    { class: 'changes' },
    h(
      doc,
      'thead',
      {},
      h(
        doc,
        'tr',
        {},
        h(doc, 'th', {}, ''),
        h(doc, 'th', {}, words.ui('field')),
        h(doc, 'th', { class: 'num' }, words.ui('now')),
        h(doc, 'th', { class: 'num' }, words.ui('planned')),
        h(doc, 'th', {}, words.ui('rule')),
      ),
    ),
    body,
  );
}

export function renderNotices(
  doc: Document,
  words: Words,
  errors: readonly Notice[],
  warnings: readonly Notice[],
): HTMLElement | null {
  if (errors.length + warnings.length === 0) return null;
  return h(
    doc,
    'ul',
    { class: 'notices', 'data-dbc': 'warnings' },
    ...errors.map((notice) => h(doc, 'li', { class: 'error', 'data-code': notice.code }, words.notice(notice))),
    ...warnings.map((notice) => h(doc, 'li', { class: 'warning', 'data-code': notice.code }, words.notice(notice))),
  );
}

/**
 * Fields the page has that could not be read (not found under the page's labels, more than one match,
 * a value that is not usable) and what the plan assumed instead: shown with the warnings, never only
 * in the folded "From the page".
 */
export function renderPageNotes(doc: Document, words: Words, notes: readonly FormNote[]): HTMLElement | null {
  if (notes.length === 0) return null;
  return h(
    doc,
    'ul',
    { class: 'notices', 'data-dbc': 'page-notes' },
    ...notes.map((note) => h(doc, 'li', { class: 'warning', 'data-field': note.field }, noteText(words, note))),
  );
}

/** Notes that inform rather than warn (what the server counted means for the plan). */
export function renderInfo(doc: Document, notes: readonly string[]): HTMLElement | null {
  if (notes.length === 0) return null;
  return h(
    doc,
    'ul',
    { class: 'notices', 'data-dbc': 'counts' },
    ...notes.map((note) => h(doc, 'li', { class: 'info' }, note)),
  );
}

export function renderIssues(
  doc: Document,
  words: Words,
  issues: readonly PlanIssue[],
  pageLabel: (field: string) => string,
): HTMLElement {
  return h(
    doc,
    'ul',
    { class: 'notices' },
    ...issues.map((issue) => h(doc, 'li', { class: 'error' }, issueText(words, issue, pageLabel))),
  );
}

export function issueText(words: Words, issue: PlanIssue, pageLabel: (field: string) => string): string {
  const target = issue.target;
  const where =
    target.kind === 'frames'
      ? words.ui('frames', { slot: target.slot })
      : target.kind === 'strength'
        ? words.ui('strength')
        : target.kind === 'formula'
          ? words.ui('formula')
          : pageLabel(target.field);
  const what = issue.problem.key === 'enterFrames' ? words.ui('enterFrames') : words.problem(issue.problem);
  return words.ui('issue', { where, what });
}

function assumedText(words: Words, note: FormNote): string {
  const assumed = note.assumed;
  if (typeof assumed === 'object')
    return words.ui(
      assumed.key === 'off' ? 'off' : assumed.key === 'noTextEncoder' ? 'assumed.noTextEncoder' : 'assumed.unchecked',
    );
  return shownValue(words, assumed);
}

export function noteText(words: Words, note: FormNote): string {
  const params = { label: note.label, assumed: assumedText(words, note), shown: note.shown ?? '' };
  return words.ui(`note.${note.kind}`, params);
}

/** "From the page": what the plan read, and every field it could not. */
export function renderSources(doc: Document, words: Words, reading: FormReading): HTMLElement[] {
  const generation =
    reading.generation === 'current'
      ? words.ui('generation.current')
      : reading.generation === 'kohya'
        ? words.ui('generation.kohya')
        : words.ui('generation.dated', { date: reading.generation });
  return [
    h(doc, 'summary', {}, words.ui('fromPage', { ui: generation })),
    h(
      doc,
      'ul',
      { class: 'source' },
      ...reading.sources.map((source) => h(doc, 'li', {}, `${source.label}: ${shownValue(words, source.shown)}`)),
    ),
  ];
}

export interface BatchRow {
  option: BatchSizeOption;
  inUse: boolean;
  /** Why it cannot be chosen here, or null. */
  problem: string | null;
}

export function renderBatches(
  doc: Document,
  words: Words,
  rows: readonly BatchRow[],
  onUse: (batchSize: number) => void,
): HTMLElement[] {
  const body = rows.map(({ option, inUse, problem }) => {
    const use = h(
      doc,
      'button',
      {
        type: 'button',
        'data-dbc': `batch-${option.batchSize}`,
        'aria-pressed': String(inUse),
        disabled: inUse || problem !== null,
        title: problem ?? '',
      },
      inUse ? words.ui('inUse') : problem ? words.ui('noFit') : words.ui('use'),
    );
    use.addEventListener('click', () => onUse(option.batchSize));
    return h(
      doc,
      'tr',
      {},
      h(doc, 'td', { class: 'num' }, String(option.batchSize)),
      h(doc, 'td', { class: 'num' }, String(option.maxTrainSteps)),
      h(doc, 'td', { class: 'num' }, String(option.epochs)),
      h(doc, 'td', {}, use),
    );
  });
  return [
    h(doc, 'summary', {}, words.ui('batches')),
    h(
      doc,
      'table',
      { class: 'batches' },
      h(
        doc,
        'thead',
        {},
        h(
          doc,
          'tr',
          {},
          h(doc, 'th', { class: 'num' }, words.ui('batchSize')),
          h(doc, 'th', { class: 'num' }, words.ui('steps')),
          h(doc, 'th', { class: 'num' }, words.ui('epochs')),
          h(doc, 'th', {}, ''),
        ),
      ),
      h(doc, 'tbody', {}, ...body),
    ),
  ];
}
