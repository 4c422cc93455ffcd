/** The typed policy model: every document by kind, each entity remembering where it came from. */
import type { Kind } from '../schema/kinds/kind-registry.js';
import { joinPointer } from '../load/source-map.js';
import type { Origin } from './origin.js';
import type { ModelSpecOf } from './typed-specs.js';

// Its own file so the specs' types can name it without importing the model.
export type { Origin } from './origin.js';

export function child(origin: Origin, ...segments: (string | number)[]): Origin {
  return { ...origin, pointer: joinPointer(origin.pointer, ...segments) };
}

export interface Entity<K extends Kind = Kind> {
  kind: K;
  name: string;
  /** The spec with its values parsed (typed-specs.ts). */
  spec: ModelSpecOf<K>;
  /** The document root. */
  origin: Origin;
  /** The spec, for pointing into fields: child(entity.at, 'owner'). */
  at: Origin;
}

/** A name used in one document to refer to another document. */
export interface Reference {
  /** The kinds that may satisfy it, e.g. an owner may be a Team or a Role. */
  kinds: Kind[];
  name: string;
  /** The referring value. */
  at: Origin;
  /** The field, in words, for messages: "owner", "role". */
  field: string;
}

export interface Model {
  entities: Entity[];
  schedules: Entity<'Schedule'>[];
  roles: Entity<'Role'>[];
  teams: Entity<'Team'>[];
  channels: Entity<'Channel'>[];
  slaPolicies: Entity<'SlaPolicy'>[];
  tags: Entity<'Tag'>[];
  triggers: Entity<'EscalationTrigger'>[];
  templates: Entity<'Template'>[];
  knowledgeBases: Entity<'KnowledgeBase'>[];
  aiGuardrails: Entity<'AiGuardrails'>[];
  metricTargets: Entity<'MetricTargets'>[];
  /** First definition wins; later ones are listed in `duplicates`. */
  find<K extends Kind>(kind: K, name: string): Entity<K> | undefined;
  /** Whether a document of that kind and name exists, valid or not. */
  declares(kind: Kind, name: string): boolean;
  names(kind: Kind): string[];
  duplicates: { first: Entity; second: Entity }[];
  references: Reference[];
}
