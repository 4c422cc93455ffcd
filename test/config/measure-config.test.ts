// measure: in supportops.yaml is checked like the rest of the file: every problem at its line and
// column, in plain words, with a did-you-mean for mistyped column fields and a real-zone check.
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate-config.js';
import { RULES } from '../../src/rules/rule-registry.js';
import { isValidTimeZone } from '../../src/time/zone.js';
import { show } from '../helpers/policies.js';

const problems = (text: string): string[] => {
  const result = validateConfig('supportops.yaml', new TextEncoder().encode(text), RULES.map((r) => r.id), isValidTimeZone);
  return result.ok ? [] : result.diagnostics.map(show);
};

describe('measure: in supportops.yaml', () => {
  it('accepts a column mapping, a zone and channel aliases', () => {
    expect(problems('measure:\n  columns: { id: Ticket ID, created: Opened at, timeZone: Europe/London }\n  channels: { Web Widget: web-form }\n')).toEqual([]);
  });

  it.each([
    ['a mistyped column field', 'measure:\n  columns:\n    creatd: Opened\n', "supportops.yaml:3:5 error Unknown property `creatd` in `columns`. Allowed here: id, channel, created, acknowledged, firstResponse, solved, status, priority, tier, tags, handleSeconds, statusChanges, nextResponses, timeZone. (did you mean 'created'?)"],
    ['an empty column name', 'measure:\n  columns: { id: "" }\n', 'supportops.yaml:2:18 error `id` must not be empty.'],
    ['a zone that does not exist', 'measure:\n  columns: { timeZone: Europe/Lodnon }\n', "supportops.yaml:2:24 error 'Europe/Lodnon' is not a time zone this system knows. Write an IANA name such as Europe/London or America/New_York."],
  ])('locates %s', (_, text, message) => {
    expect(problems(text)).toEqual([message]);
  });
});
