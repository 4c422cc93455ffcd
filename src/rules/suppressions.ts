/**
 * Applying inline suppressions (load/suppression-comments.ts) to a check's findings. A finding
 * of a named rule on the comment's target line is kept, marked suppressed with the comment's
 * reason, so JSON and SARIF still show it; it no longer counts. A comment without a reason, or
 * naming a rule that does not exist, is an error and suppresses nothing; a suppression that
 * matches no finding is a warning, so stale ones are removed.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { SourceMap } from '../load/source-map.js';
import { suppressionComments, type SuppressionComment } from '../load/suppression-comments.js';
import { BUILTIN_IDS, RULES } from './rule-registry.js';

export const SUPPRESSION_RULE_ID = 'suppression';

/** One usable suppression comment, as a later stage needs it. */
export interface SuppressionDirective {
  location: SourceLocation;
  rules: string[];
  reason: string;
  /**
   * The same suppression in two versions of the policies: its rules and reason, the document it
   * sits in (kind and name, or file) and the text of the line it applies to — not line numbers.
   */
  key: string;
}

const RULE_IDS = RULES.map((r) => r.id);

function documentAt(sources: SourceMap, file: string, line: number): { index?: number; identity: string } {
  const source = sources.get(file);
  const offset = source?.lineCounter.lineStarts[line - 1];
  const index = offset === undefined ? -1 : (source?.documents.findIndex((d) => d.range[0] <= offset && offset < Math.max(d.range[2], d.range[0] + 1)) ?? -1);
  // "Kind/name" as findings' fingerprints name a document (model/fingerprints.ts), else the file.
  const identity = index >= 0 ? source?.identity(index) : undefined;
  return { ...(index >= 0 ? { index } : {}), identity: identity ?? file };
}

function problem(location: SourceLocation, severity: Diagnostic['severity'], message: string, suggestion?: string): Diagnostic {
  return { ruleId: SUPPRESSION_RULE_ID, severity, message, location, ...(suggestion ? { suggestion } : {}) };
}

/** The rules a comment names that exist; an error for each that does not. */
function knownRules(comment: SuppressionComment, location: SourceLocation, out: Diagnostic[]): string[] {
  return comment.rules.filter((id) => {
    if (RULE_IDS.includes(id)) return true;
    if ((BUILTIN_IDS as readonly string[]).includes(id)) out.push(problem(location, 'error', `\`${id}\` findings cannot be suppressed: fix what they point at instead.`));
    else out.push(problem(location, 'error', `Unknown rule \`${id}\` in this suppression; it suppresses nothing. The rule ids are listed in docs/rules/.`, didYouMean(id, RULE_IDS)));
    return false;
  });
}

export interface SuppressionResult {
  diagnostics: Diagnostic[];
  directives: SuppressionDirective[];
}

/**
 * `ran` holds the rules that ran: a suppression of a rule that did not run (`--rule`, or a
 * schema error elsewhere) is not called unused.
 */
export function applySuppressions(diagnostics: readonly Diagnostic[], sources: SourceMap, ran: ReadonlySet<string>): SuppressionResult {
  const out = [...diagnostics];
  const directives: SuppressionDirective[] = [];
  for (const file of sources.files()) {
    for (const comment of suppressionComments(sources.get(file)!.text)) {
      const doc = documentAt(sources, file, comment.line);
      const location: SourceLocation = { file, ...(doc.index !== undefined ? { document: doc.index } : {}), pointer: '', start: { line: comment.line, column: comment.column }, end: { line: comment.line, column: comment.endColumn } };
      if (comment.problem) {
        out.push(problem(location, 'error', comment.problem));
        continue;
      }
      const rules = knownRules(comment, location, out);
      const target = documentAt(sources, file, comment.target);
      directives.push({ location, rules, reason: comment.reason, key: [rules.slice().sort().join(','), comment.reason, target.identity, comment.targetText].join('\u0000') });
      for (const rule of rules) {
        let used = false;
        out.forEach((d, i) => {
          if (d.ruleId !== rule || d.location.file !== file || d.location.start.line !== comment.target || d.suppression) return;
          out[i] = { ...d, suppression: { kind: 'inSource', justification: comment.reason, location } };
          used = true;
        });
        if (!used && ran.has(rule)) out.push(problem(location, 'warn', `This suppression of ${rule} is unused: no ${rule} finding is on the line it applies to (line ${comment.target || 'none'}). Remove it, or move it to the line before the finding.`));
      }
    }
  }
  return { diagnostics: out, directives };
}
