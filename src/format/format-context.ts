import type { GateReport } from '../config/gate-change.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FeasibilityFacts } from '../facts/compute-facts.js';

/** What every formatter receives besides the diagnostics. */
export interface FormatContext {
  /** The policy root as the user named it, for display and links. */
  root: string;
  asOf: string;
  files: number;
  documents: number;
  /** Source text by relative file path, for code frames. */
  sourceText(file: string): string | undefined;
  /** Coverage and capacity facts (json only; present after `check` on a valid policy set). */
  facts?: FeasibilityFacts;
  /** ANSI colours (stylish only). */
  color?: boolean;
  /** With a baseline: whose settings applied and what the change does to its own gate. */
  gate?: GateReport;
}

export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;
