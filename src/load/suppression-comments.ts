/**
 * Inline suppressions, as YAML comments:
 *
 *   # supportops-disable-next-line kb-review-due -- owner on leave until March
 *
 * names one or more rule ids (separated by commas) and, after ` -- `, the reason. It applies
 * to the findings of those rules on the next line that is neither blank nor a comment. Only
 * real comments count: text inside a block scalar (a template body) that looks like one is not.
 */
import { Parser } from 'yaml';

export const DIRECTIVE = 'supportops-disable-next-line';

export interface SuppressionComment {
  /** The comment's place, 1-based, columns in UTF-16 code units. */
  line: number;
  column: number;
  endColumn: number;
  /** The rule ids it names, as written. */
  rules: string[];
  /** The reason after ` -- `, trimmed; empty when none was given. */
  reason: string;
  /** The line it applies to (0 when nothing follows it). */
  target: number;
  /** The target line's text, trimmed: part of what makes the suppression the same in two versions. */
  targetText: string;
  /** Why the comment is not a usable suppression, in plain words. */
  problem?: string;
}

const LOOKS_LIKE_DIRECTIVE = /^#\s*supportops-(?:disable|enable)[\w-]*/;

interface CommentToken {
  offset: number;
  source: string;
}

/** Every comment token of the CST, in document order. */
function comments(node: unknown, out: CommentToken[]): CommentToken[] {
  if (Array.isArray(node)) {
    for (const item of node) comments(item, out);
  } else if (typeof node === 'object' && node !== null) {
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') out.push({ offset: token.offset, source: token.source });
    else for (const value of Object.values(node)) if (typeof value === 'object') comments(value, out);
  }
  return out;
}

function problemOf(name: string, rules: string[], hasSeparator: boolean, reason: string): string | undefined {
  if (name !== DIRECTIVE) return `supportops understands one kind of suppression comment, \`# ${DIRECTIVE} <rule-id> -- <reason>\`; \`${name}\` is not it.`;
  if (rules.length === 0) return `Name the rule to suppress: \`# ${DIRECTIVE} <rule-id> -- <reason>\`, such as \`# ${DIRECTIVE} kb-review-due -- owner on leave until March\`.`;
  if (!hasSeparator || reason === '') return `A suppression needs a reason after \` -- \`, such as \`# ${DIRECTIVE} ${rules.join(', ')} -- owner on leave until March\`: say why the finding does not apply, for the next reviewer. Until then it suppresses nothing.`;
  return undefined;
}

/** The suppression comments of one file's text (cheap when the text holds none). */
export function suppressionComments(text: string): SuppressionComment[] {
  if (!text.includes('supportops-')) return [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lines = text.split('\n');
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: SuppressionComment[] = [];
  for (const token of comments(Array.from(new Parser().parse(text)), [])) {
    const match = LOOKS_LIKE_DIRECTIVE.exec(token.source);
    if (!match) continue;
    const name = match[0].replace(/^#\s*/, '');
    const rest = token.source.slice(match[0].length);
    const at = rest.indexOf(' -- ');
    const [ruleText, reason] = at === -1 ? [rest, ''] : [rest.slice(0, at), rest.slice(at + 4).trim()];
    const rules = ruleText.split(/[\s,]+/).filter(Boolean);
    const line = lineOf(token.offset);
    let target = line + 1;
    while (target <= lines.length && /^\s*(?:#.*)?\r?$/.test(lines[target - 1]!)) target++;
    const problem = problemOf(name, rules, at !== -1, reason);
    out.push({
      line, column: token.offset - lineStarts[line - 1]! + 1, endColumn: token.offset - lineStarts[line - 1]! + 1 + token.source.length,
      rules, reason, target: target <= lines.length ? target : 0, targetText: (lines[target - 1] ?? '').trim(), ...(problem ? { problem } : {}),
    });
  }
  return out;
}
