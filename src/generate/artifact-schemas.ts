/** The published JSON Schemas of the JSON artifacts, generated from their zod shapes (committed in schemas/). */
import { z } from 'zod';
import type { JsonSchema } from '../schema/json-schema.js';
import { ACKNOWLEDGEMENTS_SCHEMA, AcknowledgementsShape } from './acknowledgements/acknowledgements-shape.js';
import { DISCLOSURE_INDEX_SCHEMA, DISCLOSURE_SCHEMA, DisclosureIndexShape, DisclosureShape } from './disclosures/disclosure-shape.js';
import { MANIFEST_SCHEMA, ManifestShape } from './manifest.js';
import { REPORT_SCHEMA, FeasibilityReportShape } from './report/report-shape.js';
import { ROUTING_GUIDE_SCHEMA, RoutingGuideShape } from './routing-guide/routing-guide-shape.js';
import { schemaUrl } from './shared-shapes.js';

const SHAPES: Record<string, z.ZodType> = {
  [ROUTING_GUIDE_SCHEMA]: RoutingGuideShape,
  [DISCLOSURE_SCHEMA]: DisclosureShape,
  [DISCLOSURE_INDEX_SCHEMA]: DisclosureIndexShape,
  [ACKNOWLEDGEMENTS_SCHEMA]: AcknowledgementsShape,
  [REPORT_SCHEMA]: FeasibilityReportShape,
  [MANIFEST_SCHEMA]: ManifestShape,
};

/** Schema file name → JSON Schema (draft 2020-12). */
export function artifactJsonSchemas(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const file of Object.keys(SHAPES).sort()) {
    const schema = z.toJSONSchema(SHAPES[file]!, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as JsonSchema;
    out[file] = { $schema: schema.$schema, $id: schemaUrl(file), ...schema };
  }
  return out;
}
