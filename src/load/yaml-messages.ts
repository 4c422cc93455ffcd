/** Plain words for what the YAML parser reports, and for the constructs supportops refuses. */
import { MAX_DEPTH } from './yaml-structure.js';

/** yaml's error codes, said the way a support lead can act on them. */
export const FRIENDLY: Record<string, string> = {
  DUPLICATE_KEY: 'This key appears twice in the same mapping. Keep one of them: YAML keeps only the last, silently.',
  TAB_AS_INDENT: 'Tabs cannot be used for indentation in YAML. Indent with spaces.',
  BAD_INDENT: 'The indentation here does not line up. Check that this line is indented like its siblings.',
  TAG_RESOLVE_FAILED: 'YAML tags (such as !!js/function or !custom) are not allowed in policies. Remove the tag.',
  MISSING_CHAR: 'A closing bracket or quote is missing.',
  BLOCK_AS_IMPLICIT_KEY: 'A nested block cannot be used as a key. Check for a missing colon or wrong indentation.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line. Check for a missing colon or a stray line break.',
  UNEXPECTED_TOKEN: 'Unexpected text here. Check for a missing colon, quote or dash.',
};

const TAG_HINTS: Record<string, string> = {
  '!!timestamp': 'Write dates as plain text, such as 2026-12-25.',
  '!!binary': 'Policies hold text, not binary data.',
  '!!set': 'Write a plain list (- item) instead.',
  '!!omap': 'Write a plain mapping (key: value) or a list instead.',
  '!!pairs': 'Write a plain mapping (key: value) or a list instead.',
  '!!str': 'To keep a value as text, put it in quotes instead.',
};

/** Every explicit tag is refused: policies are plain YAML 1.2 values, so a tag is a mistake or an attack. */
export function tagMessage(tag: string): string {
  const hint = TAG_HINTS[tag] ?? 'To keep a value as text, put it in quotes instead.';
  return `YAML tags such as \`${tag}\` are not allowed in policies: supportops reads plain YAML 1.2 values only. Remove the tag. ${hint}`;
}

export const TOO_DEEP = `Lists and mappings are nested more than ${MAX_DEPTH} levels deep here; policies need only a few levels. Check for brackets [ or { that are never closed, or flatten the structure.`;

export const PROTOTYPE_KEY = 'The key "__proto__" is not allowed: it can change how programs read the data. Rename or remove it.';

export function versionMessage(version: string): string {
  return `This file declares YAML ${version}. supportops reads YAML 1.2 only, because in YAML 1.1 a time like 09:00 is read as the number 540 and "no" as false. Remove the %YAML directive.`;
}
