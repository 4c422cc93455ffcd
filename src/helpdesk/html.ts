/**
 * Generated Markdown as the HTML that Freshdesk canned responses and Zammad texts hold. Raw HTML
 * in the text is escaped, not passed through, so nothing written in a policy becomes markup in
 * a customer's email or an agent's screen.
 */
import { Marked } from 'marked';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  async: false,
  gfm: true,
  renderer: {
    html: ({ text }) => escape(text),
  },
});

export function markdownHtml(markdown: string): string {
  return (marked.parse(markdown) as string).trim();
}
