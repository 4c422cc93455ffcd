/**
 * Validates one policy document against its kind's JSON Schema (ajv) and turns each ajv error
 * into a plain-language diagnostic at the exact key or value.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { SourceMap } from '../load/source-map.js';
import { describeErrors, type Report } from './describe-errors.js';
import { checkDurationBounds } from './duration-bounds.js';
import { API_VERSION, KINDS, type Kind } from './kinds/kind-registry.js';
import * as generated from './validators.generated.js';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Precompiled at build time (see scripts/standalone-validators.ts); a test fails when they drift from the kinds. */
export function validatorFor(name: Kind | 'Config'): Validator {
  return (generated as unknown as Record<Kind | 'Config', Validator>)[name];
}

export interface DocumentRef {
  file: string;
  index: number;
  data: unknown;
}

/** Checks the envelope (apiVersion, kind) and then the kind's schema. Returns the kind when the document is valid. */
export function validateDocument(doc: DocumentRef, sources: SourceMap, diagnostics: Diagnostic[]): Kind | undefined {
  const report: Report = (pointer, target, message, suggestion) => {
    diagnostics.push({
      ruleId: 'schema',
      severity: 'error',
      message,
      location: sources.locate(doc.file, doc.index, pointer, target),
      ...(suggestion ? { suggestion } : {}),
    });
  };
  const data = doc.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report('', 'value', 'A policy document must be a mapping with apiVersion, kind, metadata and spec. See `supportops init` for an example.');
    return undefined;
  }
  const record = data as Record<string, unknown>;
  if (record.apiVersion !== API_VERSION) {
    const has = 'apiVersion' in record;
    report(has ? '/apiVersion' : '', has ? 'value' : 'key', has
      ? `Unknown apiVersion ${JSON.stringify(record.apiVersion)}. This version of supportops reads "${API_VERSION}".`
      : `Missing apiVersion. Add "apiVersion: ${API_VERSION}" at the top of the document.`);
    return undefined;
  }
  const kind = record.kind;
  if (typeof kind !== 'string' || !(KINDS as string[]).includes(kind)) {
    const has = 'kind' in record;
    report(has ? '/kind' : '', has ? 'value' : 'key',
      has ? `Unknown kind ${JSON.stringify(kind)}. The kinds are: ${KINDS.join(', ')}.` : `Missing kind. Add one of: ${KINDS.join(', ')}.`,
      typeof kind === 'string' ? didYouMean(kind, KINDS) : undefined);
    return undefined;
  }
  const validate = validatorFor(kind as Kind);
  if (validate(data)) return checkDurationBounds(record.spec, '/spec', report) ? (kind as Kind) : undefined;
  describeErrors(validate.errors ?? [], report, (pointer) => sources.isFlow(doc.file, doc.index, pointer));
  return undefined;
}
