/**
 * The helpdesk placeholders a generated text leaves for the helpdesk to fill ({{ticket.id}},
 * {{customer.name}}, …) in each product's own spelling, and the text split into a subject and a
 * body the way the acknowledgement generator writes it (a first `# ` heading is the subject).
 */
export type PlaceholderTable = Readonly<Record<string, string>>;

/** Replaces every `{{name}}` the table knows; others are left as written. */
export function mapPlaceholders(text: string, table: PlaceholderTable): string {
  return text.replace(/\{\{\s*([a-z]+\.[a-zA-Z]+)\s*\}\}/g, (whole, name: string) => table[name] ?? whole);
}

/** Back from the product's spelling to supportops' own, for import. */
export function unmapPlaceholders(text: string, table: PlaceholderTable): string {
  let out = text;
  for (const [ours, theirs] of Object.entries(table)) out = out.split(theirs).join(`{{${ours}}}`);
  return out;
}

const DEFAULT_SUBJECT = 'We have your request';

export function subjectAndBody(markdown: string): { subject: string; body: string } {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const first = lines[0] ?? '';
  if (!first.startsWith('# ')) return { subject: DEFAULT_SUBJECT, body: markdown.trim() };
  return { subject: first.slice(2).trim(), body: lines.slice(1).join('\n').trim() };
}
