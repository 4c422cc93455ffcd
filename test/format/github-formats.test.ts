import * as core from '@actions/core';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic, Severity } from '../../src/diagnostics/diagnostic.js';
import { annotation, escapeData, escapeProperty, planAnnotations } from '../../src/format/github-annotations.js';
import { markdownSummary } from '../../src/format/markdown-summary.js';
import { sarif } from '../../src/format/sarif.js';
import { RULES } from '../../src/rules/rule-registry.js';

function diag(severity: Severity, message: string, file = 'a.yaml', line = 3, baseline?: 'new' | 'existing'): Diagnostic {
  return {
    ruleId: 'tag-has-owner', severity, message,
    location: { file, document: 0, pointer: '/spec', start: { line, column: 5 }, end: { line, column: 9 } },
    ...(baseline ? { baseline } : {}),
    fingerprint: '0123456789abcdef0123456789abcdef',
  };
}

/** What @actions/core itself prints for the same annotation. */
function toolkit(d: Diagnostic, file: string): string {
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    const fn = d.severity === 'error' ? core.error : d.severity === 'warn' ? core.warning : core.notice;
    fn(d.message, { title: d.ruleId, file, startLine: d.location.start.line, startColumn: d.location.start.column, endLine: d.location.end.line, endColumn: d.location.end.column });
    return String(spy.mock.calls[0]![0]).trimEnd();
  } finally {
    spy.mockRestore();
  }
}

describe('GitHub annotations', () => {
  it('escape %, CR and LF in data, and also : and , in properties, exactly as @actions/core does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const tricky = diag('error', 'Owner "x,y": 50% off\nline two', 'dir,with:odd%/file.yaml');
    expect(annotation(tricky, '.')).toBe(toolkit(tricky, 'dir,with:odd%/file.yaml'));
    expect(annotation(diag('warn', 'w'), 'policies')).toBe(toolkit(diag('warn', 'w'), 'policies/a.yaml'));
    expect(annotation(diag('info', 'i'), 'policies')).toBe(toolkit(diag('info', 'i'), 'policies/a.yaml'));
  });

  it('send at most 10 of each level, new findings first, and count the rest', () => {
    const list = [
      ...Array.from({ length: 12 }, (_, i) => diag('error', `old ${i}`, 'a.yaml', i + 1, 'existing')),
      ...Array.from({ length: 3 }, (_, i) => diag('error', `new ${i}`, 'b.yaml', i + 1, 'new')),
      ...Array.from({ length: 11 }, (_, i) => diag('warn', `w ${i}`, 'c.yaml', i + 1)),
    ];
    const plan = planAnnotations(list, 'policies');
    expect(plan.lines.filter((l) => l.startsWith('::error'))).toHaveLength(10);
    expect(plan.lines.filter((l) => l.startsWith('::warning'))).toHaveLength(10);
    expect(plan.lines.slice(0, 3).map((l) => l.split('::')[2])).toEqual(['new 0', 'new 1', 'new 2']);
    expect(plan.omitted).toBe(6);
  });
});

describe('SARIF 2.1.0', () => {
  const log = JSON.parse(sarif([diag('error', 'boom', 'routing/tags.yaml', 27, 'new'), diag('info', 'fyi')], { root: 'policies', version: '1.2.3' }));

  it('describes every rule with id, short and full description and help', () => {
    const rules = log.runs[0].tool.driver.rules as Record<string, { text?: string }>[];
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['schema', 'yaml-syntax', 'file', ...RULES.map((r) => r.id)]));
    for (const rule of rules) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.help?.text).toContain('docs/rules/');
    }
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.version).toBe('1.2.3');
  });

  it('gives every result a stable rule id, message, level and full region', () => {
    const [first, second] = log.runs[0].results;
    expect(first).toMatchObject({
      ruleId: 'tag-has-owner', level: 'error', message: { text: 'boom' }, baselineState: 'new',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'policies/routing/tags.yaml' }, region: { startLine: 27, startColumn: 5, endLine: 27, endColumn: 9 } } }],
    });
    expect(log.runs[0].tool.driver.rules[first.ruleIndex].id).toBe('tag-has-owner');
    expect(second.level).toBe('note');
    expect(first.partialFingerprints['supportopsFingerprint/v1']).toBe('0123456789abcdef0123456789abcdef');
  });
});

describe('job summary', () => {
  it('lists every finding and stays under its cap', () => {
    const many = Array.from({ length: 5000 }, (_, i) => diag('error', `problem number ${i} | with a pipe`, 'x.yaml', i + 1));
    const text = markdownSummary(many, { root: 'policies', asOf: '2026-11-23', files: 1, documents: 1 }, 50_000);
    expect(text.length).toBeLessThanOrEqual(50_000);
    expect(text).toContain('problem number 0 \\| with a pipe');
    expect(text).toMatch(/_\d+ more findings not shown: the summary is capped\. See the JSON report\._\n$/);
  });
});
