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

const at = (node: Node) => ({ line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });

const HELPERS_MESSAGE = 'helpers are not available in policy templates. Use plain {{variables}}, #if, #unless, #each and #with.';

/** The part of a shape the leading parts of a path reach, and how many of them exist. */
function deepestKnown(scope: Shape | undefined, parts: string[]): { known: Shape | undefined; found: number } {
  let known = scope;
  let found = 0;
  for (const part of parts.slice(0, -1)) {
    const next: Shape | undefined = known && known !== true && !Array.isArray(known) && Object.hasOwn(known, part) ? known[part] : undefined;
    if (next === undefined || next === true || Array.isArray(next)) break;
    known = next;
    found++;
  }
  return { known, found };
}

/** One template's walk: the scopes in force ({{#each}}, {{#with}}, block parameters) and what it found. */
class TemplateCheck {
  readonly problems: TemplateProblem[] = [];
  /** Block parameters (`{{#each articles as |article|}}`) in scope, by name. */
  private readonly blockParams: Map<string, Shape>[] = [new Map()];

  /** Where a path's parts start: the scope it is read in, with @root and block parameters resolved. */
  private resolve(path: PathNode, scopes: Shape[]): { scope: Shape | undefined; parts: string[] } | undefined {
    const parts = path.parts;
    if (path.data) {
      // @index, @first, @key come from Handlebars; @root is the template's own context.
      return parts[0] === 'root' ? { scope: scopes[0], parts: parts.slice(1) } : undefined;
    }
    const param = path.depth === 0 && parts.length > 0 ? this.blockParams[this.blockParams.length - 1]!.get(parts[0]!) : undefined;
    return { scope: param !== undefined ? { [parts[0]!]: param } : scopes[scopes.length - 1 - path.depth], parts };
  }

  checkPath(path: PathNode, scopes: Shape[]): void {
    const resolved = this.resolve(path, scopes);
    if (!resolved || resolved.parts.length === 0) return; // @index, {{this}} or {{.}}
    const { scope, parts } = resolved;
    if (scope !== undefined && walk(scope, parts) !== undefined) return;
    // Name the fields of the deepest part that exists, so {{tier.firstRespons}} lists tier's fields.
    const { known, found } = deepestKnown(scope, parts);
    const prefix = parts.slice(0, found).map((part) => `${part}.`).join('');
    const keys = known && known !== true && !Array.isArray(known) ? Object.keys(known).sort() : [];
    // Inside {{#each}} over plain values (intake fields), the item itself is the only thing there.
    const fields = keys.length ? keys.map((k) => prefix + k).join(', ') : known === true ? 'only the item itself, {{this}}' : 'nothing';
    const guess = closest(parts[found]!, keys);
    const suggestion = guess ? ` Did you mean {{${path.data ? '@root.' : ''}${prefix}${guess}}}?` : '';
    this.problems.push({ message: `The template uses {{${path.original}}}, which is not provided here.${suggestion} Available: ${fields}.`, ...at(path) });
  }

  private checkExpr(expr: Node, scopes: Shape[]): void {
    if (expr.type === 'PathExpression') this.checkPath(expr as PathNode, scopes);
    if (expr.type === 'SubExpression') this.problems.push({ message: `Helpers are not available in policy templates. Use plain {{variables}}, #if, #unless, #each and #with.`, ...at(expr) });
  }

  /** {{#if}}, {{#unless}}, {{#each}}, {{#with}}: the body in the scope the block opens, the else in the outer one. */
  private visitBlock(node: Node, path: PathNode, scopes: Shape[]): void {
    const params = (node.params as Node[]) ?? [];
    params.forEach((p) => this.checkExpr(p, scopes));
    const subject = params[0]?.type === 'PathExpression' ? (params[0] as PathNode) : undefined;
    const scope = scopes[scopes.length - 1 - (subject?.depth ?? 0)];
    const target = subject && scope ? walk(scope, subject.parts) : undefined;
    const item = path.original === 'each' && Array.isArray(target) ? target[0] : path.original === 'with' ? target : undefined;
    const inner = item !== undefined ? [...scopes, item] : scopes;
    const program = node.program as { body: Node[]; blockParams?: string[] } | undefined;
    const inverse = node.inverse as { body: Node[] } | undefined;
    const named = program?.blockParams?.[0];
    if (named && item !== undefined) this.blockParams.push(new Map([...this.blockParams[this.blockParams.length - 1]!, [named, item]]));
    if (program) this.visit(program.body, inner);
    if (named && item !== undefined) this.blockParams.pop();
    if (inverse) this.visit(inverse.body, scopes);
  }

  private visitStatement(node: Node, scopes: Shape[]): void {
    const path = node.path as PathNode;
    const isBlock = node.type === 'BlockStatement';
    if (isBlock && BLOCK_HELPERS.has(path.original)) this.visitBlock(node, path, scopes);
    else if (((node.params as Node[]) ?? []).length > 0 || isBlock || (node.hash as { pairs: unknown[] } | undefined)?.pairs.length) {
      this.problems.push({ message: `{{${path.original}}} calls a helper; ${HELPERS_MESSAGE}`, ...at(node) });
    } else this.checkPath(path, scopes);
  }

  visit(nodes: Node[], scopes: Shape[]): void {
    for (const node of nodes) {
      if (node.type === 'MustacheStatement' || node.type === 'BlockStatement') this.visitStatement(node, scopes);
      else if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement' || node.type === 'DecoratorBlock' || node.type === 'Decorator') {
        this.problems.push({ message: 'Partials and decorators are not available in policy templates.', ...at(node) });
      }
    }
  }
}

export function templateProblems(source: string, root: Record<string, Shape>): TemplateProblem[] {
  let ast: Node;
  try {
    ast = Handlebars.parse(source) as unknown as Node;
  } catch (error) {
    return [parseProblem(source, error)];
  }
  const check = new TemplateCheck();
  check.visit((ast.body as Node[]) ?? [], [root as Shape]);
  return check.problems;
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
