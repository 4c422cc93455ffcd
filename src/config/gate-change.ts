/**
 * What a change does to its own gate: the config it would apply after the merge, the
 * suppressions and baseline-file entries it adds, the workflow that runs the check. Listed in
 * the job summary, the pull-request comment and the JSON report, in plain sentences.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js';

export type GateChangeKind = 'config' | 'suppression' | 'baseline-file' | 'workflow';

export interface GateChange {
  kind: GateChangeKind;
  /** Plain words, such as "This change turns off capacity-meets-demand (error → off)." */
  message: string;
  /** The gate is weaker after the merge: a rule off or lowered, a finding suppressed. */
  weakens: boolean;
  /** The line the change is about, when it is one (a suppression comment). */
  location?: SourceLocation;
}

/** Which side's settings the check applied, where its config came from, and what the change does to them. */
export interface GateReport {
  /** `base`: the config, suppressions and baseline file of the base version applied; `head`: the change's own. */
  configFrom: 'base' | 'head';
  /** The config file applied, as shown to the user ("supportops.yaml at main (1a2b3c4)"), or null for the defaults. */
  config: string | null;
  changes: GateChange[];
}
