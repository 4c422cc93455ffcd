/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with id, short and full description, help
 * and a helpUri to its page; every result with a stable ruleId, a message, a region and a
 * fingerprint that survives moved lines; suppressed findings with their `suppressions`; the
 * run's `automationDetails` so several policy roots in one repository stay apart.
 */
import type * as Sarif from 'sarif';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { RULES } from '../rules/rule-registry.js';
import type { FormatContext } from './format-context.js';
import { sarifLocation } from './paths.js';

const INFORMATION_URI = 'https://github.com/supportops/supportops';

const BUILTIN: Record<string, string> = {
  'yaml-syntax': 'A policy file is not well-formed YAML 1.2, or uses a construct supportops refuses (duplicate keys, YAML tags, nesting over 50 levels, __proto__, undefined aliases, alias bombs, a YAML 1.1 directive).',
  schema: 'A policy document does not match the JSON Schema of its kind.',
  'holiday-calendar': 'A schedule names a holiday calendar date-holidays does not know, or a .ics file that is not in the policy folder.',
  'ics-syntax': 'A .ics holiday calendar a schedule names cannot be read: broken structure, an unreadable line, an event with a time of day, no date or no name, or a repeat rule that cannot be expanded.',
  file: 'A policy file cannot be read as YAML text: binary, not UTF-8, too large, unreadable, a broken or outside symbolic link, or empty.',
  suppression: 'An inline suppression comment without a reason, naming a rule that does not exist, or matching no finding.',
};

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

/** The rule's page at the released version's tag, so a link never drifts from the rule it explains. */
export function ruleHelpUri(id: string, version: string): string {
  return `${INFORMATION_URI}/blob/v${version}/docs/rules/${id}.md`;
}

function ruleDescriptor(id: string, description: string, version: string): Sarif.ReportingDescriptor {
  const help = `${description} See docs/rules/${id}.md in the supportops package.`;
  return {
    id,
    name: id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: description.split(/(?<=\.)\s/)[0] ?? description },
    fullDescription: { text: description },
    helpUri: ruleHelpUri(id, version),
    help: { text: help, markdown: `${description}\n\nSee [docs/rules/${id}.md](${ruleHelpUri(id, version)}).` },
  };
}

function physical(root: string, location: SourceLocation, full: boolean): Sarif.PhysicalLocation {
  const { start, end } = location;
  const region: Sarif.Region = full
    ? { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: Math.max(end.column, start.column + 1) }
    : { startLine: start.line, startColumn: start.column };
  return { artifactLocation: sarifLocation(root, location.file), region };
}

function suppressions(d: Diagnostic, root: string): Sarif.Suppression[] | undefined {
  const s = d.suppression;
  if (!s) return undefined;
  return [{
    kind: s.kind, justification: s.justification,
    ...(s.status ? { status: s.status } : {}),
    ...(s.location ? { location: { physicalLocation: physical(root, s.location, true) } } : {}),
  }];
}

function result(d: Diagnostic, root: string, index: ReadonlyMap<string, number>): Sarif.Result {
  const suppressed = suppressions(d, root);
  return {
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId) ?? -1,
    level: LEVEL[d.severity],
    message: { text: d.suggestion ? `${d.message} (${d.suggestion})` : d.message },
    locations: [{ physicalLocation: physical(root, d.location, true) }],
    // Stable across edits that move lines: the fingerprint the baselines use.
    ...(d.fingerprint ? { partialFingerprints: { 'supportopsFingerprint/v1': d.fingerprint } } : {}),
    ...(d.related?.length ? { relatedLocations: d.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: physical(root, r.location, false) })) } : {}),
    ...(d.baseline ? { baselineState: d.baseline === 'new' ? 'new' : 'unchanged' } : {}),
    ...(suppressed ? { suppressions: suppressed } : {}),
  };
}

export function sarif(diagnostics: readonly Diagnostic[], context: Pick<FormatContext, 'root'> & { version: string }): string {
  const { version } = context;
  const rules = [...Object.entries(BUILTIN).map(([id, d]) => ruleDescriptor(id, d, version)), ...RULES.map((r) => ruleDescriptor(r.id, r.description, version))];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const root = context.root.replace(/\/+$/, '') || '.';
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'supportops', version, informationUri: INFORMATION_URI, rules } },
      // Code scanning keeps one analysis per category: one per policy root.
      automationDetails: { id: `supportops/${root}/` },
      results: diagnostics.map((d) => result(d, context.root, index)),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
