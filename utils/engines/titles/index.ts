// The title engine (docs/ADVICE.md#titles): one import for the side panel, the CLI and the bench.
export { analyseTitle } from './analyse';
export type {
  AddWord,
  ChangeKind,
  DropWord,
  Duplicate,
  Opportunity,
  TitleAnalysis,
  TitleChange,
  TitleOptions,
  WordDecision,
  WordDecisionKind,
  WordNumbers,
} from './analyse';
export { measureTitle, truncateToLimit } from './measure';
export { segmentWords, wordKey } from './words';
export { watchExposure } from './exposureWatch';
export type { ExposurePoint, ExposureSignal, ExposureWatch } from './exposureWatch';
export { parseKeywordFile } from './keywordFile';
