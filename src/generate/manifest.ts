/** manifest.json: every other artifact with its sha256, so consumers and `build` can tell what a folder holds. */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Artifact } from './artifact.js';
import { envelope, header } from './shapes.js';
import { jsonText } from './stamp.js';

export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_SCHEMA = 'manifest.schema.json';

export const ManifestShape = z
  .strictObject({
    ...envelope(MANIFEST_SCHEMA),
    generator: z.literal('supportops build'),
    asOf: z.string().meta({ description: 'The --as-of date the build used; dated content (holidays, clock changes, facts) counts from it.' }),
    files: z.array(z.strictObject({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  })
  .meta({ title: 'supportops build manifest', description: 'The files `supportops build` wrote, with their hashes.' });

export type Manifest = z.infer<typeof ManifestShape>;

export function manifestArtifact(artifacts: readonly Artifact[], policyHash: string, asOf: string): Artifact {
  const manifest: Manifest = {
    ...header(MANIFEST_SCHEMA, policyHash),
    generator: 'supportops build',
    asOf,
    files: artifacts.map((a) => ({ path: a.path, sha256: createHash('sha256').update(a.contents, 'utf8').digest('hex') })),
  };
  return { path: MANIFEST_PATH, contents: jsonText(manifest) };
}
