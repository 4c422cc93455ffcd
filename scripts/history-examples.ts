// Regenerates the example ticket history (examples/history/) from the example policies' own
// simulation: the same bytes every time, which a test checks. README.md and supportops.yaml
// there are written by hand and left alone.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readPolicyFiles } from '../src/load/files.js';
import { exampleHistory } from '../src/measure/synthetic/example-history.js';
import { validatePolicies } from '../src/model/validate-policies.js';

const root = join(import.meta.dirname, '..');
const out = join(root, 'examples', 'history');
const { files } = exampleHistory(validatePolicies(readPolicyFiles(join(root, 'policies'))).model);
rmSync(join(out, 'zendesk'), { recursive: true, force: true });
for (const file of files) {
  mkdirSync(dirname(join(out, file.path)), { recursive: true });
  writeFileSync(join(out, file.path), file.contents);
}
console.log(`wrote ${files.length} files to examples/history/`);
