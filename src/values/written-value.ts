/**
 * A value as a support lead wrote it ("90% within 4h", "30%", "1h30m", "09:00-17:00"), parsed
 * once at the model boundary. It keeps the text: messages, diffs and JSON show what was written,
 * so the value serialises (JSON.stringify, template strings) as that text.
 */
export abstract class WrittenValue {
  constructor(readonly text: string) {}

  toJSON(): string {
    return this.text;
  }

  toString(): string {
    return this.text;
  }
}
