/**
 * Aliases (*name) checked before a document becomes data: an alias with no anchor before it,
 * or one inside the very value its anchor names (data that contains itself), would otherwise
 * fail deep inside the conversion or loop forever in later stages.
 */
import { isAlias, visit, type Alias, type Document, type Node } from 'yaml';

/** A billion-laughs document expands aliases exponentially; real policies need few. */
export const MAX_ALIASES = 100;

interface AliasProblem {
  offsets: [number, number];
  message: string;
}

const span = (node: Alias): [number, number] => {
  const range = node.range ?? [0, 0, 0];
  return [range[0], range[1]];
};

/** The first alias problem of a document, in document order. */
function aliasProblem(doc: Document.Parsed): AliasProblem | undefined {
  const anchored = new Map<string, unknown>();
  let problem: AliasProblem | undefined;
  visit(doc, {
    Node(_, node, path) {
      if (isAlias(node)) {
        const target = anchored.get(node.source);
        if (target === undefined) {
          problem = {
            offsets: span(node),
            message: `The alias \`*${node.source}\` refers to an anchor \`&${node.source}\` that is not defined before it in this document. Add \`&${node.source}\` to the value you mean, above this line, or write the value out here.`,
          };
          return visit.BREAK;
        }
        if (path.includes(target as Node)) {
          problem = {
            offsets: span(node),
            message: `The alias \`*${node.source}\` sits inside the value its anchor \`&${node.source}\` names, so that value would contain itself without end. Write the value out instead.`,
          };
          return visit.BREAK;
        }
        return undefined;
      }
      if (node.anchor) anchored.set(node.anchor, node);
      return undefined;
    },
  });
  return problem;
}

/** The first alias of a document, where an alias bomb is best pointed at. */
function firstAlias(doc: Document.Parsed): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      found = span(node);
      return visit.BREAK;
    },
  });
  return found;
}

export type Converted = { ok: true; data: unknown } | { ok: false; offsets: [number, number]; message: string };

/** The document as plain data, with alias expansion bounded; `aliases` false (none written in the file) skips looking for them. */
export function toData(doc: Document.Parsed, aliases = true): Converted {
  const problem = aliases ? aliasProblem(doc) : undefined;
  if (problem) return { ok: false, ...problem };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    const at = firstAlias(doc) ?? [doc.contents?.range[0] ?? 0, doc.contents?.range[0] ?? 0];
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
      return { ok: false, offsets: at, message: `This document expands aliases (*name) more than ${MAX_ALIASES} times, the pattern of a "billion laughs" attack. Write the values out instead of nesting aliases.` };
    }
    // Anything else is yaml refusing the aliases in a way not foreseen above: still bad input.
    return { ok: false, offsets: at, message: `The anchors and aliases (&name, *name) in this document cannot be expanded (${(error as Error).message}). Write the values out instead.` };
  }
}
