/** The baseline file: its published schema, what `supportops baseline` writes, and one-for-one matching. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { applyBaselineFile, BASELINE_SCHEMA_FILE, baselineFileJsonSchema, baselineFileOf, parseBaselineFile } from '../../src/diff/baseline-file.js';
import { REPO } from '../helpers/policies.js';

const finding = (fingerprint: string, line: number): Diagnostic => ({
  ruleId: 'kb-review-due', severity: 'warn', message: 'overdue', fingerprint,
  location: { file: 'kb.yaml', document: 0, pointer: '/spec/articles/0', start: { line, column: 1 }, end: { line, column: 2 } },
});
const AT = { file: '.supportops-baseline.json', pointer: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

describe('the baseline file', () => {
  const schema = baselineFileJsonSchema();

  it('matches the committed schema, and what it writes validates against it', () => {
    expect(readFileSync(join(REPO, 'schemas', BASELINE_SCHEMA_FILE), 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    const file = baselineFileOf([finding('a'.repeat(32), 3), finding('a'.repeat(32), 9), finding('b'.repeat(32), 4)]);
    expect(file.findings.map((f) => [f.fingerprint[0], f.count])).toEqual([['a', 2], ['b', 1]]);
    expect(new Ajv2020({ strict: true }).compile(schema)(file)).toBe(true);
  });

  it('suppresses one for one, wherever the lines moved, and counts what matched nothing', () => {
    const file = baselineFileOf([finding('a'.repeat(32), 3)]);
    const applied = applyBaselineFile([finding('a'.repeat(32), 30), finding('a'.repeat(32), 40), finding('c'.repeat(32), 5)], file, AT);
    expect(applied.diagnostics.map((d) => d.suppression?.kind ?? '-')).toEqual(['external', '-', '-']);
    expect(applyBaselineFile([], file, AT).unmatched).toBe(1);
  });

  it('refuses a file that is not one, saying where', () => {
    expect(parseBaselineFile('{')).toMatchObject({ ok: false, problem: expect.stringMatching(/^it is not valid JSON/) });
    expect(parseBaselineFile('{"$schema":"x"}')).toMatchObject({ ok: false });
  });
});
