/**
 * The baseline file, applied to a run's findings: the applied version's entries suppress their
 * findings; with a baseline version and `config-from: base`, entries only the change adds are
 * shown under review (or accepted, with the acknowledgement), never silently applied.
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

/** Base entries and the ones only the head has, each at the larger count. */
function union(base: BaselineFile | undefined, head: BaselineFile | undefined): { file: BaselineFile | undefined; headOnly: Set<string> } {
  const baseline = base ?? head;
  if (!baseline) return { file: undefined, headOnly: new Set() };
  const known = new Map((base?.findings ?? []).map((f) => [f.fingerprint, f]));
  const headOnly = new Set<string>();
  const findings = [...(base?.findings ?? [])];
  for (const f of head?.findings ?? []) {
    const had = known.get(f.fingerprint);
    if (!had) {
      headOnly.add(f.fingerprint);
      findings.push(f);
    } else if (f.count > had.count) findings[findings.indexOf(had)] = { ...had, count: f.count };
  }
  return { file: { ...baseline, findings }, headOnly };
}

export function applySettings(diagnostics: readonly Diagnostic[], settings: { applied?: VersionSettings; head?: VersionSettings; base?: VersionSettings }, options: SettingsOptions): Diagnostic[] {
  const review = options.baselined && options.configFrom === 'base';
  const { file, headOnly } = review ? union(settings.base?.baselineFile, settings.head?.baselineFile) : { file: settings.applied?.baselineFile, headOnly: new Set<string>() };
  if (!file) return [...diagnostics];
  const status = options.acknowledged ? ('accepted' as const) : ('underReview' as const);
  const applied = applyBaselineFile(diagnostics, file, AT, (fingerprint) => (headOnly.has(fingerprint) ? status : undefined));
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
