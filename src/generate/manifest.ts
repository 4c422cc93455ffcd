/** manifest.json: every other artifact with its sha256, so consumers and `build` can tell what a folder holds. */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Model } from '../model/model.js';
import { DATE_HOLIDAYS_VERSION } from '../model/holidays/public-holidays.js';
import { cmp } from '../values/order.js';
import type { Artifact, PartedArtifact } from './artifact.js';
import { described } from './artifact-fields.js';
import { envelope, header } from './shared-shapes.js';
import { jsonText } from './escape/escape-json.js';

export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_SCHEMA = 'manifest.schema.json';

export const ManifestShape = z
  .strictObject({
    ...envelope(MANIFEST_SCHEMA),
    generator: described(z.literal('supportops build'), 'Generator', 'What wrote the folder: always "supportops build". A build only replaces a folder whose manifest says so (or an empty one).', 'supportops build'),
    asOf: described(
      z.string(),
      'As of',
      'The --as-of date the build used, YYYY-MM-DD; dated content (holidays, clock changes, the representative week, facts) counts from it. Use the same date for `build --check`.',
      '2026-11-23',
    ),
    holidays: described(
      z.strictObject({
        rules: described(z.string(), 'Holiday rules', 'The package and version whose rules computed the public holidays of the calendars below. A new version can move or add a holiday: compare this field between builds.', 'date-holidays 3.37.0'),
        calendars: described(z.array(z.string()), 'Calendars', 'The public-holiday calendars the schedules name (country or country-region codes), sorted.', ['GB-ENG']),
        files: described(z.array(z.string()), 'iCalendar files', 'The .ics files the schedules name, by path from the policy folder, sorted. Their bytes are part of policyHash.', ['calendars/company.ics']),
      }),
      'Holiday sources',
      'Present when a schedule takes holidays from a calendar or a .ics file: where the closed dates came from.',
    ).optional(),
    files: described(
      z.array(z.strictObject({
        path: described(z.string(), 'Path', 'The file, relative to the output folder, with forward slashes.', 'disclosures/email.json'),
        sha256: described(z.string().regex(/^[0-9a-f]{64}$/), 'SHA-256', 'The hex sha256 of the file\'s contents (UTF-8).', 'a87ff679a2f3e71d9181a67b7542122c04c8e7c6f2b8d0e24ba1f2a0d3b1f0a9'),
        locale: described(z.string().optional(), 'Locale', 'The language of a customer file of a channel that lists `locales` (docs/locales.md); absent for every other file.', 'de'),
      })),
      'Files',
      'Every other file the build wrote, by path (manifest.json itself is not listed).',
    ),
  })
  .meta({ title: 'supportops build manifest', description: 'The files `supportops build` wrote, with their hashes.' });

export type Manifest = z.infer<typeof ManifestShape>;

/** The calendars and files the schedules name, or undefined when every holiday is written by hand. */
function holidaySources(model: Model): Manifest['holidays'] {
  const sources = model.schedules.flatMap((s) => s.spec.holidaySources ?? []);
  if (sources.length === 0) return undefined;
  const labels = (kind: 'calendar' | 'ics') => [...new Set(sources.filter((s) => s.kind === kind).map((s) => s.label))].sort(cmp);
  return { rules: `date-holidays ${DATE_HOLIDAYS_VERSION}`, calendars: labels('calendar'), files: labels('ics') };
}

export interface ManifestEntry {
  path: string;
  sha256: string;
  locale?: string;
}

/** A file's manifest line, hashed as it is produced so the contents need not be kept. */
export function manifestEntry(artifact: Artifact): ManifestEntry {
  const sha256 = createHash('sha256').update(artifact.contents, 'utf8').digest('hex');
  return { path: artifact.path, sha256, ...(artifact.locale ? { locale: artifact.locale } : {}) };
}

/**
 * A parted file's manifest line, hashed while its writer reads the parts (writeArtifacts). The
 * writer must read them once and to the end: anything else is a bug, and entry() says so.
 */
export class ManifestHash {
  private readonly hash = createHash('sha256');
  private state: 'unread' | 'reading' | 'read' = 'unread';

  constructor(private readonly file: PartedArtifact) {}

  *reading(parts: Iterable<string>): Generator<string> {
    if (this.state !== 'unread') throw new Error(`${this.file.path}: its parts were read twice`);
    this.state = 'reading';
    for (const part of parts) {
      this.hash.update(part, 'utf8');
      yield part;
    }
    this.state = 'read';
  }

  entry(): ManifestEntry {
    if (this.state !== 'read') throw new Error(`${this.file.path}: the writer did not read all of its parts`);
    return { path: this.file.path, sha256: this.hash.digest('hex'), ...(this.file.locale ? { locale: this.file.locale } : {}) };
  }
}

export function manifestArtifact(entries: readonly ManifestEntry[], policyHash: string, asOf: string, model: Model): Artifact {
  const holidays = holidaySources(model);
  const manifest: Manifest = {
    ...header(MANIFEST_SCHEMA, policyHash),
    generator: 'supportops build',
    asOf,
    ...(holidays ? { holidays } : {}),
    files: [...entries].sort((a, b) => cmp(a.path, b.path)),
  };
  return { path: MANIFEST_PATH, contents: jsonText(manifest) };
}
