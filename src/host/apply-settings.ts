/**
 * The baseline file, applied to a run's findings: the applied version's entries suppress their
 * findings; with a baseline version and `config-from: base`, what only the change adds (a new
 * entry, or a count raised above the base's) is shown under review (or accepted, with the
 * acknowledgement), never silently applied.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { applyBaselineFile, BASELINE_FILE, type BaselineFile } from '../diff/baseline-file.js';
import { SUPPRESSION_RULE_ID } from '../rules/suppressions.js';
import type { VersionSettings } from './gate-settings.js';

export interface SettingsOptions {
  root: string;
  configFrom: 'base' | 'head';
  /** There is a base version (check --baseline, a pull request). */
  baselined: boolean;
  acknowledged: boolean;
}

const AT: SourceLocation = { file: BASELINE_FILE, pointer: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** What the head's file accepts beyond the base's: new entries, and the part of a raised count above the base's. */
function excessOf(base: BaselineFile | undefined, head: BaselineFile | undefined): BaselineFile | undefined {
  if (!head) return undefined;
  const known = new Map((base?.findings ?? []).map((f) => [f.fingerprint, f.count]));
  const findings = head.findings.map((f) => ({ ...f, count: f.count - (known.get(f.fingerprint) ?? 0) })).filter((f) => f.count > 0);
  return findings.length > 0 ? { ...head, findings } : undefined;
}

/** The base's entries apply as they are; what the change adds to the file is shown under review (or accepted). */
function applyReviewed(diagnostics: readonly Diagnostic[], base: BaselineFile | undefined, head: BaselineFile | undefined, acknowledged: boolean): { diagnostics: Diagnostic[]; unmatched: number } {
  const trusted = base ? applyBaselineFile(diagnostics, base, AT) : { diagnostics: [...diagnostics], unmatched: 0 };
  const excess = excessOf(base, head);
  if (!excess) return trusted;
  const status = acknowledged ? ('accepted' as const) : ('underReview' as const);
  const added = applyBaselineFile(trusted.diagnostics, excess, AT, () => status);
  return { diagnostics: added.diagnostics, unmatched: trusted.unmatched + added.unmatched };
}

export function applySettings(diagnostics: readonly Diagnostic[], settings: { applied?: VersionSettings; head?: VersionSettings; base?: VersionSettings }, options: SettingsOptions): Diagnostic[] {
  const review = options.baselined && options.configFrom === 'base';
  const { base, head, applied: appliedSettings } = settings;
  const file = appliedSettings?.baselineFile;
  const applied = review
    ? applyReviewed(diagnostics, base?.baselineFile, head?.baselineFile, options.acknowledged)
    : file ? applyBaselineFile(diagnostics, file, AT) : { diagnostics: [...diagnostics], unmatched: 0 };
  if (applied.unmatched === 0) return applied.diagnostics;
  const n = applied.unmatched;
  return [
    ...applied.diagnostics,
    {
      ruleId: SUPPRESSION_RULE_ID, severity: 'warn', location: AT,
      message: `${n} entr${n === 1 ? 'y' : 'ies'} of ${BASELINE_FILE} match${n === 1 ? 'es' : ''} no finding: fixed since the file was written. Run \`supportops baseline ${options.root}\` to remove ${n === 1 ? 'it' : 'them'}.`,
    },
  ];
}
