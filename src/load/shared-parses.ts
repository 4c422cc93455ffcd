/**
 * Parses shared by the versions one run reads. A pull request's base and head hold mostly the
 * same files: a file whose path and text are the same in both is parsed once, and the second
 * version gets the same result — the same documents, findings and positions, since a location
 * names the file by its path and the text fixes every line and column. A file that differs, or
 * moved, is parsed on its own, so each version's locations stay its own.
 *
 * What the parse returns is shared between the versions: nothing downstream may change it.
 */
import { parseYaml, type ParsedFile } from './parse-yaml.js';
import type { SourceMap } from './source-map.js';

export class SharedParses {
  /** The last parse of each path; a run reads each path once per version. */
  private readonly byPath = new Map<string, { text: string; parsed: ParsedFile }>();

  /** parseYaml, or the earlier result for the same path and text, its source added to `sources`. */
  parse(file: string, text: string, sources: SourceMap): ParsedFile {
    const kept = this.byPath.get(file);
    if (kept && kept.text === text) {
      sources.add(kept.parsed.source);
      return kept.parsed;
    }
    const parsed = parseYaml(file, text, sources);
    this.byPath.set(file, { text, parsed });
    return parsed;
  }
}
