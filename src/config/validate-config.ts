/**
 * Reading supportops.yaml the way policy files are read: every problem at its file:line:column,
 * in plain words, with a did-you-mean for mistyped keys and rule ids, all of them at once.
 */
import { sortDiagnostics, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { decodePolicyText } from '../load/decode.js';
import { parseYaml } from '../load/parse-yaml.js';
import { joinPointer, SourceMap, type Target } from '../load/source-map.js';
import { describeErrors } from '../schema/describe-errors.js';
import { validatorFor } from '../schema/validate-document.js';
import type { Config } from './config.js';

export type ConfigResult =
  | { ok: true; config: Config; locate: (pointer: string) => SourceLocation }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * `file` names the config as the user gave it; `ruleIds` are the rules that exist; `isTimeZone`
 * tells a real zone name (the time engine's check, which this stage cannot import) from a typo.
 */
export function validateConfig(file: string, bytes: Uint8Array, ruleIds: readonly string[], isTimeZone: (name: string) => boolean = () => true): ConfigResult {
  const diagnostics: Diagnostic[] = [];
  const decoded = decodePolicyText(bytes);
  if (!decoded.ok) {
    const at = { line: decoded.line, column: decoded.column };
    return { ok: false, diagnostics: [{ ruleId: 'config', severity: 'error', message: decoded.message, location: { file, pointer: '', start: at, end: at } }] };
  }
  const sources = new SourceMap();
  const parsed = parseYaml(file, decoded.text, sources);
  if (parsed.diagnostics.length > 0) return { ok: false, diagnostics: sortDiagnostics(parsed.diagnostics) };
  const report = (pointer: string, target: Target, message: string, suggestion?: string, document = 0): void => {
    diagnostics.push({ ruleId: 'config', severity: 'error', message, location: sources.locate(file, document, pointer, target), ...(suggestion ? { suggestion } : {}) });
  };
  const [first, ...more] = parsed.documents;
  for (const extra of more) report('', 'value', 'supportops.yaml holds one document. Merge this one into the first, or delete it and the `---` before it.', undefined, extra.index);
  const data = first?.data ?? {};
  const document = first?.index ?? 0;
  const validate = validatorFor('Config');
  if (!validate(data)) {
    describeErrors(validate.errors ?? [], (pointer, target, message, suggestion) => report(pointer, target, message, suggestion, document), (pointer) => sources.isFlow(file, document, pointer));
  }
  const zone = (data as { measure?: { columns?: { timeZone?: unknown } } } | null)?.measure?.columns?.timeZone;
  if (typeof zone === 'string' && diagnostics.length === 0 && !isTimeZone(zone)) {
    report('/measure/columns/timeZone', 'value', `'${zone}' is not a time zone this system knows. Write an IANA name such as Europe/London or America/New_York.`, undefined, document);
  }
  for (const { pointer, id } of namedRules(data)) {
    if (!ruleIds.includes(id)) report(pointer, 'key', `Unknown rule \`${id}\`. The rule ids are listed in docs/rules/.`, didYouMean(id, ruleIds), document);
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
  return { ok: true, config: data as Config, locate: (pointer) => sources.locate(file, document, pointer) };
}

/** Every rule id the config names, with where, read from whatever shape the data has. */
function namedRules(data: unknown): { pointer: string; id: string }[] {
  const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isRecord(data)) return [];
  const out: { pointer: string; id: string }[] = [];
  const collect = (rules: unknown, base: string): void => {
    if (isRecord(rules)) for (const id of Object.keys(rules)) out.push({ pointer: joinPointer(base, 'rules', id), id });
  };
  collect(data.rules, '');
  if (Array.isArray(data.overrides)) data.overrides.forEach((o: unknown, i) => isRecord(o) && collect(o.rules, joinPointer('', 'overrides', i)));
  return out;
}
