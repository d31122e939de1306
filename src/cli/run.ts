/**
 * dreambooth-calc: the formula core on the command line. The contract (flags, --json keys, exit
 * status 2 on bad input) is fixed by the spec.
 */
import { basename, dirname, resolve } from 'node:path';
import { computePlan, exportPlan, validatePlanInput, type Plan, type PlanRequest } from '../core/index.js';
import { EN, EN_PAGES, exportText, noticeText, problemText, refusalText } from '../i18n/index.js';
import { EXPORT_FLAGS, flagOf, readArguments, type OutputChoice } from './arguments.js';
import { curveJson, failureJson, helpText, planJson, table } from './render.js';

/** Writes a file next to --out (the CLI entry's; absent where nothing may be written). */
export type WriteFile = (path: string, content: string) => void;

export function run(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  write?: WriteFile,
  version = 'unknown',
): number {
  const read = readArguments(argv);
  if (!read.ok) return fail([{ code: 'invalid-input', message: read.message }], read.json, out, err);
  if (read.help) {
    out(helpText());
    return 0;
  }
  if (read.version) {
    out(`dreambooth-calc ${version}`);
    return 0;
  }
  // The curve is JSON like --json: its failures are too.
  const json = read.json || read.output.lrCurve;
  const validated = validatePlanInput(read.input);
  if (!validated.ok) {
    const errors = validated.issues.map((issue) => ({
      code: 'invalid-input',
      message: `${flagOf(issue.field)}${issue.index === undefined ? '' : ` (entry ${issue.index + 1})`}: ${problemText(EN, issue.problem, flagOf)}`,
    }));
    return fail(errors, json, out, err);
  }
  const plan = computePlan(validated.request);
  if (plan.errors.length > 0) {
    const errors = plan.errors.map((notice) => ({
      code: notice.code,
      message: `${flagOf(notice.field)}: ${noticeText(EN, notice)}`,
    }));
    return fail(errors, json, out, err, plan);
  }
  if (read.output.lrCurve) {
    out(JSON.stringify(curveJson(plan, validated.request)));
    return 0;
  }
  if (read.output.exportFormat) return exportFiles(plan, validated.request, read.output, out, err, write);
  out(read.json ? JSON.stringify(planJson(plan)) : table(plan, validated.request));
  return 0;
}

/** --export: the files on stdout (or written with --out), the notes and warnings on stderr. */
function exportFiles(
  plan: Plan,
  request: PlanRequest,
  output: OutputChoice,
  out: (text: string) => void,
  err: (text: string) => void,
  write?: WriteFile,
): number {
  if (output.out !== undefined && !write)
    return fail([{ code: 'invalid-input', message: '--out: nothing can be written here' }], false, out, err);
  const format = output.exportFormat!;
  // Absolute, so the trainer finds them wherever it is started.
  const paths = Object.fromEntries(Object.entries(output.paths).map(([name, path]) => [name, resolve(path)]));
  const exported = exportPlan(format, plan, request, {
    paths,
    ...(output.out ? { fileName: basename(output.out), folder: resolve(dirname(output.out)) } : {}),
    ...(output.modelFamily ? { modelFamily: output.modelFamily } : {}),
    ...(output.instanceTokens ? { instanceTokens: output.instanceTokens } : {}),
    ...(output.classToken !== undefined ? { classToken: output.classToken } : {}),
    ...(output.saveEvery !== undefined ? { saveEvery: output.saveEvery } : {}),
  });
  if ('refusal' in exported) {
    const message = refusalText(EN, EN_PAGES, exported.refusal, (option) => `--${EXPORT_FLAGS[option]}`);
    return fail([{ code: 'export-refused', message: `--export ${format}: ${message}` }], false, out, err);
  }
  if (output.out === undefined && exported.files.length > 1) {
    const names = exported.files.map((file) => file.name).join(' and ');
    return fail(
      [{ code: 'invalid-input', message: `--export ${format}: writes ${names}; give --out FILE` }],
      false,
      out,
      err,
    );
  }
  if (output.out !== undefined) {
    const folder = output.out.slice(0, output.out.length - basename(output.out).length);
    for (const file of exported.files) {
      const path = `${folder}${file.name}`;
      try {
        write!(path, file.content);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === 'ENOENT' ? 'no such folder' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
        return fail([{ code: 'invalid-input', message: `--out: cannot write ${path}: ${why}` }], false, out, err);
      }
    }
    out(exported.files.map((file) => `wrote ${folder}${file.name}`).join('\n'));
  } else {
    out(exported.files[0]!.content.trimEnd());
  }
  for (const step of exported.derivation) err(`${step.rule}: ${step.text}`);
  for (const note of exported.notes) err(exportText(EN, EN_PAGES, note));
  for (const warning of exported.warnings) err(`warning [${warning.key}]: ${exportText(EN, EN_PAGES, warning)}`);
  return 0;
}

/** An error line of the output: a plan's notice, or `invalid-input` for what could not be read. */
export interface ErrorLine {
  code: string;
  message: string;
}

function fail(
  errors: ErrorLine[],
  json: boolean,
  out: (text: string) => void,
  err: (text: string) => void,
  plan?: Plan,
): number {
  if (json) out(JSON.stringify(failureJson(errors, plan)));
  err(`dreambooth-calc: ${errors.map((error) => error.message).join('; ')}`);
  return 2;
}
