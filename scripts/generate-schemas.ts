// Regenerates schemas/*.json from the zod definitions (policy kinds, config, the check, diff and measure reports, the baseline file, the helpdesk plan). A test fails when the committed files drift.
import { mkdirSync, writeFileSync } from 'node:fs';
import { allJsonSchemas } from '../src/schema/json-schema.js';
import { configJsonSchema } from '../src/config/config.js';
import { BASELINE_SCHEMA_FILE, baselineFileJsonSchema } from '../src/diff/baseline-file.js';
import { DIFF_SCHEMA_FILE, diffJsonSchema } from '../src/format/diff-json.js';
import { CHECK_REPORT_SCHEMA_FILE, checkReportJsonSchema } from '../src/format/json-report-shape.js';
import { measureJsonSchema } from '../src/format/measure-json.js';
import { MEASURE_SCHEMA_FILE } from '../src/format/measure-json-shape.js';
import { standaloneValidators } from './standalone-validators.js';
import { PLAN_SCHEMA_FILE, planJsonSchema } from '../src/format/plan-json.js';

mkdirSync('schemas', { recursive: true });
const schemas = {
  ...allJsonSchemas(), 'config.schema.json': configJsonSchema(), [DIFF_SCHEMA_FILE]: diffJsonSchema(),
  [CHECK_REPORT_SCHEMA_FILE]: checkReportJsonSchema(), [BASELINE_SCHEMA_FILE]: baselineFileJsonSchema(),
  [PLAN_SCHEMA_FILE]: planJsonSchema(), [MEASURE_SCHEMA_FILE]: measureJsonSchema(),
};
for (const [file, schema] of Object.entries(schemas)) {
  writeFileSync(`schemas/${file}`, JSON.stringify(schema, null, 2) + '\n');
}
writeFileSync('src/schema/validators.generated.ts', standaloneValidators());
console.log(`wrote ${Object.keys(schemas).length} schemas to schemas/ and src/schema/validators.generated.ts`);
