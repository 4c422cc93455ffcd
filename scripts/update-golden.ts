// Regenerates the build's golden output for the example organisation (test/golden/example/) and the
// published JSON Schemas of the artifacts (schemas/). Tests fail when either drifts; review the diff.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../src/cli/run-cli.js';
import { artifactJsonSchemas } from '../src/generate/generate-artifacts.js';

const GOLDEN_AS_OF = '2026-11-23';
const root = join(import.meta.dirname, '..');

for (const [file, schema] of Object.entries(artifactJsonSchemas())) {
  writeFileSync(join(root, 'schemas', file), `${JSON.stringify(schema, null, 2)}\n`);
}
const code = await run(['build', 'policies', '--out', 'test/golden/example', '--as-of', GOLDEN_AS_OF], {
  cwd: root,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  now: () => new Date(`${GOLDEN_AS_OF}T12:00:00Z`),
  color: false,
});
console.log(`wrote ${Object.keys(artifactJsonSchemas()).length} artifact schemas to schemas/`);
process.exitCode = code;
