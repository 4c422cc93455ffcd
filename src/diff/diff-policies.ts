/** The semantic diff of two policy sets: what a change means for customers and for the team. */
import { FactsCache } from '../facts/facts-cache.js';
import { computeFacts } from '../facts/compute-facts.js';
import { AcknowledgementBodies } from '../generate/acknowledgements/acknowledgement-bodies.js';
import type { GenerateInput } from '../generate/generate-artifacts.js';
import { PhraseBook } from '../generate/locale/catalogs.js';
import type { PolicyFile } from '../load/files.js';
import type { Model } from '../model/model.js';
import type { FeasibilityFacts } from '../facts/compute-facts.js';
import { snapshotOf } from '../model/timeline.js';
import { validatePolicies, type ValidationResult } from '../model/validate-policies.js';
import { sortChanges, type Change, type ChangeSeverity, type Skipped } from './change.js';
import { compareFeasibility } from './compare-feasibility.js';
import { compareText } from './compare-text.js';
import { customerTexts } from './customer-texts.js';
import { renderDiffering } from './acknowledgement-keys.js';
import { compareDatedChanges } from './dated-changes.js';
import { diffModels, tidy } from './diff-models.js';

export { diffModels } from './diff-models.js';

/** A version as `checkPolicies` returns it (rules import the diff, so not its type): validated, with its facts when it is whole. */
type CheckResult = ValidationResult & { facts?: FeasibilityFacts };

export interface PolicyDiff {
  changes: Change[];
  summary: Record<ChangeSeverity, number>;
  /** Schema problems on either side: those documents are left out of the comparison. */
  invalid: { base: number; head: number };
  skipped: Skipped[];
}

export interface DiffOptions {
  /** With a date, feasibility (coverage and capacity over the year from it) is compared too, and holiday calendars are expanded from it. */
  asOf?: string;
  /** With a date and the default templates (as `supportops build` uses), customer-facing text is compared too. */
  templates?: GenerateInput['templates'];
  /** Days of real dates feasibility covers from asOf (default 365). */
  horizonDays?: number;
  /** Reuse facts and simulations between the two versions (and checks of them); none by default. */
  cache?: FactsCache;
}

/** Problems that leave documents out of the model (a checked result also carries rule findings, which do not). */
const UNREAD = new Set(['file', 'yaml-syntax', 'schema']);
const errors = (r: CheckResult) => r.diagnostics.filter((d) => d.severity === 'error' && UNREAD.has(d.ruleId)).length;

/**
 * One version: its files, and optionally the result a caller already has (the Action checks
 * both sides first). A checked result's facts are used as they are, so check it with the same
 * asOf and horizon as the diff's options.
 */
export interface DiffSide {
  files: readonly PolicyFile[];
  result?: CheckResult;
}

const asSide = (side: readonly PolicyFile[] | DiffSide): DiffSide => ('files' in side ? side : { files: side });

/** What customers read, compared; acknowledgements as keys, only those that differ between the versions rendered (acknowledgement-keys.ts). */
function compareCustomerTexts(
  base: { model: Model; files: readonly PolicyFile[] },
  head: { model: Model; files: readonly PolicyFile[] },
  asOf: string,
  templates: GenerateInput['templates'],
  changes: Change[],
): { changes: Change[] } | { skipped: Skipped } {
  const shared = { book: new PhraseBook(), bodies: new AcknowledgementBodies(true) };
  const before = customerTexts(base.model, base.files, asOf, templates, shared);
  const after = customerTexts(head.model, head.files, asOf, templates, shared);
  const failed = before.ok && after.ok ? renderDiffering(before.channels, after.channels, shared.bodies) : {};
  const reasons = { base: before.ok ? failed.base : before.reason, head: after.ok ? failed.head : after.reason };
  if (before.ok && after.ok && !reasons.base && !reasons.head) return { changes: compareText({ model: base.model, texts: before.channels }, { model: head.model, texts: after.channels }, changes) };
  const why = [reasons.base ? `the base does not render (${reasons.base})` : '', reasons.head ? `the head does not render (${reasons.head})` : ''];
  return { skipped: { part: 'customer-text', reason: `${why.filter(Boolean).join('; ')}: run supportops build` } };
}

/** The semantic diff of two versions, given as files or as already-checked sides. */
export function diffPolicies(baseSide: readonly PolicyFile[] | DiffSide, headSide: readonly PolicyFile[] | DiffSide, options: DiffOptions = {}): PolicyDiff {
  const { files: baseFiles, result: baseResult } = asSide(baseSide);
  const { files: headFiles, result: headResult } = asSide(headSide);
  const { asOf, templates } = options;
  // Each side's version in force on asOf (calendars expanded from it); the changes its dated revisions make later follow.
  const years = { asOf, horizonDays: options.horizonDays };
  const base = baseResult ?? validatePolicies(baseFiles, years);
  const head = headResult ?? validatePolicies(headFiles, years);
  const invalid = { base: errors(base), head: errors(head) };
  const changes = [...diffModels(base.model, head.model), ...(asOf ? compareDatedChanges(base.model, head.model, asOf).map(tidy) : [])];
  const extra: Change[] = [];
  const skipped: Skipped[] = [];
  if (asOf && (invalid.base || invalid.head)) {
    // Feasibility and text need whole models on both sides.
    const sides = [invalid.base ? `${invalid.base} in the base` : '', invalid.head ? `${invalid.head} in the head` : ''].filter(Boolean);
    const reason = `schema errors (${sides.join(', ')}): a half-read policy set would show false differences`;
    skipped.push({ part: 'feasibility', reason });
    if (templates) skipped.push({ part: 'customer-text', reason });
  } else if (asOf) {
    const cache = options.cache ?? new FactsCache();
    // Each version in force on asOf, over the whole horizon: the same span on both sides, whatever
    // each plans for later dates (those are compared as dated changes; `check` measures them).
    const side = (r: CheckResult) => {
      const model = snapshotOf(r.model);
      const facts = model === r.model && r.facts ? r.facts : computeFacts(model, { asOf, horizonDays: options.horizonDays, cache });
      return { model, facts };
    };
    extra.push(...compareFeasibility(side(base), side(head)));
    if (templates) {
      const text = compareCustomerTexts({ model: base.model, files: baseFiles }, { model: head.model, files: headFiles }, asOf, templates, changes);
      if ('skipped' in text) skipped.push(text.skipped);
      else extra.push(...text.changes);
    }
  }
  const all = sortChanges([...changes, ...extra.map(tidy)]);
  const summary: Record<ChangeSeverity, number> = { breaking: 0, notable: 0, info: 0 };
  for (const change of all) summary[change.severity]++;
  return { changes: all, summary, invalid, skipped };
}
