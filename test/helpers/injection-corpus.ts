/**
 * One corpus of hostile policy text, run through every generator and the diff comment: each
 * entry must come out as the literal text it is, in HTML, Markdown and JSON alike.
 */
import { parseAllDocuments, stringify } from 'yaml';
import type { FileSet } from './policies.js';

export const INJECTIONS = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '[click me](javascript:window.pwned=1)',
  '![tracker](http://127.0.0.1:9/pixel.png)',
  '# Injected heading',
  '> injected quote',
  '- injected item',
  '1. injected step',
  '`stray backtick',
  '```fence',
  'a | b | c',
  '**bold** _emphasis_ ~~struck~~',
  '&lt;entity&gt; &amp; &#60;',
  '<https://evil.example/autolink>',
  '[ref]: http://127.0.0.1:9/ref',
  '$x^2$ math',
  'zero\u200Bwidth\u200Djoiner\u200Cnon-joiner',  // (a stray U+FEFF is refused by the loader)
  '@everyone <!-- comment --> </section>',
  'line one\nline two # not a heading',
] as const;

/** Keys whose string values (or list items) are free text the generators may show. */
const FREE_TEXT = new Set(['displayName', 'purpose', 'allowedUses', 'notFor', 'location', 'description', 'meaning', 'requiredFields', 'publicTitle', 'condition', 'notify', 'heading', 'prompt', 'theme']);

/** A Template's `purpose` is a choice, not text; a holiday's or override's `name` is text, a tier's or document's is not. */
function isFreeText(value: string, key: string | undefined, parent: string | undefined): boolean {
  if (key === 'purpose' && /^(intake|handoff|solved-note|acknowledgement)$/.test(value)) return false;
  if (key === 'name') return parent === 'holidays' || parent === 'overrides';
  return key !== undefined && FREE_TEXT.has(key);
}

function inject(value: unknown, payload: string, key: string | undefined, parent: string | undefined): unknown {
  if (typeof value === 'string') return isFreeText(value, key, parent) ? `${value} ${payload}` : value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' && key && FREE_TEXT.has(key) ? `${v} ${payload}` : inject(v, payload, key, parent)));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inject(v, payload, k, key)]));
  return value;
}

/** The set with `payload` appended to every free-text value of every document (holiday and override names too). */
export function withInjected(set: FileSet, payload: string): FileSet {
  return Object.fromEntries(Object.entries(set).map(([path, text]) => {
    if (!/\.ya?ml$/.test(path)) return [path, text];
    const docs = parseAllDocuments(text).map((d) => inject(d.toJS(), payload, undefined, undefined));
    return [path, docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n')];
  }));
}
