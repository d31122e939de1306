import { computePlan, validatePlanInput, type Plan, type PlanInput } from '../../src/core/index.js';

/** Validates like every caller does, then plans; fails the test on invalid input. */
export function planFor(input: PlanInput): Plan {
  const validated = validatePlanInput(input);
  if (!validated.ok) throw new Error(`invalid test input: ${JSON.stringify(validated.issues)}`);
  return computePlan(validated.request);
}

export function codes(notices: { code: string }[]): string[] {
  return notices.map((notice) => notice.code);
}
