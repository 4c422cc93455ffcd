/**
 * The baseline file, `.supportops-baseline.json` in the policy root: the findings a team has
 * accepted for now, by fingerprint (rule, document kind and name, JSON pointer — so moved lines
 * still match) and count. `supportops baseline` writes it; `check` marks the findings it lists
 * as suppressed (SARIF `kind: external`) one for one, and says when entries match nothing.
 */
import { z } from 'zod';
import { isSuppressed, type Diagnostic } from '../diagnostics/diagnostic.js';
import { field } from '../schema/field.js';
import { documentHeader, SCHEMA_BASE, type JsonSchema } from '../schema/json-schema.js';
import { cmp } from '../values/order.js';

export const BASELINE_FILE = '.supportops-baseline.json';
export const BASELINE_SCHEMA_FILE = 'baseline-file.schema.json';
const BASELINE_SCHEMA_URL = `${SCHEMA_BASE}${BASELINE_SCHEMA_FILE}`;

const Entry = z.strictObject({
  fingerprint: field(z.string().regex(/^[0-9a-f]{32}$/), 'Fingerprint', 'The finding across versions: rule, document kind and name, JSON pointer, hashed.', '3f2a9c0d1b7e4a5f8c6d2e1f0a9b8c7d'),
  ruleId: field(z.string(), 'Rule', 'For the reader: the rule that found it.', 'kb-review-due'),
  file: field(z.string(), 'File', 'For the reader: where it was when the file was written (a finding that moves still matches).', 'governance/knowledge-base.yaml'),
  message: field(z.string(), 'Message', 'For the reader: what the finding said.', 'Article "KB - Billing - Refunds" was due for its monthly review on 2026-12-02.'),
  count: field(z.number().int().min(1).max(100_000), 'Count', 'How many findings with this fingerprint are accepted.', 1),
});

export const BaselineFileShape = z
  .strictObject({
    ...documentHeader(BASELINE_SCHEMA_URL, 1, 'file'),
    findings: field(z.array(Entry).max(100_000), 'Findings', 'The accepted findings, sorted by file, rule and fingerprint.', []),
  })
  .meta({ title: 'supportops baseline file', description: '.supportops-baseline.json: findings accepted for now, written by `supportops baseline`.' });

export type BaselineFile = z.infer<typeof BaselineFileShape>;

export function baselineFileJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(BaselineFileShape, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as JsonSchema;
  return { $schema: schema.$schema, $id: BASELINE_SCHEMA_URL, ...schema };
}

/** The file for the findings that count now (suppressed inline ones stay with their comments). */
export function baselineFileOf(diagnostics: readonly Diagnostic[]): BaselineFile {
  const entries = new Map<string, BaselineFile['findings'][number]>();
  for (const d of diagnostics) {
    if (!d.fingerprint || d.suppression?.kind === 'inSource') continue;
    const entry = entries.get(d.fingerprint);
    if (entry) entry.count++;
    else entries.set(d.fingerprint, { fingerprint: d.fingerprint, ruleId: d.ruleId, file: d.location.file, message: d.message, count: 1 });
  }
  const findings = [...entries.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
  return { $schema: BASELINE_SCHEMA_URL, formatVersion: 1, tool: 'supportops', findings };
}

export function baselineFileText(file: BaselineFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parsed and checked against its shape: the file, or what is wrong with it in words. */
export function parseBaselineFile(text: string): { ok: true; file: BaselineFile } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `it is not valid JSON (${(error as Error).message})` };
  }
  const parsed = BaselineFileShape.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, problem: `${issue.path.length ? `at ${issue.path.join('.')}: ` : ''}${issue.message}` };
}

export interface BaselineApplied {
  diagnostics: Diagnostic[];
  /** Entries (counted one for one) that matched no finding: fixed since the file was written. */
  unmatched: number;
}

/**
 * Marks, one for one, the findings the file lists as suppressed (`external`). `location` is the
 * file's place, for SARIF; `status` marks entries a change under review added.
 */
export function applyBaselineFile(diagnostics: readonly Diagnostic[], file: BaselineFile, location: Diagnostic['location'], statusOf: (fingerprint: string) => 'accepted' | 'underReview' | undefined = () => undefined): BaselineApplied {
  const left = new Map(file.findings.map((f) => [f.fingerprint, f.count]));
  const out = diagnostics.map((d) => {
    const n = d.fingerprint ? (left.get(d.fingerprint) ?? 0) : 0;
    if (n === 0 || isSuppressed(d) || d.suppression) return d;
    left.set(d.fingerprint!, n - 1);
    const status = statusOf(d.fingerprint!);
    return { ...d, suppression: { kind: 'external' as const, justification: `listed in ${BASELINE_FILE}`, location, ...(status ? { status } : {}) } };
  });
  return { diagnostics: out, unmatched: [...left.values()].reduce((a, b) => a + b, 0) };
}

/** "kb-review-due ×2, tag-has-owner ×1": counts per rule, by rule id. */
export function countsByRule(entries: Iterable<{ ruleId: string; count: number }>): string {
  const byRule = new Map<string, number>();
  for (const e of entries) byRule.set(e.ruleId, (byRule.get(e.ruleId) ?? 0) + e.count);
  return [...byRule].sort(([a], [b]) => cmp(a, b)).map(([id, n]) => `${id} ×${n}`).join(', ');
}
