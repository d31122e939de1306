/**
 * The Autofill panel: asks only what the page cannot know (frames per concept, formula, strength,
 * prior preservation), previews every change with the rule behind it, writes what the user keeps
 * and can undo it.
 */
import {
  STRENGTHS,
  batchSizeOptions,
  computePlan,
  formatNumber,
  numberFromText,
  validatePlanInput,
  type InputIssue,
  type Mode,
  type Plan,
  type PlanInput,
  type PlanRequest,
} from '../core/index.js';
import {
  batchOptionProblem,
  locateTab,
  plannedWrites,
  readComponent,
  readForm,
  writeComponent,
  type Component,
  type ComponentValue,
  type DreamboothTab,
  type FormReading,
  type Localization,
  type PlannedWrite,
} from '../webui/index.js';
import { h } from './dom.js';
import { loadFrames, saveFrames } from './frames-store.js';
import { activeSlots, planInputFor, type Session } from './session.js';

interface Written {
  component: Component;
  label: string;
  previous: ComponentValue;
  value: number;
}

interface PanelState {
  tab: DreamboothTab;
  reading: FormReading;
  frames: Record<number, string>;
  prior: boolean;
  adoptedBatchSize?: number;
  rows: PlannedWrite[];
  /** Rows the user ticked or unticked, overriding the row's default. */
  choices: Map<string, boolean>;
  lastWrite: Written[];
}

/** A plan with the rows it would write, or the messages that say why there is none. */
interface Computed {
  plan?: Plan;
  request?: PlanRequest;
  rows: PlannedWrite[];
  messages: { label: string; message: string }[];
}

/** Panel labels of request fields, for messages that name what the user typed. */
const INPUT_LABELS: Partial<Record<keyof PlanInput, string>> = {
  strength: 'Strength',
  mode: 'Formula',
  concepts: 'Frames',
};

export interface AutofillPanel {
  element: HTMLElement;
  /** Reads the form again and shows the panel. */
  open(): void;
  close(): void;
  isOpen(): boolean;
}

export function createAutofillPanel(doc: Document, tabElement: Element, localization: () => Localization, session: Session, onClose: () => void): AutofillPanel {
  const panel = h(doc, 'section', { class: 'panel', 'data-dbc': 'panel', role: 'region', 'aria-label': 'Dreambooth Companion autofill', hidden: true });
  let state: PanelState | null = null;

  const inputsBox = h(doc, 'div', { class: 'inputs' });
  const sourcesBox = h(doc, 'div', { class: 'source' });
  const previewBox = h(doc, 'div', { 'aria-live': 'polite' });
  const optionsBox = h(doc, 'div');
  const status = h(doc, 'p', { class: 'status', 'data-dbc': 'status', role: 'status' });
  const applyButton = h(doc, 'button', { type: 'button', 'data-dbc': 'apply', class: 'autofill' }, 'Apply');
  const undoButton = h(doc, 'button', { type: 'button', 'data-dbc': 'undo', disabled: true }, 'Undo');
  const closeButton = h(doc, 'button', { type: 'button', 'aria-label': 'Close the autofill panel' }, 'Close');
  panel.append(
    h(doc, 'h2', {}, 'Autofill from the training research'),
    inputsBox,
    sourcesBox,
    previewBox,
    optionsBox,
    h(doc, 'div', { class: 'actions' }, applyButton, undoButton, closeButton),
    status,
  );

  applyButton.addEventListener('click', () => apply());
  undoButton.addEventListener('click', () => undo());
  closeButton.addEventListener('click', () => onClose());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onClose();
  });

  function open() {
    const tab = locateTab(tabElement, localization());
    const reading = readForm(tab);
    const remembered = loadFrames(doc, reading.modelName);
    const slots = activeSlots(reading);
    state = {
      tab,
      reading,
      frames: Object.fromEntries(slots.map((slot) => [slot, remembered.frames[slot] === undefined ? '' : String(remembered.frames[slot])])),
      prior: state?.prior ?? reading.activeConcepts.some((concept) => (concept.classImages ?? 0) > 0),
      rows: [],
      choices: new Map(),
      lastWrite: state?.lastWrite ?? [],
    };
    renderInputs();
    renderSources();
    update();
    status.textContent = remembered.dropped
      .map((entry) => `The remembered frames of concept ${entry.slot} were dropped (${entry.problem}).`)
      .join(' ');
    panel.hidden = false;
    inputsBox.querySelector<HTMLInputElement>('input')?.focus();
  }

  function renderInputs() {
    const current = state!;
    inputsBox.replaceChildren();
    for (const slot of Object.keys(current.frames).map(Number)) {
      const concept = current.reading.activeConcepts.find((candidate) => candidate.index === slot);
      const field = h(doc, 'input', {
        type: 'text',
        inputmode: 'numeric',
        'data-dbc': `frames-${slot}`,
        value: current.frames[slot],
        'aria-describedby': `dbc-frames-${slot}-hint`,
      });
      field.addEventListener('input', () => {
        current.frames[slot] = field.value;
        edited();
      });
      inputsBox.append(
        h(doc, 'label', {}, `Frames of concept ${slot}`, field, h(doc, 'span', { id: `dbc-frames-${slot}-hint` }, concept ? concept.directory : 'no concept directory set yet')),
      );
    }

    const mode = h(doc, 'select', { 'data-dbc': 'mode' },
      ...(['advanced', 'standard', 'filewords'] as const).map((name) => h(doc, 'option', { value: name, selected: name === session.mode }, name)));
    mode.addEventListener('change', () => {
      session.mode = mode.value as Mode;
      edited();
    });
    inputsBox.append(h(doc, 'label', {}, 'Formula', mode));

    const strengthList = h(doc, 'datalist', { id: 'dbc-strengths' }, ...Object.entries(STRENGTHS).map(([name, value]) => h(doc, 'option', { value: name }, `${name} (${value})`)));
    const strength = h(doc, 'input', { type: 'text', 'data-dbc': 'strength', list: 'dbc-strengths', value: session.strength });
    strength.addEventListener('input', () => {
      session.strength = strength.value;
      edited();
    });
    inputsBox.append(h(doc, 'label', {}, 'Strength (name or number)', strength, strengthList));

    const prior = h(doc, 'input', { type: 'checkbox', 'data-dbc': 'prior', checked: current.prior });
    prior.addEventListener('change', () => {
      current.prior = prior.checked;
      edited();
    });
    inputsBox.append(h(doc, 'label', { class: 'inline' }, prior, 'Prior preservation (class images)'));
  }

  function renderSources() {
    const { reading } = state!;
    sourcesBox.replaceChildren(
      h(doc, 'h3', {}, `From the page (${generationName(reading.generation)})`),
      h(doc, 'ul', {},
        ...reading.sources.map((source) => h(doc, 'li', {}, `${source.label}: ${source.shown}`)),
        ...reading.notes.map((note) => h(doc, 'li', { class: 'warning' }, `${note.label}: ${note.message}`))),
    );
  }

  function requestInput(current: PanelState): { input?: PlanInput; issues: { label: string; message: string }[] } {
    const slots = Object.keys(current.frames).map(Number);
    const concepts = slots.map((slot) => numberFromText(current.frames[slot] ?? ''));
    const missing = slots.filter((slot) => (current.frames[slot] ?? '').trim() === '');
    if (missing.length > 0) {
      return { issues: missing.map((slot) => ({ label: `Frames of concept ${slot}`, message: 'enter how many images the concept has' })) };
    }
    const input = planInputFor(current.reading, concepts, session);
    if (current.adoptedBatchSize !== undefined) input.batchSize = current.adoptedBatchSize;
    return { input, issues: [] };
  }

  /** The plan and the rows it would write, for the form as last read and the panel's inputs. */
  function compute(current: PanelState): Computed {
    const { input, issues } = requestInput(current);
    if (!input) return { rows: [], messages: issues };
    const validated = validatePlanInput(input);
    if (!validated.ok) return { rows: [], messages: validated.issues.map((issue) => describeIssue(issue, Object.keys(current.frames).map(Number))) };
    const plan = computePlan(validated.request);
    const rows = plannedWrites(current.tab, plan, validated.request, {
      prior: current.prior,
      conceptSlots: Object.keys(current.frames).map(Number),
      ...(current.adoptedBatchSize !== undefined ? { batchSize: current.adoptedBatchSize } : {}),
    });
    return { plan, request: validated.request, rows, messages: [] };
  }

  /** The user changed an input: the status of an earlier Apply or Undo no longer describes the preview. */
  function edited() {
    status.textContent = '';
    update();
  }

  function update() {
    const current = state!;
    const computed = compute(current);
    current.rows = computed.rows;
    if (computed.plan) {
      saveFrames(doc, current.reading.modelName, Object.fromEntries(Object.entries(current.frames).map(([slot, text]) => [slot, Number(text)])));
    }
    render(computed);
  }

  /** What the preview shows now. */
  let shown: Computed = { rows: [], messages: [] };

  function render(computed: Computed) {
    shown = computed;
    const { plan, request, rows, messages } = computed;
    for (const slot of Object.keys(state!.frames)) {
      const field = inputsBox.querySelector(`[data-dbc="frames-${slot}"]`);
      field?.setAttribute('aria-invalid', String(messages.some((message) => message.label === `Frames of concept ${slot}`)));
    }
    if (!plan || !request) {
      previewBox.replaceChildren(h(doc, 'ul', {}, ...messages.map((message) => h(doc, 'li', { class: 'error' }, `${message.label}: ${message.message}`))));
      optionsBox.replaceChildren();
      applyButton.disabled = true;
      return;
    }
    renderPreview(plan, rows);
    renderOptions(request);
    applyButton.disabled = plan.errors.length > 0 || !rows.some((row) => isSelected(row));
  }

  function isSelected(row: PlannedWrite): boolean {
    return row.value !== null && row.changes && (state!.choices.get(row.id) ?? row.selectedByDefault);
  }

  function renderPreview(plan: Plan, rows: PlannedWrite[]) {
    const body = h(doc, 'tbody');
    for (const row of rows) {
      const tick = h(doc, 'input', {
        type: 'checkbox',
        'data-dbc': `row-${row.id}`,
        'aria-label': `Write ${row.label}`,
        checked: isSelected(row),
        disabled: row.value === null || !row.changes,
      });
      tick.addEventListener('change', () => {
        state!.choices.set(row.id, tick.checked);
        // A warning the row resolved comes back when it is unticked: redraw the preview.
        render(shown);
      });
      const change = row.value === null ? `${row.current} → (not written)` : row.changes ? `${row.current} → ${formatNumber(row.value)}` : `${row.current} (unchanged)`;
      body.append(
        h(doc, 'tr', {},
          h(doc, 'td', {}, tick),
          h(doc, 'td', {}, row.label),
          h(doc, 'td', { 'data-dbc': `value-${row.id}` }, change),
          h(doc, 'td', {}, h(doc, 'strong', {}, row.rule), ' ', h(doc, 'span', { class: 'why' }, row.why), row.problem ? h(doc, 'div', { class: 'problem' }, row.problem) : null)),
      );
    }
    const summary = `${plan.frames} frames: LR ${formatNumber(plan.learningRate)}, ${formatNumber(plan.stepsPerFrame)} steps per frame, ${plan.maxTrainSteps} steps, ${plan.epochs} epochs, ${plan.classImagesPerInstance} class images per frame.`;
    // A warning that a ticked row resolves (a start factor, a warmup) is moot while the row is ticked.
    const resolved = new Set(rows.filter(isSelected).map((row) => row.resolves));
    const warnings = plan.warnings.filter((notice) => !resolved.has(notice.code));
    const notices = plan.errors.length + warnings.length > 0
      ? h(doc, 'ul', { 'data-dbc': 'warnings' },
        ...plan.errors.map((notice) => h(doc, 'li', { class: 'error', 'data-code': notice.code }, notice.message)),
        ...warnings.map((notice) => h(doc, 'li', { class: 'warning', 'data-code': notice.code }, notice.message)))
      : '';
    previewBox.replaceChildren(
      h(doc, 'h3', {}, 'What will change'),
      h(doc, 'p', {}, summary),
      h(doc, 'table', {}, h(doc, 'thead', {}, h(doc, 'tr', {}, h(doc, 'th', {}, ''), h(doc, 'th', {}, 'Field'), h(doc, 'th', {}, 'Now → planned'), h(doc, 'th', {}, 'Rule'))), body),
      notices,
    );
  }

  function renderOptions(request: PlanRequest) {
    const options = batchSizeOptions(request);
    if (options.length < 2) {
      optionsBox.replaceChildren();
      return;
    }
    const rows = options.map((option) => {
      const inUse = option.batchSize === request.batchSize;
      const problem = batchOptionProblem(state!.tab, option);
      const use = h(doc, 'button', {
        type: 'button',
        'data-dbc': `batch-${option.batchSize}`,
        'aria-pressed': String(inUse),
        disabled: inUse || problem !== null,
        title: problem ?? '',
      }, inUse ? 'In use' : problem ? 'Does not fit' : 'Use');
      use.addEventListener('click', () => {
        state!.adoptedBatchSize = option.batchSize;
        edited();
      });
      return h(doc, 'tr', {}, h(doc, 'td', {}, String(option.batchSize)), h(doc, 'td', {}, String(option.maxTrainSteps)), h(doc, 'td', {}, String(option.epochs)), h(doc, 'td', {}, use));
    });
    optionsBox.replaceChildren(
      h(doc, 'h3', {}, 'Batch sizes that divide your frames (R7)'),
      h(doc, 'table', {}, h(doc, 'thead', {}, h(doc, 'tr', {}, h(doc, 'th', {}, 'Batch size'), h(doc, 'th', {}, 'Steps'), h(doc, 'th', {}, 'Epochs'), h(doc, 'th', {}, ''))), h(doc, 'tbody', {}, ...rows)),
    );
  }

  function apply() {
    const current = state!;
    // The form may have changed since the preview (the user edited it): read and plan again, and
    // write only what the user saw.
    const previewed = selectedValues(current.rows);
    readPage(current);
    const fresh = compute(current);
    if (selectedValues(fresh.rows) !== previewed) {
      current.rows = fresh.rows;
      renderSources();
      render(fresh);
      status.textContent = 'The form changed since the preview. Check the updated preview, then Apply again.';
      return;
    }
    const written: Written[] = [];
    const failed: string[] = [];
    for (const row of fresh.rows) {
      if (!isSelected(row) || row.value === null) continue;
      const previous = readComponent(row.component);
      try {
        writeComponent(row.component, row.value);
        written.push({ component: row.component, label: row.label, previous, value: row.value });
      } catch (error) {
        failed.push(error instanceof Error ? error.message : String(error));
      }
    }
    current.lastWrite = written;
    undoButton.disabled = written.length === 0;
    const wrote = written.length === 0
      ? 'Nothing to write: the form already holds the planned values.'
      : `Wrote ${written.map((entry) => `${entry.label} ${formatPrevious(entry.previous)} → ${formatNumber(entry.value)}`).join(', ')}. Save Settings to keep them.`;
    status.textContent = failed.length === 0 ? wrote : `${wrote} Not written: ${failed.join('; ')}.`;
    current.adoptedBatchSize = undefined;
    refresh();
  }

  /** The rows Apply would write, as text, to notice a preview that no longer matches the form. */
  function selectedValues(rows: PlannedWrite[]): string {
    return rows.filter(isSelected).map((row) => `${row.id}=${row.value}`).join(',');
  }

  /** Restores what Apply replaced, but only where the field still holds what Apply wrote. */
  function undo() {
    const current = state!;
    const restored: string[] = [];
    const kept: string[] = [];
    for (const entry of [...current.lastWrite].reverse()) {
      const now = readComponent(entry.component);
      if (now !== entry.value) {
        kept.unshift(`${entry.label} ${formatPrevious(now)}`);
        continue;
      }
      writeComponent(entry.component, entry.previous === null ? '' : entry.previous);
      restored.unshift(`${entry.label} ${formatPrevious(entry.previous)}`);
    }
    status.textContent = [
      kept.length > 0 ? `Kept your ${kept.join(', ')} (changed since Apply).` : '',
      restored.length > 0 ? `Restored ${restored.join(', ')}.` : '',
    ].filter(Boolean).join(' ');
    current.lastWrite = [];
    undoButton.disabled = true;
    refresh();
  }

  function readPage(current: PanelState) {
    current.tab = locateTab(tabElement, localization());
    current.reading = readForm(current.tab);
  }

  /** After a write the form changed: read it again and recompute the preview. */
  function refresh() {
    readPage(state!);
    renderSources();
    update();
  }

  return {
    element: panel,
    open,
    close: () => {
      panel.hidden = true;
    },
    isOpen: () => !panel.hidden,
  };
}

function describeIssue(issue: InputIssue, slots: number[]): { label: string; message: string } {
  if (issue.field === 'concepts' && issue.index !== undefined) return { label: `Frames of concept ${slots[issue.index]}`, message: issue.message };
  if (issue.field === 'batchSize') return { label: 'Batch Size', message: issue.message };
  return { label: INPUT_LABELS[issue.field] ?? issue.field, message: issue.message };
}

function formatPrevious(value: ComponentValue): string {
  if (value === null || value === '') return '(empty)';
  return typeof value === 'number' ? formatNumber(value) : String(value);
}


function generationName(generation: FormReading['generation']): string {
  return generation === 'current' ? 'current extension UI' : `extension UI of ${generation}`;
}
