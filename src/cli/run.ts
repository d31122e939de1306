/**
 * dreambooth-calc: the formula core on the command line. The contract (flags, --json keys, exit
 * status 2 on bad input) is fixed by the spec.
 */
import { computePlan, validatePlanInput, type Plan } from '../core/index.js';
import { EN, noticeText, problemText } from '../i18n/index.js';
import { flagOf, readArguments } from './arguments.js';
import { failureJson, helpText, planJson, table } from './render.js';

export function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const read = readArguments(argv);
  if (!read.ok) return fail([{ code: 'invalid-input', message: read.message }], read.json, out, err);
  if (read.help) {
    out(helpText());
    return 0;
  }
  const validated = validatePlanInput(read.input);
  if (!validated.ok) {
    const errors = validated.issues.map((issue) => ({
      code: 'invalid-input',
      message: `${flagOf(issue.field)}${issue.index === undefined ? '' : ` (entry ${issue.index + 1})`}: ${problemText(EN, issue.problem)}`,
    }));
    return fail(errors, read.json, out, err);
  }
  const plan = computePlan(validated.request);
  if (plan.errors.length > 0) {
    const errors = plan.errors.map((notice) => ({
      code: notice.code,
      message: `${flagOf(notice.field)}: ${noticeText(EN, notice)}`,
    }));
    return fail(errors, read.json, out, err, plan);
  }
  out(read.json ? JSON.stringify(planJson(plan)) : table(plan, validated.request));
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
