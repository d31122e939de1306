export * from './constants.js';
export { formatNumber } from './format.js';
export { computePlan, batchSizeOptions, type Plan, type BatchSizeOption, type DerivationStep, type ConceptPlan } from './plan.js';
export { validatePlanInput, resolveStrength, normaliseName, numberFromText, numberProblem, type PlanInput, type PlanRequest, type InputIssue } from './request.js';
export { framesForStrength } from './rules.js';
