// The floor: the least any checker of these policies must do. Read every YAML file under the
// root, parse it with `yaml`, and validate each document with ajv against the committed JSON
// Schemas in schemas/ (the one its `kind` names). Nothing else: no source maps, no friendly
// messages, no model, no rules. Bench ratios divide a command's cost by this one's.
//
//   node .tmp/bench/floor.mjs [--schemas DIR] <policy root>...   (the bench compiles this file to plain JS)
//
// With two roots (a pull request's base and head) it does that for both, in one process with
// one set of compiled schemas: the floor for a command that must load two versions.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parseAllDocuments } from 'yaml';

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** One validator per kind, from the schema file that policy.schema.json points each kind to. */
function validators(schemasDir: string): { byKind: Map<string, ValidateFunction>; any: ValidateFunction } {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  const schemas = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).map((f) => JSON.parse(readFileSync(join(schemasDir, f), 'utf8')) as { $id: string });
  for (const schema of schemas) ajv.addSchema(schema);
  const policy = schemas.find((s) => s.$id.endsWith('/policy.schema.json'))!;
  const byKind = new Map<string, ValidateFunction>();
  for (const branch of (policy as unknown as { allOf: { if: { properties: { kind: { const: string } } }; then: { $ref: string } }[] }).allOf) {
    byKind.set(branch.if.properties.kind.const, ajv.getSchema(new URL(branch.then.$ref, policy.$id).href)!);
  }
  return { byKind, any: ajv.getSchema(policy.$id)! };
}

export interface FloorResult {
  files: number;
  documents: number;
  /** Documents that did not parse or did not validate. */
  invalid: number;
}

export function floor(root: string, schemasDir: string): FloorResult {
  return floorOf([root], schemasDir)[0]!;
}

/** The floor of each root, the schemas compiled once. */
export function floorOf(roots: readonly string[], schemasDir: string): FloorResult[] {
  const { byKind, any } = validators(schemasDir);
  return roots.map((root) => floorOfRoot(root, byKind, any));
}

function floorOfRoot(root: string, byKind: Map<string, ValidateFunction>, any: ValidateFunction): FloorResult {
  const result: FloorResult = { files: 0, documents: 0, invalid: 0 };
  for (const file of yamlFiles(root)) {
    result.files++;
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      result.documents++;
      const data = doc.toJS() as { kind?: unknown } | null;
      const validate = (typeof data?.kind === 'string' && byKind.get(data.kind)) || any;
      if (doc.errors.length > 0 || !validate(data)) result.invalid++;
    }
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--schemas');
  const schemasDir = at >= 0 ? args[at + 1] : join(process.cwd(), 'schemas');
  const roots = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  if (roots.length === 0 || !schemasDir) {
    console.error('usage: floor [--schemas DIR, default ./schemas] <policy root>...');
    process.exit(2);
  }
  const results = floorOf(roots, schemasDir);
  for (const { files, documents, invalid } of results) console.log(`floor: ${files} files, ${documents} documents, ${invalid} invalid`);
  process.exit(results.some((r) => r.invalid > 0) ? 1 : 0);
}
