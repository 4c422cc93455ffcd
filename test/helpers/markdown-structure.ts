/**
 * What a Markdown text is made of, as a real CommonMark/GFM parser sees it (micromark, through
 * markdownlint's custom-rule interface): the structural tokens in order, with the destinations
 * of links and autolinks. Escaped policy text adds words, never structure.
 */
import { lint } from 'markdownlint/sync';

/** Token types that are structure (they change what a reader sees beyond the words). */
const STRUCTURE = new Set([
  'atxHeading', 'setextHeading', 'blockQuote', 'listOrdered', 'listUnordered', 'htmlFlow', 'htmlText', 'image', 'link', 'definition',
  'codeFenced', 'codeIndented', 'codeText', 'emphasis', 'strong', 'strikethrough', 'table', 'tableRow', 'mathText', 'mathFlow', 'thematicBreak',
  'hardBreakEscape', 'hardBreakTrailing',
]);
const DESTINATIONS = new Set(['resourceDestinationString', 'autolinkProtocol', 'autolinkEmail', 'literalAutolink', 'definitionDestinationString']);

interface Token {
  type: string;
  text: string;
  children: Token[];
}

export interface MarkdownStructure {
  /** Structural token types in document order; htmlText and htmlFlow carry their text. */
  structure: string[];
  /** Every link, autolink and definition destination. */
  destinations: string[];
}

export function markdownStructure(markdown: string): MarkdownStructure {
  const out: MarkdownStructure = { structure: [], destinations: [] };
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (STRUCTURE.has(t.type)) out.structure.push(t.type.startsWith('html') ? `${t.type} ${t.text.replace(/sha256:[0-9a-f]+/, 'sha256:…')}` : t.type);
      if (DESTINATIONS.has(t.type)) out.destinations.push(t.text);
      walk(t.children);
    }
  };
  lint({
    strings: { doc: markdown },
    config: { default: false, 'record-structure': true },
    customRules: [{
      names: ['record-structure'], description: 'records the structure', tags: ['test'], parser: 'micromark',
      function: (params) => walk((params.parsers as unknown as { micromark: { tokens: Token[] } }).micromark.tokens),
    }],
  });
  return out;
}
