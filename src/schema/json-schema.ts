/** JSON Schemas generated from the zod definitions: one per kind, plus one for any policy document. */
import { z } from 'zod';
import { documentSchema, KINDS, SPECS, type Kind } from './kinds/kind-registry.js';

export const SCHEMA_BASE = 'https://supportops.dev/schemas/v1/';

export type JsonSchema = Record<string, unknown>;

/**
 * The first fields of every document supportops writes for tools (the check and diff reports,
 * the baseline file): which schema it follows, its format version, and the tool.
 */
export function documentHeader<V extends number>(schemaUrl: string, formatVersion: V, what: string) {
  return {
    $schema: z.literal(schemaUrl).meta({ title: 'Schema', description: 'This schema.', examples: [schemaUrl] }),
    formatVersion: z.literal(formatVersion).meta({ title: 'Format version', description: 'Bumped when the output changes incompatibly; new fields may be added within a version.', examples: [formatVersion] }),
    tool: z.literal('supportops').meta({ title: 'Tool', description: `The program that wrote the ${what}.`, examples: ['supportops'] }),
  };
}

export function kindJsonSchema(kind: Kind): JsonSchema {
  const schema = z.toJSONSchema(documentSchema(kind), { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as JsonSchema;
  return { $schema: schema.$schema, $id: `${SCHEMA_BASE}${SPECS[kind].file}.schema.json`, ...schema };
}

/** Dispatches on `kind`, so one schema serves every policy file in an editor. */
export function policyJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE}policy.schema.json`,
    title: 'supportops policy document',
    description: 'Any supportops/v1 policy document; the kind selects the schema.',
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: { kind: { enum: KINDS, title: 'Kind', description: 'What this document describes; it selects the schema for the rest of the document.', examples: ['Team'] } },
    allOf: KINDS.map((kind) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: `${SPECS[kind].file}.schema.json` },
    })),
  };
}

/** Every generated schema file, by file name. */
export function allJsonSchemas(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const kind of KINDS) out[`${SPECS[kind].file}.schema.json`] = kindJsonSchema(kind);
  out['policy.schema.json'] = policyJsonSchema();
  return out;
}
