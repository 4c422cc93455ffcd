/** Shared by the field comparisons: one change when a value differs, with both sides in words. */
import { isDeepStrictEqual } from 'node:util';
import { WrittenValue } from '../values/written-value.js';
import type { Change, ChangeCategory, ChangeSeverity } from './change.js';

/** A value in words: as written for a parsed value (objects of them serialise the same way). */
function text(value: unknown): string {
  if (value === undefined) return 'not set';
  if (value instanceof WrittenValue) return value.text;
  if (Array.isArray(value)) return value.length ? value.map(text).join(', ') : 'none';
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

export type SeverityOf = ChangeSeverity | ((before: unknown, after: unknown) => ChangeSeverity);

/** An address published where there was none is info; one that moves or goes breaks the links customers have: notable. */
export const addressSeverity: SeverityOf = (before, after) => (before === undefined && after !== undefined ? 'info' : 'notable');

export type FieldDiff = (category: ChangeCategory, subject: string, before: unknown, after: unknown, severity: SeverityOf, message: string, channels?: string[]) => void;

/** A recorder that appends to `changes` and ignores values that are deeply equal (diffPolicies drops empty channel lists). */
export function fieldDiff(changes: Change[]): FieldDiff {
  return (category, subject, before, after, severity, message, channels) => {
    if (isDeepStrictEqual(before, after)) return;
    const level = typeof severity === 'function' ? severity(before, after) : severity;
    changes.push({ category, severity: level, subject, before: text(before), after: text(after), message, ...(channels ? { channels } : {}) });
  };
}
