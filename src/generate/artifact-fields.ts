/**
 * Titles, descriptions and examples for the artifact shapes, as `field()` gives the policy
 * kinds: every property of a published artifact schema carries all three, for editors and
 * downstream tools (test/schema/json-schema.test.ts checks them and validates every example
 * against its own subschema). Here the example is type-checked against what the shape outputs,
 * and an object's or a list's example defaults to one assembled from its fields' own examples,
 * so nested examples cannot drift from the fields they are made of.
 */
import { z } from 'zod';
import { field } from '../schema/field.js';

/** A value of the shape's output; read-only, so `as const` data fits. */
type Frozen<T> = T extends readonly (infer U)[] ? readonly Frozen<U>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;
type Example<T extends z.ZodType> = Frozen<z.output<T>>;

/**
 * The schema's own example, or one built from its parts: an object from each field's example,
 * a list of one item, a nullable from what it wraps (a value says more than null).
 */
function exampleOf<T extends z.ZodType>(schema: T): Example<T> {
  const own = z.globalRegistry.get(schema)?.examples;
  if (Array.isArray(own) && own.length > 0) return own[0] as Example<T>;
  if (schema instanceof z.ZodNullable) return exampleOf(schema.unwrap() as z.ZodType) as Example<T>;
  if (schema instanceof z.ZodArray) return [exampleOf(schema.element as z.ZodType)] as Example<T>;
  if (schema instanceof z.ZodObject) {
    return Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [key, exampleOf(value)])) as Example<T>;
  }
  throw new Error(`An artifact field of type ${schema.def.type} needs an explicit example.`);
}

/** `field()` for artifact shapes: the example defaults to `exampleOf(schema)`. Describe the outermost schema (after `.nullable()`). */
export function described<T extends z.ZodType>(schema: T, title: string, description: string, example: NoInfer<Example<T>> = exampleOf(schema)): T {
  return field(schema, title, description, example);
}

/** The common leaves, described: a string, a list of strings, a number, a number or null, a boolean. */
export const text = (title: string, description: string, example: string) => described(z.string(), title, description, example);
export const list = (title: string, description: string, example: string[]) => described(z.array(z.string()), title, description, example);
export const num = (title: string, description: string, example: number) => described(z.number(), title, description, example);
export const maybe = (title: string, description: string, example: number | null) => described(z.number().nullable(), title, description, example);
export const flag = (title: string, description: string, example: boolean) => described(z.boolean(), title, description, example);
