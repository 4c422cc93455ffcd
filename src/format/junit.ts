/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines): one test
 * suite per policy file with findings, one failed test case per finding that counts (error as
 * `<failure>`, others as `<skipped>` with the message, as ESLint's formatter does), and one
 * passing case when there is nothing to report, so a clean run still shows a pass.
 */
import { isSuppressed, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './format-context.js';
import { displayPath } from './paths.js';

/** Characters XML 1.0 cannot hold at all (C0 controls other than tab and newlines, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function testCase(d: Diagnostic, root: string): string {
  const file = displayPath(root, d.location.file);
  const where = `${file}:${d.location.start.line}:${d.location.start.column}`;
  const message = d.suggestion ? `${d.message} (${d.suggestion})` : d.message;
  const name = xmlEscape(`${d.ruleId} at ${d.location.start.line}:${d.location.start.column}`);
  const body = xmlEscape(`${where} ${d.severity} ${message}`);
  const inner = d.severity === 'error'
    ? `<failure message="${xmlEscape(message)}" type="${xmlEscape(d.ruleId)}">${body}</failure>`
    : `<skipped message="${xmlEscape(`${d.severity}: ${message}`)}"/>`;
  return `    <testcase classname="${xmlEscape(file)}" name="${name}" time="0">${inner}</testcase>`;
}

export function junit(all: readonly Diagnostic[], context: Pick<FormatContext, 'root' | 'asOf'>): string {
  const diagnostics = all.filter((d) => !isSuppressed(d));
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.location.file);
    if (list) list.push(d);
    else byFile.set(d.location.file, [d]);
  }
  const failures = diagnostics.filter((d) => d.severity === 'error').length;
  const suites = [...byFile].map(([file, list]) => {
    const errors = list.filter((d) => d.severity === 'error').length;
    const shown = xmlEscape(displayPath(context.root, file));
    return [`  <testsuite name="${shown}" tests="${list.length}" failures="${errors}" errors="0" skipped="${list.length - errors}">`, ...list.map((d) => testCase(d, context.root)), '  </testsuite>'].join('\n');
  });
  if (suites.length === 0) {
    suites.push(`  <testsuite name="supportops check" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="supportops" name="${xmlEscape(`${context.root} as of ${context.asOf}`)}" time="0"/>\n  </testsuite>`);
  }
  const tests = Math.max(diagnostics.length, 1);
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="supportops" tests="${tests}" failures="${failures}" errors="0">`, ...suites, '</testsuites>', ''].join('\n');
}
