/** What every helpdesk target produces and reads: API payloads as plain JSON, and findings. */
import type { Severity } from '../diagnostics/diagnostic.js';
import type { Origin } from '../model/model.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const TARGETS = ['zendesk', 'freshdesk', 'zammad'] as const;
export type TargetName = (typeof TARGETS)[number];

/** One object the policies ask the helpdesk to hold: the API payload, and how to find it again. */
export interface DesiredObject {
  /** The product's resource type, such as `sla_policy` (see each product's api.ts). */
  type: string;
  /** Stable key, `<type>/<name>`: carried in the object's description (or its name) so apply finds it again. */
  key: string;
  /** The name people see in the helpdesk. */
  name: string;
  /** The request body, without the wrapper the API puts around it and without `refs` fields. */
  payload: JsonObject;
  /** Fields that hold another object's id, by the key of that object; apply fills them in. */
  refs: Record<string, string>;
}

/**
 * Something the mapping could not say exactly (a lossy mapping) or had to guess (import).
 * `at` points into the policy (export) or into the written policy file (import).
 */
export interface MappingFinding {
  ruleId: MappingRule;
  severity: Severity;
  message: string;
  at: Origin;
}

/**
 * helpdesk-lossy: the helpdesk holds less than the policy says (a percentile, a split shift).
 * helpdesk-unsupported: part of the policy cannot be exported at all.
 * helpdesk-guessed: import wrote a value the helpdesk does not hold (demand, headcount).
 */
export type MappingRule = 'helpdesk-lossy' | 'helpdesk-unsupported' | 'helpdesk-guessed';

export interface ExportResult {
  target: TargetName;
  /** Sorted by key. */
  objects: DesiredObject[];
  findings: MappingFinding[];
}

/** An object as the helpdesk holds it: its id, its stable key when it has one, and its JSON. */
export interface LiveObject {
  type: string;
  id: number | string;
  /** From the marker in its description or note, or its name for types that have neither. */
  key: string | null;
  name: string;
  body: JsonObject;
  /** A default object the helpdesk itself keeps (never deleted, even with prune). */
  builtIn: boolean;
}
