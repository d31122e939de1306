/**
 * The standalone planner page: the calculator's inputs as a form, the plan with its derivation and
 * warnings, the batch-size options as a chart, and a download of each export. Static: it works opened
 * from disk or from any host, with no server and no network.
 */
import {
  EXPORT_FORMATS,
  EXPORT_PATHS,
  MODEL_FAMILIES,
  PLAN_FIGURES,
  MODES,
  PRECISIONS,
  SCHEDULER_FAMILIES,
  STRENGTHS,
  batchSizeOptions,
  computePlan,
  exportPlan,
  formatNumber,
  numberFromText,
  validatePlanInput,
  type ExportOptions,
  type InputIssue,
  type Plan,
  type PlanInput,
  type PlanRequest,
} from '../../core/index.js';
import type { PlannerKey } from '../../i18n/index.js';
import { h } from '../dom.js';
import type { PageWords, Words } from '../words.js';
import { drawRateChart } from '../rate-chart.js';
import { batchChart } from './chart.js';

type FieldKind =
  | { kind: 'text'; initial: string; list?: readonly string[] }
  | { kind: 'select'; choices: readonly string[]; initial: string }
  | { kind: 'check' };

/** The form: each field's id, its label and what it holds. */
const FIELDS: readonly { id: string; label: PlannerKey; field: FieldKind }[] = [
  { id: 'frames', label: 'frames', field: { kind: 'text', initial: '20' } },
  { id: 'formula', label: 'formula', field: { kind: 'select', choices: MODES, initial: 'advanced' } },
  { id: 'strength', label: 'strength', field: { kind: 'text', initial: 'medium', list: Object.keys(STRENGTHS) } },
  { id: 'learningRate', label: 'learningRate', field: { kind: 'text', initial: '' } },
  // The CLI's default (the spec's --te-ratio 0), so both give the same plan for the same frames.
  { id: 'textEncoderRatio', label: 'textEncoder', field: { kind: 'text', initial: '0' } },
  { id: 'resolution', label: 'resolution', field: { kind: 'text', initial: '512' } },
  { id: 'dynamicResolutions', label: 'dynamicResolutions', field: { kind: 'text', initial: '' } },
  { id: 'batchSize', label: 'batchSize', field: { kind: 'text', initial: '1' } },
  { id: 'gradAccum', label: 'gradAccum', field: { kind: 'text', initial: '1' } },
  {
    id: 'scheduler',
    label: 'scheduler',
    field: {
      kind: 'text',
      initial: 'constant',
      list: [
        'constant',
        'constant_with_warmup',
        'linear',
        'linear_with_warmup',
        'cosine',
        'cosine_with_restarts',
        'polynomial',
      ],
    },
  },
  {
    id: 'schedulers',
    label: 'schedulers',
    field: { kind: 'select', choices: SCHEDULER_FAMILIES, initial: 'research' },
  },
  { id: 'startFactor', label: 'startFactor', field: { kind: 'text', initial: '' } },
  { id: 'warmupSteps', label: 'warmupSteps', field: { kind: 'text', initial: '' } },
  { id: 'precision', label: 'precision', field: { kind: 'select', choices: PRECISIONS, initial: 'fp32' } },
  { id: 'gpus', label: 'gpus', field: { kind: 'text', initial: '1' } },
  { id: 'optimizer', label: 'optimizer', field: { kind: 'text', initial: '' } },
  { id: 'scaleLr', label: 'scaleLr', field: { kind: 'check' } },
  { id: 'lora', label: 'lora', field: { kind: 'check' } },
  { id: 'prior', label: 'prior', field: { kind: 'check' } },
  // What only the files need: the trainer's model and folders, and the folder names' words.
  { id: 'modelFamily', label: 'modelFamily', field: { kind: 'select', choices: MODEL_FAMILIES, initial: 'sd15' } },
  { id: 'model', label: 'model', field: { kind: 'text', initial: '' } },
  { id: 'outputDir', label: 'outputDir', field: { kind: 'text', initial: '' } },
  { id: 'trainDataDir', label: 'trainDataDir', field: { kind: 'text', initial: '' } },
  { id: 'regDataDir', label: 'regDataDir', field: { kind: 'text', initial: '' } },
  { id: 'instanceToken', label: 'instanceToken', field: { kind: 'text', initial: '' } },
  { id: 'classToken', label: 'classToken', field: { kind: 'text', initial: '' } },
  { id: 'saveEvery', label: 'saveEvery', field: { kind: 'text', initial: '' } },
];

/** Which form field a request field's problem belongs to. */
const FIELD_OF: Partial<Record<keyof PlanInput, string>> = {
  frames: 'frames',
  concepts: 'frames',
  mode: 'formula',
  textEncoder: 'textEncoderRatio',
};

export function mountPlanner(
  doc: Document,
  root: HTMLElement,
  words: Words,
  pages: PageWords,
  onLanguage: (language: string) => void,
): void {
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const messages = new Map<string, HTMLElement>();
  const form = h(doc, 'form', { class: 'fields', 'data-dbc': 'planner-form' });
  for (const { id, label, field } of FIELDS) {
    let input: HTMLInputElement | HTMLSelectElement;
    if (field.kind === 'select') {
      input = h(
        doc,
        'select',
        { id, name: id },
        ...field.choices.map((choice) =>
          h(
            doc,
            'option',
            { value: choice, selected: choice === field.initial },
            id === 'schedulers' ? pages.planner(`schedulers.${choice as 'research' | 'extension'}`) : choice,
          ),
        ),
      );
    } else if (field.kind === 'check') {
      input = h(doc, 'input', { id, name: id, type: 'checkbox' });
    } else {
      input = h(doc, 'input', {
        id,
        name: id,
        type: 'text',
        value: field.initial,
        ...(field.list ? { list: `${id}-list` } : {}),
      });
    }
    inputs.set(id, input);
    const message = h(doc, 'span', { class: 'problem', 'data-dbc': `problem-${id}` });
    messages.set(id, message);
    const list =
      field.kind === 'text' && field.list
        ? h(doc, 'datalist', { id: `${id}-list` }, ...field.list.map((value) => h(doc, 'option', { value })))
        : null;
    const hint = id === 'frames' ? h(doc, 'span', { class: 'hint' }, pages.planner('framesHint')) : null;
    form.append(
      h(
        doc,
        'label',
        { class: field.kind === 'check' ? 'check' : '' },
        field.kind === 'check' ? input : pages.planner(label),
        field.kind === 'check' ? pages.planner(label) : input,
        list,
        hint,
        message,
      ),
    );
  }
  // A field's change event comes again when it loses focus, as when the user clicks a download: the
  // plan is redrawn only for what really changed, so the click lands on the button it aimed at.
  let drawnFor = '';
  const edited = () => {
    const state = JSON.stringify(
      [...inputs.values()].map((input) =>
        input.type === 'checkbox' ? (input as HTMLInputElement).checked : input.value,
      ),
    );
    if (state === drawnFor) return;
    drawnFor = state;
    update();
  };
  form.addEventListener('input', edited);
  form.addEventListener('change', edited);
  form.addEventListener('submit', (event) => event.preventDefault());

  const language = h(
    doc,
    'select',
    { id: 'language', 'data-dbc': 'language' },
    ...[
      ['auto', pages.planner('languageAuto')],
      ['en', 'English'],
      ['zh', '简体中文'],
      ['ja', '日本語'],
    ].map(([code, name]) => h(doc, 'option', { value: code!, selected: code === words.language }, name!)),
  );
  language.addEventListener('change', () => onLanguage(language.value));

  const output = h(doc, 'section', { class: 'output', 'aria-live': 'polite' });
  root.replaceChildren(
    h(
      doc,
      'header',
      {},
      h(doc, 'h1', {}, pages.planner('title')),
      h(doc, 'label', { class: 'language' }, pages.planner('language'), language),
    ),
    h(doc, 'p', { class: 'intro' }, pages.planner('intro')),
    form,
    output,
  );

  const text = (id: string) => (inputs.get(id) as HTMLInputElement).value.trim();
  const checked = (id: string) => (inputs.get(id) as HTMLInputElement).checked;

  /** The form as a plan input: what is empty is left to the calculator's defaults. */
  function readForm(): PlanInput {
    const input: Record<string, unknown> = {
      mode: text('formula'),
      precision: text('precision'),
      schedulers: text('schedulers'),
      scaleLr: checked('scaleLr'),
      lora: checked('lora'),
      prior: checked('prior'),
    };
    const list = (value: string) => value.split(',').map(numberFromText);
    const frames = text('frames');
    if (frames.includes(',')) input.concepts = list(frames);
    else input.frames = numberFromText(frames);
    for (const id of [
      'learningRate',
      'textEncoderRatio',
      'batchSize',
      'gradAccum',
      'gpus',
      'startFactor',
      'warmupSteps',
    ])
      if (text(id) !== '') input[id] = numberFromText(text(id));
    if (text('dynamicResolutions') !== '') input.dynamicResolutions = list(text('dynamicResolutions'));
    else if (text('resolution') !== '') input.resolution = numberFromText(text('resolution'));
    if (text('formula') === 'advanced' && text('learningRate') === '') input.strength = text('strength');
    if (text('scheduler') !== '') input.scheduler = text('scheduler');
    if (text('optimizer') !== '') input.optimizer = text('optimizer');
    return input as PlanInput;
  }

  function showIssues(issues: readonly InputIssue[]) {
    for (const message of messages.values()) message.textContent = '';
    for (const issue of issues) {
      const id = FIELD_OF[issue.field] ?? issue.field;
      const message = messages.get(id) ?? messages.get('frames')!;
      const entry = issue.index === undefined ? '' : `#${issue.index + 1}: `;
      message.textContent = `${entry}${words.problem(issue.problem)}`;
      inputs.get(id)?.setAttribute('aria-invalid', 'true');
    }
  }

  function update() {
    for (const input of inputs.values()) input.removeAttribute('aria-invalid');
    const validated = validatePlanInput(readForm());
    if (!validated.ok) {
      showIssues(validated.issues);
      output.replaceChildren(h(doc, 'p', { class: 'error', 'data-dbc': 'no-plan' }, pages.planner('noPlan')));
      return;
    }
    showIssues([]);
    render(computePlan(validated.request), validated.request);
  }

  function render(plan: Plan, request: PlanRequest) {
    const values = h(
      doc,
      'table',
      { class: 'values', 'data-dbc': 'plan' },
      h(
        doc,
        'tbody',
        {},
        ...PLAN_FIGURES.map((key) =>
          h(
            doc,
            'tr',
            {},
            h(doc, 'th', {}, pages.planner(`value.${key}`)),
            h(doc, 'td', { class: 'num', 'data-dbc': `plan-${key}` }, formatNumber(plan[key])),
          ),
        ),
      ),
    );
    const derivation = h(
      doc,
      'ol',
      { class: 'derivation', 'data-dbc': 'derivation' },
      ...plan.derivation.map((step) => h(doc, 'li', {}, h(doc, 'strong', {}, step.rule), ` ${step.text}`)),
    );
    const notices = [
      ...plan.errors.map((notice) => ['error', notice] as const),
      ...plan.warnings.map((notice) => ['warning', notice] as const),
    ];
    const noticeList =
      notices.length === 0
        ? null
        : h(
            doc,
            'ul',
            { class: 'notices', 'data-dbc': 'notices' },
            ...notices.map(([kind, notice]) =>
              h(doc, 'li', { class: kind, 'data-code': notice.code }, words.notice(notice)),
            ),
          );
    // A plan with an error is no plan: its error alone, no figures, chart or files.
    if (plan.errors.length > 0) {
      output.replaceChildren(h(doc, 'h2', {}, pages.planner('plan')), noticeList ?? '');
      return;
    }
    const options = batchSizeOptions(request);
    const chart =
      options.length > 1
        ? batchChart(
            doc,
            options,
            { title: pages.planner('chart'), steps: pages.planner('chartSteps'), epochs: pages.planner('chartEpochs') },
            request.batchSize,
            words.language,
          )
        : null;
    output.replaceChildren(
      h(doc, 'h2', {}, pages.planner('plan')),
      values,
      noticeList ?? '',
      drawRateChart(doc, words, request, plan, { width: 640, height: 200 }),
      chart ? h(doc, 'figure', {}, chart, h(doc, 'figcaption', {}, pages.planner('chart'))) : '',
      h(doc, 'h2', {}, pages.planner('downloads')),
      downloads(plan, request),
      h(doc, 'h2', {}, pages.planner('derivation')),
      derivation,
    );
  }

  /** The export fields: what is empty is left out (each format says what it cannot do without). */
  function exportOptions(): ExportOptions {
    const paths = Object.fromEntries(EXPORT_PATHS.filter((id) => text(id) !== '').map((id) => [id, text(id)]));
    return {
      modelFamily: text('modelFamily') as ExportOptions['modelFamily'],
      paths,
      ...(text('instanceToken')
        ? {
            instanceTokens: text('instanceToken')
              .split(',')
              .map((token) => token.trim()),
          }
        : {}),
      ...(text('classToken') ? { classToken: text('classToken') } : {}),
      // Not a number is NaN here, which the export refuses with its reason.
      ...(text('saveEvery') ? { saveEvery: Number(text('saveEvery')) } : {}),
    };
  }

  /** One download per export, or why that trainer's file cannot be made yet. */
  function downloads(plan: Plan, request: PlanRequest): HTMLElement {
    const list = h(doc, 'ul', { class: 'downloads' });
    for (const format of EXPORT_FORMATS) {
      const exported = exportPlan(format, plan, request, exportOptions());
      if ('refusal' in exported) {
        list.append(
          h(
            doc,
            'li',
            { 'data-dbc': `export-${format}` },
            h(doc, 'strong', {}, pages.planner(`format.${format}`)),
            ' ',
            h(
              doc,
              'span',
              { class: 'refusal', 'data-dbc': `refusal-${format}` },
              pages.refused(exported.refusal, (option) => pages.planner(option)),
            ),
          ),
        );
        continue;
      }
      const buttons = exported.files.map((file) => {
        const button = h(
          doc,
          'button',
          { type: 'button', 'data-dbc': `download-${file.name}` },
          pages.planner('download', { name: file.name }),
        );
        button.addEventListener('click', () => save(file.name, file.content));
        return button;
      });
      const notes = [
        ...exported.derivation.map((step) => `${step.rule} ${step.text}`),
        ...exported.notes.map((note) => pages.exported(note)),
        ...exported.warnings.map((warning) => pages.exported(warning)),
      ];
      list.append(
        h(
          doc,
          'li',
          { 'data-dbc': `export-${format}` },
          h(doc, 'strong', {}, pages.planner(`format.${format}`)),
          ' ',
          ...buttons,
          h(doc, 'ul', { class: 'export-notes' }, ...notes.map((note) => h(doc, 'li', {}, note))),
        ),
      );
    }
    return list;
  }

  /** A download from memory: works from disk and offline. */
  function save(name: string, content: string) {
    const view = doc.defaultView!;
    const url = view.URL.createObjectURL(
      new view.Blob([content], { type: name.endsWith('.json') ? 'application/json' : 'application/toml' }),
    );
    const link = h(doc, 'a', { href: url, download: name });
    doc.body.append(link);
    link.click();
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
  }

  update();
}
