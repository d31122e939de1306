/**
 * The Autofill panel: asks only what the page cannot know (frames per concept, formula, strength,
 * prior preservation), previews every change with the rule behind it, writes what the user keeps
 * and can undo it. Compact: the summary and the change table first, "From the page" and the
 * batch-size table folded (the choice is remembered). Enter applies, Escape closes.
 */
import { batchSizeOptions, type Plan, type PlanRequest } from '../../core/index.js';
import type { HostPage, Localization } from '../../webui/index.js';
import { h } from '../dom.js';
import { planFromPage, type PagePlan } from '../plan-from-page.js';
import { drawRateChart } from '../rate-chart.js';
import type { Session } from '../session.js';
import { loadFrames, loadUnfolded, saveFrames, saveUnfolded } from '../storage.js';
import { applyRows, undoWrites, type Applied, type Undone } from './actions.js';
import { countConcepts, countedFrames, countedText, countNotes } from './counts.js';
import { appliedStatus, undoneStatus } from './status.js';
import { canApply, isSelected, selectedSignature, visibleWarnings, type PanelState, type Written } from './state.js';
import {
  failureText,
  hostNoteText,
  renderBatches,
  renderInputs,
  renderIssues,
  renderInfo,
  renderNotices,
  renderPageNotes,
  renderRows,
  renderSources,
  rowLabel,
  summaryText,
  type BatchRow,
} from './view.js';

/** Goes on at once when the writes were all synchronous, else once they are done. */
function settle<T>(result: T | Promise<T>, then: (value: T) => void): void {
  if (result instanceof Promise) void result.then(then);
  else then(result);
}

export interface AutofillPanel {
  element: HTMLElement;
  /** Reads the form again and shows the panel. */
  open(): void;
  close(): void;
  isOpen(): boolean;
  /** What the last Apply wrote, for Undo (carried into a panel that replaces this one). */
  lastWrite(): Written[];
}

/** What the WebUI's Settings (or the defaults) choose for a new panel. */
export interface PanelDefaults {
  prior: boolean;
  /** The WebUI's server can count the concepts' folders (the A1111 extension's Python side is loaded). */
  serverCounts: () => boolean;
  /** What an earlier panel's Apply wrote, still to be undone. */
  lastWrite: Written[];
}

export function createAutofillPanel(
  doc: Document,
  host: HostPage,
  localization: () => Localization,
  session: Session,
  onClose: () => void,
  defaults: PanelDefaults = { prior: false, serverCounts: () => false, lastWrite: [] },
): AutofillPanel {
  const { words } = session;
  const panel = h(doc, 'section', {
    class: 'panel',
    'data-dbc': 'panel',
    role: 'region',
    'aria-label': words.ui('region'),
    hidden: true,
  });
  const closeButton = h(
    doc,
    'button',
    { type: 'button', class: 'close', 'aria-label': words.ui('closeLabel'), title: words.ui('closeLabel') },
    '×',
  );
  const inputsBox = h(doc, 'div', { class: 'inputs' });
  const summary = h(doc, 'p', { class: 'summary', 'data-dbc': 'summary', 'aria-live': 'polite' });
  const changes = h(doc, 'div');
  const notices = h(doc, 'div');
  const curve = h(doc, 'div');
  const status = h(doc, 'p', { class: 'status', 'data-dbc': 'status', role: 'status' });
  const applyButton = h(
    doc,
    'button',
    { type: 'button', 'data-dbc': 'apply', class: 'autofill', title: words.ui('applyHint') },
    words.ui('apply'),
  );
  const undoButton = h(
    doc,
    'button',
    { type: 'button', 'data-dbc': 'undo', disabled: defaults.lastWrite.length === 0 },
    words.ui('undo'),
  );
  const unfolded = loadUnfolded(doc);
  const fold = (name: string) => {
    const details = h(doc, 'details', { 'data-dbc': name, open: unfolded.has(name) });
    details.addEventListener('toggle', () => {
      if (details.open) unfolded.add(name);
      else unfolded.delete(name);
      saveUnfolded(doc, unfolded);
    });
    return details;
  };
  const sources = fold('sources');
  const batches = fold('batches');
  panel.append(
    h(doc, 'div', { class: 'head' }, h(doc, 'h2', {}, words.ui('title')), closeButton),
    inputsBox,
    summary,
    changes,
    notices,
    curve,
    h(doc, 'div', { class: 'actions' }, applyButton, undoButton, status),
    sources,
    batches,
  );

  let state: PanelState | null = null;
  /** Stops listening to the concept directories (while the panel is open, an edit counts again). */
  let stopWatching: (() => void) | undefined;
  const win = doc.defaultView!;

  applyButton.addEventListener('click', () => apply());
  undoButton.addEventListener('click', () => undo());
  closeButton.addEventListener('click', () => onClose());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (
      event.key === 'Enter' &&
      event.target instanceof doc.defaultView!.HTMLInputElement &&
      event.target.type !== 'checkbox'
    ) {
      event.preventDefault();
      if (!applyButton.disabled) apply();
    }
  });

  /** Plans the page as it is now with the panel's inputs; the rows it would write. */
  function plan(current: Pick<PanelState, 'frames' | 'adoptedBatchSize' | 'prior'>): {
    pagePlan: PagePlan;
    rows: PanelState['rows'];
  } {
    const pagePlan = planFromPage(host, localization(), session, {
      frames: current.frames,
      prior: current.prior,
      ...(current.adoptedBatchSize === undefined ? {} : { batchSize: current.adoptedBatchSize }),
    });
    const rows =
      pagePlan.plan && pagePlan.request
        ? pagePlan.form.plannedWrites(pagePlan.plan, pagePlan.request, {
            prior: current.prior,
            conceptSlots: pagePlan.slots,
            ...(current.adoptedBatchSize === undefined ? {} : { batchSize: current.adoptedBatchSize }),
          })
        : [];
    return { pagePlan, rows };
  }

  function open() {
    const first = planFromPage(host, localization(), session, { frames: {} });
    const remembered = loadFrames(doc, first.reading.modelName);
    const frames = Object.fromEntries(
      first.slots.map((slot) => [slot, remembered.frames[slot] === undefined ? '' : String(remembered.frames[slot])]),
    );
    const prior =
      state?.prior ??
      (defaults.prior ||
        first.reading.prior === true ||
        first.reading.activeConcepts.some((concept) => (concept.classImages ?? 0) > 0));
    state = {
      ...plan({ frames, prior }),
      frames,
      prior,
      choices: new Map(),
      lastWrite: state?.lastWrite ?? defaults.lastWrite,
      counts: [],
      counted: {},
    };
    inputsBox.replaceChildren(
      ...renderInputs(doc, words, state.pagePlan.reading, frames, session, prior, {
        frames: (slot, text) => edited(() => (state!.frames[slot] = text)),
        mode: (mode) =>
          edited(() => {
            session.mode = mode;
            inputsBox.querySelector<HTMLInputElement>('[data-dbc="strength"]')!.disabled = mode !== 'advanced';
          }),
        strength: (text) => edited(() => (session.strength = text)),
        prior: (on) => edited(() => (state!.prior = on)),
      }),
      h(doc, 'p', { class: 'hint refused', 'data-dbc': 'count-refused' }),
    );
    render();
    status.textContent = remembered.dropped
      .map((entry) => words.ui('status.dropped', { slot: entry.slot, problem: words.problem(entry.problem) }))
      .join(' ');
    panel.hidden = false;
    inputsBox.querySelector<HTMLInputElement>('input')?.focus();
    stopWatching?.();
    if (defaults.serverCounts() && host.onDirectoryEdited) {
      stopWatching = host.onDirectoryEdited((slot) => void count([slot]));
      void count(state.pagePlan.slots);
    }
  }

  /**
   * Asks the WebUI's server to count the concepts' folders (without blocking: the panel works while
   * it answers, or if it never does) and fills in each frames box the user has not typed into.
   */
  async function count(slots: readonly number[]) {
    const current = state!;
    const { counts: answers, refused } = await countConcepts(
      win,
      planFromPage(host, localization(), session, { frames: {} }).reading,
      slots,
    );
    if (state !== current) return;
    const refusal = inputsBox.querySelector('[data-dbc="count-refused"]')!;
    refusal.textContent = refused ? words.ui(`countRefused.${refused}`) : '';
    if (answers.length === 0) return;
    current.counts = [...current.counts.filter((entry) => !slots.includes(entry.slot)), ...answers];
    for (const answer of answers) {
      const input = inputsBox.querySelector<HTMLInputElement>(`[data-dbc="frames-${answer.slot}"]`);
      if (!input) continue;
      inputsBox.querySelector(`[data-dbc="counted-${answer.slot}"]`)!.textContent = countedText(words, answer);
      const value = countedFrames(
        current.frames[answer.slot] ?? '',
        current.counted[answer.slot],
        answer.images.images,
      );
      if (value !== null) {
        current.frames[answer.slot] = value;
        current.counted[answer.slot] = value;
        input.value = value;
      }
    }
    refresh();
  }

  /** The user changed an input: plan again; an earlier Apply's or Undo's status no longer applies. */
  function edited(change: () => void) {
    change();
    status.textContent = '';
    refresh();
  }

  /** Reads the form and plans again, then redraws the preview. */
  function refresh() {
    Object.assign(state!, plan(state!));
    if (state!.pagePlan.plan) {
      saveFrames(
        doc,
        state!.pagePlan.reading.modelName,
        Object.fromEntries(Object.entries(state!.frames).map(([slot, text]) => [slot, Number(text)])),
      );
    }
    render();
  }

  const pageLabel = (field: string) =>
    state!.pagePlan.reading.sources.find((source) => source.field === field)?.label ?? field;

  function render() {
    const current = state!;
    const { pagePlan, rows } = current;
    for (const slot of Object.keys(current.frames)) {
      const invalid = pagePlan.issues.some(
        (issue) => issue.target.kind === 'frames' && issue.target.slot === Number(slot),
      );
      inputsBox.querySelector(`[data-dbc="frames-${slot}"]`)?.setAttribute('aria-invalid', String(invalid));
    }
    sources.replaceChildren(...renderSources(doc, words, pagePlan.reading));
    const plan = pagePlan.plan;
    if (!plan || !pagePlan.request) {
      summary.textContent = '';
      changes.replaceChildren(renderIssues(doc, words, pagePlan.issues, pageLabel));
      notices.replaceChildren(renderPageNotes(doc, words, pagePlan.reading.notes) ?? '');
      drawCurve(null, null);
      batches.replaceChildren();
      batches.hidden = true;
      applyButton.disabled = true;
      return;
    }
    summary.textContent = summaryText(words, plan);
    changes.replaceChildren(
      renderRows(
        doc,
        words,
        rows,
        (row) => isSelected(current, row),
        (row, on) => {
          current.choices.set(row.id, on);
          // A warning the row resolved comes back when it is unticked.
          render();
        },
      ),
    );
    notices.replaceChildren(
      renderPageNotes(doc, words, pagePlan.reading.notes) ?? '',
      renderNotices(doc, words, plan.errors, visibleWarnings(current, plan.warnings)) ?? '',
      renderInfo(doc, [
        ...countNotes(words, current.counts, plan, pagePlan.request, current.prior, pagePlan.slots),
        ...(pagePlan.form.notes?.(plan, pagePlan.request) ?? []).map((note) => hostNoteText(words, note)),
      ]) ?? '',
    );
    drawCurve(plan, pagePlan.request);
    const options: BatchRow[] = batchSizeOptions(pagePlan.request).map((option) => {
      const problem = pagePlan.form.batchOptionProblem(option);
      const why =
        problem &&
        words.ui('fit.labelled', {
          label: problem.component.shownLabel,
          reason: failureText(words, problem.value, problem.failure),
        });
      return { option, inUse: option.batchSize === pagePlan.request!.batchSize, problem: why };
    });
    batches.hidden = options.length < 2;
    batches.replaceChildren(
      ...(options.length < 2
        ? []
        : renderBatches(doc, words, options, (batchSize) => edited(() => (current.adoptedBatchSize = batchSize)))),
    );
    applyButton.disabled = !canApply(current);
  }

  /** The run's learning-rate curve, where the plan's rate is the one the trainer uses (R15). */
  function drawCurve(plan: Plan | null, request: PlanRequest | null) {
    curve.replaceChildren(
      plan && request && plan.learningRateApplies
        ? drawRateChart(doc, words, request, plan, { width: 320, height: 110 })
        : '',
    );
  }

  function apply() {
    const current = state!;
    // The form may have changed since the preview (the user edited it): plan again, and write only
    // what the user saw.
    const previewed = selectedSignature(current, current.rows);
    Object.assign(current, plan(current));
    if (selectedSignature(current, current.rows) !== previewed) {
      render();
      status.textContent = words.ui('status.stale');
      return;
    }
    settle(
      applyRows(
        current.rows.filter((row) => isSelected(current, row)),
        (row) => rowLabel(words, row),
      ),
      (applied) => reportApplied(current, applied),
    );
  }

  /** What Apply wrote: kept for Undo, and said. */
  function reportApplied(current: PanelState, applied: Applied) {
    current.lastWrite = applied.written;
    undoButton.disabled = applied.written.length === 0;
    current.adoptedBatchSize = undefined;
    refresh();
    status.textContent = appliedStatus(words, applied, host.saveLabel());
  }

  function undo() {
    const current = state!;
    settle(undoWrites(current.lastWrite), (undone) => reportUndone(current, undone));
  }

  /** What Undo restored, and what it kept because the user changed it since. */
  function reportUndone(current: PanelState, undone: Undone) {
    current.lastWrite = [];
    undoButton.disabled = true;
    refresh();
    status.textContent = undoneStatus(words, undone);
  }

  return {
    element: panel,
    open,
    close: () => {
      panel.hidden = true;
      stopWatching?.();
      stopWatching = undefined;
    },
    isOpen: () => !panel.hidden,
    lastWrite: () => state?.lastWrite ?? defaults.lastWrite,
  };
}
