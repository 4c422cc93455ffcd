/**
 * The baseline file under review: the base's entries apply as they are, and whatever the change
 * adds to the file (a new entry, or a count raised above the base's) is under review, never
 * silently applied.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { BaselineFile } from '../../src/diff/baseline-file.js';
import { applySettings } from '../../src/host/apply-settings.js';

const FP = 'a'.repeat(32);
const finding = (line: number): Diagnostic => ({
  ruleId: 'tag-has-owner', severity: 'error', message: 'no owner', fingerprint: FP,
  location: { file: 'routing.yaml', pointer: '/spec', start: { line, column: 1 }, end: { line, column: 2 } },
});
const file = (count: number): BaselineFile => ({
  $schema: 'x', formatVersion: 1, tool: { name: 'supportops', version: '0.1.0' },
  findings: [{ fingerprint: FP, ruleId: 'tag-has-owner', file: 'routing.yaml', message: 'no owner', count }],
} as unknown as BaselineFile);
const settings = (base: number, head: number) => {
  const version = (n: number) => ({ config: { config: {}, files: [] }, baselineFile: file(n) });
  return { applied: version(base), base: version(base), head: version(head) };
};
const statuses = (ds: Diagnostic[]) => ds.map((d) => (d.suppression ? (d.suppression.status ?? 'applied') : 'counts'));
const options = { root: 'policies', configFrom: 'base' as const, baselined: true, acknowledged: false };

describe('a baseline file a change edits', () => {
  it('a count the change raises above the base is under review beyond the base count', () => {
    const out = applySettings([finding(1), finding(2), finding(3)], settings(1, 3), options);
    expect(statuses(out)).toEqual(['applied', 'underReview', 'underReview']);
  });

  it('with the acknowledgement, the raised part is accepted instead', () => {
    const out = applySettings([finding(1), finding(2)], settings(1, 2), { ...options, acknowledged: true });
    expect(statuses(out)).toEqual(['applied', 'accepted']);
  });

  it('an unchanged or lowered count applies as the base wrote it, and unmatched entries are counted once', () => {
    expect(statuses(applySettings([finding(1), finding(2)], settings(2, 2), options))).toEqual(['applied', 'applied']);
    const lowered = applySettings([finding(1)], settings(2, 1), options);
    expect(statuses(lowered)).toEqual(['applied', 'counts']);
    expect(lowered[1]!.ruleId).toBe('suppression');
    expect(lowered[1]!.message).toMatch(/^1 entry of \.supportops-baseline\.json matches no finding/);
  });
});
