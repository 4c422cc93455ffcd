/**
 * The generators: model (+ facts) → artifacts as `{ path, contents }`, pure and deterministic.
 * The CLI writes them; nothing here reads files, the clock or the host's zone or locale.
 */
import { factsOn } from '../facts/compute-facts.js';
import { cmp } from '../values/order.js';
import { acknowledgementArtifacts, acknowledgementViews } from './acknowledgements/acknowledgement-artifacts.js';
import type { AcknowledgementBodies } from './acknowledgements/acknowledgement-bodies.js';
import type { Acknowledgements } from './acknowledgements/acknowledgements-shape.js';
import { wholeArtifact, type Artifact, type ArtifactPart, type GenerateInput, type GenerateProblem, type GenerateResult, type OutputFile } from './artifact.js';
import { disclosureArtifacts, disclosureViews, type DisclosureScope } from './disclosures/disclosure-artifacts.js';
import type { Disclosure } from './disclosures/disclosure-shape.js';
import { ManifestHash, manifestArtifact, manifestEntry, type ManifestEntry } from './manifest.js';
import { PhraseBook } from './locale/catalogs.js';
import { reportArtifacts } from './report/report-artifacts.js';
import { routingGuideArtifacts } from './routing-guide/routing-guide-artifacts.js';

export type { Artifact, ArtifactPart, GenerateInput, GenerateProblem, GenerateResult, OutputFile, PartedArtifact, TemplateSource } from './artifact.js';
export { wholeArtifact } from './artifact.js';
export type { ReportFacts } from './report/report-facts.js';
export type { Acknowledgements } from './acknowledgements/acknowledgements-shape.js';
export type { Disclosure } from './disclosures/disclosure-shape.js';
export { policyHash } from './stamp.js';
export { artifactJsonSchemas } from './artifact-schemas.js';
export { MANIFEST_PATH } from './manifest.js';

/** What customers read, as data: each channel's disclosure and every acknowledgement (with the problems that stop them). */
export interface CustomerViews {
  disclosures: Disclosure[];
  acknowledgements: Acknowledgements;
  problems: GenerateProblem[];
}

/** What the versions rendered in one run share: the compiled phrases, and the acknowledgement bodies already rendered. */
export interface SharedRendering {
  book?: PhraseBook;
  bodies?: AcknowledgementBodies;
}

/**
 * The disclosures and acknowledgements before they are rendered to files: what `supportops diff`
 * compares. Pass one `shared` to render several versions with the same compiled phrases and
 * without rendering an acknowledgement twice; the diff asks for the disclosures' `compared`
 * scope (disclosure-artifacts.ts).
 */
export function customerViews(input: Omit<GenerateInput, 'facts' | 'parts'>, shared: SharedRendering = {}, scope: DisclosureScope = 'build'): CustomerViews {
  const problems: GenerateProblem[] = [];
  const book = shared.book ?? new PhraseBook();
  const disclosures = disclosureViews(input.model, input.policyHash, input.asOf, problems, book, scope);
  const acknowledgements = acknowledgementViews(input.model, input.policyHash, input.templates, problems, book, shared.bodies);
  return { disclosures, acknowledgements, problems };
}

/**
 * Renders every artifact and hands each to `write` as soon as it is made, the manifest last, so
 * a build holds one file at a time rather than all of them. Returns the problems: when there are
 * any, what was handed over is not a build and must not be kept (the output folder is written
 * to a temporary folder and only then put in place, host/output-dir.ts).
 */
export function writeArtifacts(input: GenerateInput, write: (file: OutputFile) => void): GenerateProblem[] {
  const { model, policyHash, asOf } = input;
  const problems: GenerateProblem[] = [];
  const wanted = (part: ArtifactPart) => !input.parts || input.parts.includes(part);
  const entries: ManifestEntry[] = [];
  const parts: (() => Iterable<OutputFile>)[] = [
    () => (wanted('routing-guide') ? routingGuideArtifacts(model, policyHash, asOf) : []),
    () => (wanted('disclosures') ? disclosureArtifacts(disclosureViews(model, policyHash, asOf, problems), policyHash) : []),
    () => (wanted('acknowledgements') ? acknowledgementArtifacts(acknowledgementViews(model, policyHash, input.templates, problems)) : []),
    // The figures of the version in force on --as-of, as every other artifact (docs/effective-dates.md).
    () => (wanted('report') ? reportArtifacts(model, policyHash, asOf, input.facts && factsOn(input.facts, asOf)) : []),
  ];
  for (const part of parts) {
    for (const file of part()) {
      // A partial render is for reading, not for writing out: no manifest.
      if (input.parts) write(file);
      else entries.push(writeHashed(file, write));
    }
  }
  if (problems.length === 0 && !input.parts) write(manifestArtifact(entries, policyHash, asOf, model));
  return problems;
}

/**
 * Hands `file` to `write` and gives its manifest line. A parted file is hashed as the writer
 * reads it, so its parts are made once and never held together.
 */
function writeHashed(file: OutputFile, write: (file: OutputFile) => void): ManifestEntry {
  if (!('parts' in file)) {
    write(file);
    return manifestEntry(file);
  }
  const hash = new ManifestHash(file);
  write({ ...file, parts: () => hash.reading(file.parts()) });
  return hash.entry();
}

/** Every artifact in memory, sorted by path (none when there are problems). */
export function generateArtifacts(input: GenerateInput): GenerateResult {
  const artifacts: Artifact[] = [];
  const problems = writeArtifacts(input, (file) => artifacts.push(wholeArtifact(file)));
  if (problems.length > 0) return { artifacts: [], problems };
  return { artifacts: artifacts.sort((a, b) => cmp(a.path, b.path)), problems: [] };
}
