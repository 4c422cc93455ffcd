/** What the generators take and give: pure data, no I/O. */
import type { Model, Origin } from '../model/model.js';
import type { ReportFacts } from './report/report-facts.js';

/** One output file: a POSIX path relative to the output folder, and its text. */
export interface Artifact {
  path: string;
  contents: string;
  /** The language of a customer file of a channel that lists `locales`, for the manifest. */
  locale?: string;
}

/**
 * An output file too large to hold whole more than once (acknowledgements/index.json on a large
 * organisation): its text in parts, made as they are read. A writer reads `parts()` once, to the
 * end; the manifest's hash is taken from the same reading (generate-artifacts.ts).
 */
export interface PartedArtifact {
  path: string;
  parts: () => Iterable<string>;
  locale?: string;
}

/** What a build hands its writer: a file whole, or in parts. */
export type OutputFile = Artifact | PartedArtifact;

/** The file's text whole: for callers that keep artifacts in memory. */
export function wholeArtifact(file: OutputFile): Artifact {
  if (!('parts' in file)) return file;
  return { path: file.path, contents: [...file.parts()].join(''), ...(file.locale ? { locale: file.locale } : {}) };
}

/** A default Handlebars template shipped in templates/ (read by the caller). */
export interface TemplateSource {
  /** For messages, e.g. "templates/acknowledgement.hbs". */
  path: string;
  source: string;
}

export interface GenerateInput {
  model: Model;
  /** From policyHash(files): stamped into every artifact. */
  policyHash: string;
  /** YYYY-MM-DD: upcoming holidays, clock changes and the representative week count from here. */
  asOf: string;
  /** The shipped default acknowledgement template: English, and `localized` by language tag (de, fr, es). */
  templates: { acknowledgement: TemplateSource; localized?: Readonly<Record<string, TemplateSource>> };
  /** Feasibility facts from the time and capacity engines; report sections appear only for what is given. */
  facts?: ReportFacts;
  /** Render only these parts (default: all, plus the manifest). */
  parts?: readonly ArtifactPart[];
}

/** Days from --as-of that artifacts look ahead: holidays, clock changes and upcoming changes. */
export const WINDOW_DAYS = 365;

export type ArtifactPart = 'routing-guide' | 'disclosures' | 'acknowledgements' | 'report';

/**
 * A problem that stops generation: a policy template that uses a variable its context does not
 * provide. `at` points into the policy (with a line and column inside the template body), or
 * `file` names a default template with its own line and column.
 */
export interface GenerateProblem {
  message: string;
  at?: Origin;
  file?: string;
  line: number;
  column: number;
}

export interface GenerateResult {
  /** Sorted by path. Empty when there are problems. */
  artifacts: Artifact[];
  problems: GenerateProblem[];
}
