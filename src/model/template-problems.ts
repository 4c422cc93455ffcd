/** Finds the variables a Handlebars template uses that its context does not provide. */
import Handlebars from 'handlebars';
import { closest } from '../diagnostics/suggest.js';
import type { Shape } from './template-context.js';

export interface TemplateProblem {
  message: string;
  /** 1-based line and column within the template text. */
  line: number;
  column: number;
}

type Node = { type: string; loc?: { start: { line: number; column: number } }; [k: string]: unknown };
interface PathNode extends Node {
  original: string;
  parts: string[];
  depth: number;
  data: boolean;
}

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);

/** Resolves a path's parts against a shape; undefined when something is not provided. */
function walk(shape: Shape, parts: string[]): Shape | undefined {
  let current: Shape | undefined = shape;
  for (const part of parts) {
    if (current === undefined || current === true) return undefined;
    if (Array.isArray(current)) {
      if (part === 'length') return true;
      return undefined;
    }
    // Own properties only: {{channel.constructor}} must not pass as provided.
    current = Object.hasOwn(current, part) ? current[part] : undefined;
  }
  return current;
}

export function templateProblems(source: string, root: Record<string, Shape>): TemplateProblem[] {
  let ast: Node;
  try {
    ast = Handlebars.parse(source) as unknown as Node;
  } catch (error) {
    return [parseProblem(source, error)];
  }
  const problems: TemplateProblem[] = [];
  const at = (node: Node) => ({ line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });

  /** Block parameters (`{{#each articles as |article|}}`) in scope, by name. */
  const blockParams: Map<string, Shape>[] = [new Map()];
  const checkPath = (path: PathNode, scopes: Shape[]) => {
    let scope: Shape | undefined = scopes[scopes.length - 1 - path.depth];
    let parts = path.parts;
    if (path.data) {
      // @index, @first, @key come from Handlebars; @root is the template's own context.
      if (parts[0] !== 'root') return;
      scope = scopes[0];
      parts = parts.slice(1);
    } else if (path.depth === 0 && parts.length > 0) {
      const param = blockParams[blockParams.length - 1]!.get(parts[0]!);
      if (param !== undefined) {
        scope = { [parts[0]!]: param };
      }
    }
    if (parts.length === 0) return; // {{this}} or {{.}}
    if (scope !== undefined && walk(scope, parts) !== undefined) return;
    // Name the fields of the deepest part that exists, so {{tier.firstRespons}} lists tier's fields.
    let known: Shape | undefined = scope;
    let found = 0; // how many leading parts exist
    for (const part of parts.slice(0, -1)) {
      const next: Shape | undefined = known && known !== true && !Array.isArray(known) && Object.hasOwn(known, part) ? known[part] : undefined;
      if (next === undefined || next === true || Array.isArray(next)) break;
      known = next;
      found++;
    }
    const prefix = parts.slice(0, found).map((part) => `${part}.`).join('');
    const keys = known && known !== true && !Array.isArray(known) ? Object.keys(known).sort() : [];
    // Inside {{#each}} over plain values (intake fields), the item itself is the only thing there.
    const fields = keys.length ? keys.map((k) => prefix + k).join(', ') : known === true ? 'only the item itself, {{this}}' : 'nothing';
    const guess = closest(parts[found]!, keys);
    const suggestion = guess ? ` Did you mean {{${path.data ? '@root.' : ''}${prefix}${guess}}}?` : '';
    problems.push({ message: `The template uses {{${path.original}}}, which is not provided here.${suggestion} Available: ${fields}.`, ...at(path) });
  };
  const checkExpr = (expr: Node, scopes: Shape[]) => {
    if (expr.type === 'PathExpression') checkPath(expr as PathNode, scopes);
    if (expr.type === 'SubExpression') problems.push({ message: 'Helpers are not available in policy templates. Use plain {{variables}}, #if, #unless, #each and #with.', ...at(expr) });
  };
  const visit = (nodes: Node[], scopes: Shape[]) => {
    for (const node of nodes) {
      if (node.type === 'MustacheStatement' || node.type === 'BlockStatement') {
        const path = node.path as PathNode;
        const params = (node.params as Node[]) ?? [];
        const isBlock = node.type === 'BlockStatement';
        if (isBlock && BLOCK_HELPERS.has(path.original)) {
          params.forEach((p) => checkExpr(p, scopes));
          const subject = params[0]?.type === 'PathExpression' ? (params[0] as PathNode) : undefined;
          const scope = scopes[scopes.length - 1 - (subject?.depth ?? 0)];
          const target = subject && scope ? walk(scope, subject.parts) : undefined;
          let inner = scopes;
          const item = path.original === 'each' && Array.isArray(target) ? target[0] : path.original === 'with' ? target : undefined;
          if (item !== undefined) inner = [...scopes, item];
          const program = node.program as { body: Node[]; blockParams?: string[] } | undefined;
          const inverse = node.inverse as { body: Node[] } | undefined;
          const named = program?.blockParams?.[0];
          if (named && item !== undefined) blockParams.push(new Map([...blockParams[blockParams.length - 1]!, [named, item]]));
          if (program) visit(program.body, inner);
          if (named && item !== undefined) blockParams.pop();
          if (inverse) visit(inverse.body, scopes);
        } else if (params.length > 0 || isBlock || (node.hash as { pairs: unknown[] } | undefined)?.pairs.length) {
          problems.push({ message: `{{${path.original}}} calls a helper; helpers are not available in policy templates. Use plain {{variables}}, #if, #unless, #each and #with.`, ...at(node) });
        } else {
          checkPath(path, scopes);
        }
      } else if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement' || node.type === 'DecoratorBlock' || node.type === 'Decorator') {
        problems.push({ message: 'Partials and decorators are not available in policy templates.', ...at(node) });
      }
    }
  };
  visit((ast.body as Node[]) ?? [], [root as Shape]);
  return problems;
}

/** A Handlebars syntax error in plain words, at the line (and column where it can be told). */
function parseProblem(source: string, error: unknown): TemplateProblem {
  const text = error instanceof Error ? error.message : String(error);
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):(\d+)/.exec(text);
  if (mismatch) {
    const [, opened, closed, line, column] = mismatch;
    // Handlebars gives the 0-based column of the block's name; point at its {{ instead.
    const open = (source.split(/\r?\n/)[Number(line) - 1] ?? '').lastIndexOf('{{', Number(column));
    return { message: `The template does not parse: {{#${opened!}}} is closed by {{/${closed!}}}. Close it with {{/${opened!}}}.`, line: Number(line), column: (open >= 0 ? open : Number(column)) + 1 };
  }
  const line = Number(/line (\d+)/.exec(text)?.[1] ?? 1);
  const got = /got '([^']+)'/.exec(text)?.[1];
  const lineText = source.split(/\r?\n/)[line - 1] ?? '';
  const column = Math.max(lineText.lastIndexOf('{{'), 0) + 1;
  if (got === 'EOF' && /OPEN_ENDBLOCK/.test(text)) {
    return { message: 'The template does not parse: a {{#block}} is never closed. Add its {{/block}} (for example {{/if}} or {{/each}}).', line, column };
  }
  if (got === 'CLOSE') return { message: 'The template does not parse: {{ }} holds nothing. Put a variable inside, such as {{ticket.id}}, or remove it.', line, column };
  return { message: 'The template does not parse: a {{ … }} here is not closed, or holds something other than a variable. Write placeholders like {{ticket.id}}, each closed with }}.', line, column };
}
