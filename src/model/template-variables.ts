/** Finds the variables a Handlebars template uses that its context does not provide. */
import Handlebars from 'handlebars';
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
    const text = error instanceof Error ? error.message : String(error);
    const line = Number(/line (\d+)/.exec(text)?.[1] ?? 1);
    return [{ message: `The template does not parse: ${text.split('\n')[0]}. Check that every {{#block}} has a matching {{/block}}.`, line, column: 1 }];
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
    let prefix = '';
    for (const part of parts.slice(0, -1)) {
      const next: Shape | undefined = known && known !== true && !Array.isArray(known) ? known[part] : undefined;
      if (next === undefined || next === true || Array.isArray(next)) break;
      known = next;
      prefix += `${part}.`;
    }
    const fields = known && known !== true && !Array.isArray(known) ? Object.keys(known).sort().map((k) => prefix + k).join(', ') : 'nothing';
    problems.push({ message: `The template uses {{${path.original}}}, which is not provided here. Available: ${fields}.`, ...at(path) });
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
