export * from './constants.js';
export { formatNumber } from './format.js';
export { PLAN_FIGURES, computePlan, type Plan, type DerivationStep, type ConceptPlan } from './plan.js';
export {
  validatePlanInput,
  resolveStrength,
  normaliseName,
  numberFromText,
  numberProblem,
  type PlanInput,
  type PlanRequest,
  type InputIssue,
  type Problem,
  type ProblemKey,
  type ProblemParams,
} from './request.js';
export { framesForStrength, warmupStepsOfShare } from './rules.js';
export {
  learningRateCurve,
  planCurves,
  type CurvePoint,
  type CurveRun,
  type LearningRateCurve,
  type PlanCurves,
} from './lr-curve.js';
export { batchSizeOptions, lowerStepAlternatives, planWith, type BatchSizeOption, type FitChange } from './what-if.js';
export {
  EXPORT_FORMATS,
  EXPORT_PATHS,
  MODEL_FAMILIES,
  isAbsolutePath,
  exportPlan,
  exportRefusal,
  kohyaGuiSettings,
  sdScriptsTextEncoderRatio,
  sdScriptsCheckpoints,
  CHECKPOINT_GB,
  type ExportFile,
  type ExportFormat,
  type ExportNote,
  type ExportOptions,
  type ExportPath,
  type ExportRefusal,
  type ExportWarning,
  type KohyaGuiSettings,
  type ModelFamily,
  type PlanExport,
} from './exports.js';
