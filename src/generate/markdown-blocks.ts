/** Markdown building blocks that keep policy text literal and the output markdownlint-clean. */

const URL_OR_EMAIL = /(https?:\/\/[^\s<>]*[^\s<>.,;:!?)\]'"]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

function escapePlain(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

/**
 * Policy text as inline Markdown: emphasis, links and HTML characters are escaped, and URLs and
 * e-mail addresses become autolinks (markdownlint rejects bare ones).
 */
export function mdText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL_OR_EMAIL)) {
    out += escapePlain(text.slice(last, match.index)) + `<${match[0]}>`;
    last = match.index + match[0].length;
  }
  out += escapePlain(text.slice(last));
  return out.replace(/\s*\n\s*/g, ' ');
}

/** Policy text that starts a line (a paragraph): a leading #, +, -, = or "1." would open a block. */
export function mdBlock(text: string): string {
  return mdText(text).replace(/^([#+=-]|\d+[.)])/, '\\$1');
}

/** Inline code for names; backticks inside are not expected (names are lowercase and dashes). */
export function mdCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

export function mdTable(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** A bulleted list, or nothing when there are no items. */
export function mdList(items: string[]): string[] {
  return items.map((item) => `- ${item}`);
}

/** Joins blocks with one blank line between them and ends the file with a newline. */
export function mdDocument(blocks: (string | string[] | undefined)[]): string {
  return blocks
    .filter((b): b is string | string[] => b !== undefined && (typeof b === 'string' ? b !== '' : b.length > 0))
    .map((b) => (typeof b === 'string' ? b : b.join('\n')))
    .join('\n\n') + '\n';
}
