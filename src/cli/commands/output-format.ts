/** The output formats of validate, check and build, and what --quiet leaves out. */
import { failing, type Diagnostic, type Severity } from '../../diagnostics/diagnostic.js';
import { codeClimate } from '../../format/codeclimate.js';
import { gateMarkdown } from '../../format/gate-markdown.js';
import { planAnnotations } from '../../format/github-annotations.js';
import { json } from '../../format/json-report.js';
import { junit } from '../../format/junit.js';
import { markdownSummary } from '../../format/markdown-summary.js';
import { sarif } from '../../format/sarif.js';
import { stylish } from '../../format/stylish.js';
import { packageVersion } from '../../host/package-root.js';
import type { PolicyRun } from '../../host/run-policies.js';
import { UsageError } from '../../host/usage-error.js';

export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'codeclimate'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export function checkFormatOption(given: string | undefined): CheckFormat {
  const format = given ?? 'stylish';
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${CHECK_FORMATS.join(', ')}; not '${format}'`);
  return format as CheckFormat;
}

export interface OutputOptions {
  color: boolean;
  /** Only the findings that fail the check (at or above the fail level, new against a baseline). */
  quiet: boolean;
  failLevel: Severity;
}

export function formatDiagnostics(format: CheckFormat, run: PolicyRun, options: OutputOptions): string {
  const diagnostics: Diagnostic[] = options.quiet ? failing(run.diagnostics, options.failLevel) : run.diagnostics;
  const context = { ...run.context, color: options.color };
  switch (format) {
    case 'stylish':
      return stylish(diagnostics, context);
    case 'json':
      return json(diagnostics, context);
    case 'sarif':
      return sarif(diagnostics, { root: context.root, version: packageVersion() });
    case 'github': {
      // Every finding, new ones first; GitHub itself shows the first ten of each level per step.
      const lines = planAnnotations(diagnostics, context.root, Number.POSITIVE_INFINITY).lines;
      return lines.length > 0 ? `${lines.join('\n')}\n` : '';
    }
    case 'junit':
      return junit(diagnostics, context);
    case 'markdown':
      return `${markdownSummary(diagnostics, context)}${gateMarkdown(context.gate)}`;
    case 'codeclimate':
      return codeClimate(diagnostics, context);
  }
}
