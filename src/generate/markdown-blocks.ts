/** Markdown building blocks that keep the output markdownlint-clean; policy text goes in escaped (escape/escape-markdown.ts). */

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
