/**
 * Markdown escaping: every piece of policy text placed in generated Markdown (disclosures,
 * acknowledgements, the routing guide, the report) and in the diff comment goes through these,
 * so it reads as the literal text it is. Emphasis, links, images, raw HTML and entities,
 * backticks, table pipes, math and headings are neutralised; http(s) addresses and e-mail
 * addresses become autolinks, which show their destination (markdownlint rejects bare ones).
 */
import { withoutBidiControls } from '../../values/text-controls.js';

const URL_OR_EMAIL = /(https?:\/\/[^\s<>]*[^\s<>.,;:!?)\]'"]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

/** CommonMark lets a backslash escape any ASCII punctuation; these are the ones that start markup. */
function escapePlain(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&$]/g, (c) => `\\${c}`);
}

/** An autolink's inside may not hold spaces, < or >; the URL pattern already excludes them. */
function autolink(url: string): string {
  return `<${url}>`;
}

/** Policy text as inline Markdown on one line. */
export function mdText(text: string): string {
  const clean = withoutBidiControls(text).replace(/\s*[\r\n]+\s*/g, ' ');
  let out = '';
  let last = 0;
  for (const match of clean.matchAll(URL_OR_EMAIL)) {
    out += escapePlain(clean.slice(last, match.index)) + autolink(match[0]);
    last = match.index + match[0].length;
  }
  return out + escapePlain(clean.slice(last));
}

/** Policy text that starts a line (a paragraph or list item): a leading #, >, +, -, = or "1." would open a block. */
export function mdBlock(text: string): string {
  return mdText(text.trim()).replace(/^([#>+=-]|\d+[.)])/, '\\$1');
}

/** A name as inline code; a backtick would end the span, so it becomes a quote. */
export function mdCode(text: string): string {
  return `\`${withoutBidiControls(text).replace(/`/g, "'").replace(/\s*[\r\n]+\s*/g, ' ')}\``;
}

/** Policy text in a table cell: inline text with its line breaks kept as <br>. */
export function mdCell(text: string): string {
  return withoutBidiControls(text).split(/\r?\n/).map(mdText).join('<br>');
}

/**
 * An address for a link destination `[text](…)`: http(s) only (null for javascript:, data: and
 * anything else), with the characters that would end or break the destination percent-encoded.
 */
export function mdUrl(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return withoutBidiControls(url).replace(/[\s()<>[\]\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
