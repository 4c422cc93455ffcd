/**
 * The generators: model (+ facts) → artifacts as `{ path, contents }`, pure and deterministic.
 * The CLI writes them; nothing here reads files, the clock or the host's zone or locale.
 */
import { factsOn } from '../facts/compute-facts.js';
import { cmp } from '../values/order.js';
import { acknowledgementArtifacts, acknowledgementViews } from './acknowledgements/acknowledgement-artifacts.js';
import type { Acknowledgements } from './acknowledgements/acknowledgements-shape.js';
import type { Artifact, ArtifactPart, GenerateInput, GenerateProblem, GenerateResult } from './artifact.js';
import { disclosureArtifacts, disclosureViews } from './disclosures/disclosure-artifacts.js';
import type { Disclosure } from './disclosures/disclosure-shape.js';
import { manifestArtifact } from './manifest.js';
import { reportArtifacts } from './report/report-artifacts.js';
import { routingGuideArtifacts } from './routing-guide/routing-guide-artifacts.js';

export type { Artifact, ArtifactPart, GenerateInput, GenerateProblem, GenerateResult, TemplateSource } from './artifact.js';
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

/** The disclosures and acknowledgements before they are rendered to files: what `supportops diff` compares. */
export function customerViews(input: Omit<GenerateInput, 'facts' | 'parts'>): CustomerViews {
  const problems: GenerateProblem[] = [];
  const disclosures = disclosureViews(input.model, input.policyHash, input.asOf, problems);
  const acknowledgements = acknowledgementViews(input.model, input.policyHash, input.templates.acknowledgement, problems);
  return { disclosures, acknowledgements, problems };
}

export function generateArtifacts(input: GenerateInput): GenerateResult {
  const { model, policyHash, asOf } = input;
  const problems: GenerateProblem[] = [];
  const wanted = (part: ArtifactPart) => !input.parts || input.parts.includes(part);
  const artifacts: Artifact[] = [
    ...(wanted('routing-guide') ? routingGuideArtifacts(model, policyHash) : []),
    ...(wanted('disclosures') ? disclosureArtifacts(disclosureViews(model, policyHash, asOf, problems), policyHash) : []),
    ...(wanted('acknowledgements') ? acknowledgementArtifacts(acknowledgementViews(model, policyHash, input.templates.acknowledgement, problems)) : []),
    // The figures of the version in force on --as-of, as every other artifact (docs/effective-dates.md).
    ...(wanted('report') ? reportArtifacts(model, policyHash, asOf, input.facts && factsOn(input.facts, asOf)) : []),
  ].sort((a, b) => cmp(a.path, b.path));
  if (problems.length > 0) return { artifacts: [], problems };
  // A partial render is for reading, not for writing out: no manifest.
  if (input.parts) return { artifacts, problems: [] };
  return { artifacts: [...artifacts, manifestArtifact(artifacts, policyHash, asOf, model)].sort((a, b) => cmp(a.path, b.path)), problems: [] };
}
