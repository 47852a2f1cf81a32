// Types for scripts/lint-firefox.mjs.
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
  summary: { errors: number; warnings: number; notices: number };
}
export function acceptedWarnings(storeMd: string): Map<string, number>;
export function lintProblems(result: LintResult, accepted: Map<string, number>): string[];
