/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with id, short and full description and
 * help; every result with a stable ruleId, a message and a region. Baseline state when known.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { RULES } from '../rules/rule-registry.js';
import type { FormatContext } from './format-context.js';
import { sarifLocation } from './paths.js';

const BUILTIN: Record<string, string> = {
  'yaml-syntax': 'A policy file is not well-formed YAML 1.2, or uses a construct supportops refuses (duplicate keys, YAML tags, nesting over 50 levels, __proto__, undefined aliases, alias bombs, a YAML 1.1 directive).',
  schema: 'A policy document does not match the JSON Schema of its kind.',
  'holiday-calendar': 'A schedule names a holiday calendar date-holidays does not know, or a .ics file that is not in the policy folder.',
  'ics-syntax': 'A .ics holiday calendar a schedule names cannot be read: broken structure, an unreadable line, an event with a time of day, no date or no name, or a repeat rule that cannot be expanded.',
  file: 'A policy file cannot be read as YAML text: binary, not UTF-8, too large, unreadable, a broken or outside symbolic link, or empty.',
};

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

function ruleDescriptor(id: string, description: string) {
  const help = `${description} See docs/rules/${id}.md in the supportops package.`;
  return {
    id,
    name: id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: description.split(/(?<=\.)\s/)[0] ?? description },
    fullDescription: { text: description },
    help: { text: help, markdown: `${description}\n\nSee \`docs/rules/${id}.md\` in the supportops package.` },
  };
}

export function sarif(diagnostics: readonly Diagnostic[], context: Pick<FormatContext, 'root'> & { version: string }): string {
  const rules = [...Object.entries(BUILTIN).map(([id, d]) => ruleDescriptor(id, d)), ...RULES.map((r) => ruleDescriptor(r.id, r.description))];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = diagnostics.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId) ?? -1,
    level: LEVEL[d.severity],
    message: { text: d.suggestion ? `${d.message} (${d.suggestion})` : d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: sarifLocation(context.root, d.location.file),
          region: { startLine: d.location.start.line, startColumn: d.location.start.column, endLine: d.location.end.line, endColumn: Math.max(d.location.end.column, d.location.start.column + 1) },
        },
      },
    ],
    // Stable across edits that move lines: the same identity the baseline uses.
    partialFingerprints: { 'supportops/v1': `${d.ruleId}:${d.location.file}:${d.location.pointer}` },
    ...(d.related?.length
      ? { relatedLocations: d.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation: sarifLocation(context.root, r.location.file), region: { startLine: r.location.start.line, startColumn: r.location.start.column } } })) }
      : {}),
    ...(d.baseline ? { baselineState: d.baseline === 'new' ? 'new' : 'unchanged' } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'supportops', version: context.version, informationUri: 'https://github.com/supportops/supportops', rules } }, results }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
