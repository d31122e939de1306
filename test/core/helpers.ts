import {
  computePlan,
  validatePlanInput,
  type InputIssue,
  type Notice,
  type Plan,
  type PlanInput,
} from '../../src/core/index.js';
import { EN, noticeText, problemText } from '../../src/i18n/index.js';

/** Validates like every caller does, then plans; fails the test on invalid input. */
export function planFor(input: PlanInput): Plan {
  const validated = validatePlanInput(input);
  if (!validated.ok) throw new Error(`invalid test input: ${JSON.stringify(validated.issues)}`);
  return computePlan(validated.request);
}

export function codes(notices: { code: string }[]): string[] {
  return notices.map((notice) => notice.code);
}

/** The English text of a notice or an input problem, as the CLI prints it. */
export function english(item: Notice | InputIssue): string {
  return 'problem' in item ? problemText(EN, item.problem) : noticeText(EN, item);
}
