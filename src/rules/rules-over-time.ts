/**
 * Every rule over time (docs/effective-dates.md): each runs on the version of the policies in
 * force in each window from --as-of on, cut wherever a dated revision starts or stops. A finding
 * that several windows share is reported once, and it names its windows ("From 2027-01-04: …")
 * unless it holds in every window in which the document it points at is in force. Feasibility
 * facts exist only inside the horizon: beyond it a rule that reads them finds nothing, and those
 * windows do not count against its findings.
 */
import type { FeasibilityFacts } from '../facts/compute-facts.js';
import type { Model, Origin } from '../model/model.js';
import { windowWords, type EffectiveWindow } from '../values/effective-windows.js';
import type { Rule, RuleContext, RuleReport } from './define-rule.js';

export interface RuleWindow {
  window: EffectiveWindow;
  /** The version in force throughout the window. */
  model: Model;
  /** The window's facts; undefined beyond the horizon. */
  facts: (() => FeasibilityFacts) | undefined;
}

interface Found {
  rule: Rule;
  report: RuleReport;
  /** Indexes of the windows it was found in. */
  windows: Set<number>;
}

const NO_FACTS = (from: string): FeasibilityFacts => ({ horizon: { from, days: 0 }, windows: [], coverage: { channels: [], escalations: [] }, capacity: [], simulation: [] });

/** The windows (indexes) in which the document `at` points into is in force; every window for anything else. */
function documentWindows(windows: readonly RuleWindow[], at: Origin): number[] {
  const timeline = windows[0]!.model.timeline;
  const entity = timeline.entities.find((e) => e.origin.file === at.file && e.origin.document === at.document);
  return windows.flatMap((w, i) => (!entity || timeline.inForce(entity, w.window.from) ? [i] : []));
}

/** "Before 2027-01-04", "From 2027-01-04 to 2027-01-31 and from 2027-03-01": runs of neighbouring windows. */
function label(windows: readonly RuleWindow[], found: number[]): string {
  const runs: EffectiveWindow[] = [];
  let first = -1;
  found.forEach((i, k) => {
    if (k === 0 || found[k - 1] !== i - 1) first = i;
    if (k === found.length - 1 || found[k + 1] !== i + 1) runs.push({ from: windows[first]!.window.from, until: windows[i]!.window.until });
  });
  return runs.map((run, k) => {
    const words = windowWords(run, run.from === windows[0]!.window.from);
    return k === 0 ? words : words.charAt(0).toLowerCase() + words.slice(1);
  }).join(' and ');
}

/** Runs `rules` in every window and passes each distinct finding to `emit` once, named by its window where it needs to be. */
export function runRulesOverTime(rules: readonly Rule[], windows: readonly RuleWindow[], shared: Omit<RuleContext, 'model' | 'facts'>, emit: (rule: Rule, problem: RuleReport) => void): void {
  for (const rule of rules) {
    if (rule.timeline) {
      rule.check({ model: windows[0]!.model, ...shared, get facts(): FeasibilityFacts { throw new Error(`${rule.id} reads every revision, not one window's facts`); } }, (report) => emit(rule, report));
      continue;
    }
    const found = new Map<string, Found>();
    // Windows whose facts this rule could read: beyond the horizon, only rules that do not.
    const possible = new Set<number>();
    windows.forEach((w, i) => {
      let readFacts = false;
      const context = {
        model: w.model,
        ...shared,
        get facts() {
          readFacts = true;
          return w.facts ? w.facts() : NO_FACTS(w.window.from);
        },
      };
      rule.check(context, (report) => {
        const key = JSON.stringify([rule.id, report.at, report.target, report.within, report.message, report.related, report.suggestion]);
        const seen = found.get(key) ?? found.set(key, { rule, report, windows: new Set() }).get(key)!;
        seen.windows.add(i);
      });
      if (!readFacts || w.facts) possible.add(i);
    });
    for (const f of found.values()) emitOnce(f, windows, possible, emit);
  }
}

function emitOnce(f: Found, windows: readonly RuleWindow[], possible: ReadonlySet<number>, emit: (rule: Rule, problem: RuleReport) => void): void {
  const where = documentWindows(windows, f.report.at).filter((i) => possible.has(i));
  const when = [...f.windows].filter((i) => possible.has(i) && where.includes(i)).sort((a, b) => a - b);
  // Found wherever its document is in force (or found by a rule that reads every revision at once): no window to name.
  const everywhere = where.every((i) => f.windows.has(i));
  emit(f.rule, everywhere || when.length === 0 ? f.report : { ...f.report, message: `${label(windows, when)}: ${f.report.message}` });
}
