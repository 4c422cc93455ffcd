/** Every field carries a title, a description and an example, so editors can explain it while typing. */
import type { z } from 'zod';

export function field<T extends z.ZodType>(schema: T, title: string, description: string, example: unknown): T {
  return schema.meta({ title, description, examples: [example] }) as T;
}

/**
 * Constraints zod cannot state (such as "not every weight is 0"), written straight into the
 * generated JSON Schema. Policies are validated with that schema, so they apply all the same;
 * a `description` on the constraint is the message shown when it fails (see describe-errors.ts).
 */
export function jsonSchemaOnly<T extends z.ZodType>(schema: T, keywords: { not?: object; contains?: object; maxProperties?: number }): T {
  return schema.meta(keywords) as T;
}
