// Formatting many findings: 9,000 diagnostics in one 9,000-line file, stylish (with code frames)
// against json. Stylish should stay within a small factor of json. Prints medians of 5 runs.
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import type { FormatContext } from '../src/format/format-context.js';
import { json } from '../src/format/json-report.js';
import { stylish } from '../src/format/stylish.js';

const FINDINGS = 9000;
const RUNS = 5;

const text = Array.from({ length: FINDINGS }, (_, i) => `  key${i}: value number ${i} of the generated policy file`).join('\n') + '\n';
const diagnostics: Diagnostic[] = Array.from({ length: FINDINGS }, (_, i) => ({
  ruleId: 'schema',
  severity: 'error',
  message: `Unknown property \`key${i}\` in \`spec\`.`,
  location: { file: 'big.yaml', document: 0, pointer: `/spec/key${i}`, start: { line: i + 1, column: 3 }, end: { line: i + 1, column: 7 + String(i).length } },
}));
const context: FormatContext = { root: 'policies', asOf: '2026-11-23', files: 1, documents: 1, sourceText: () => text, color: false };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function time(label: string, run: () => string): void {
  const walls: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    size = run().length;
    walls.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(58)} median ${median(walls).toFixed(0)} ms (${(size / 1024 / 1024).toFixed(1)} MiB of output, ${RUNS} runs)`);
}

time(`stylish, ${FINDINGS} findings in one file`, () => stylish(diagnostics, context));
time(`json, ${FINDINGS} findings in one file`, () => json(diagnostics, context));
