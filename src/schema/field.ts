/** Every field carries a title, a description and an example, so editors can explain it while typing. */
import type { z } from 'zod';

export function field<T extends z.ZodType>(schema: T, title: string, description: string, example: unknown): T {
  return schema.meta({ title, description, examples: [example] }) as T;
}
