// JSON text for artifacts: escaped for inlining in HTML, bidirectional controls dropped, and the
// same text whether it is made whole or in parts (a file too large to hold whole).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText, jsonTextParts } from '../../src/generate/escape/escape-json.js';
import { ManifestHash, manifestEntry } from '../../src/generate/manifest.js';
import { withoutBidiControls } from '../../src/values/text-controls.js';

/** How jsonText was written before it took one pass over the text: a replacer on every value. */
const replacerJsonText = (value: unknown) =>
  `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? withoutBidiControls(v) : v), 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;

// Strings that reach for every character the writer treats specially.
const text = fc.stringMatching(/^[a-zé<>&"\\\n\u2028\u2029\u202a-\u202e\u2066-\u2069\u200f ]{0,12}$/);
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), tie('value'), { maxKeys: 4 }),
})).value;

describe('jsonText', () => {
  it('escapes what could end a script element and drops bidirectional controls, reading back the same values', () => {
    expect(jsonText({ a: '</script>&\u2028\u202eb' })).toBe('{\n  "a": "\\u003c/script\\u003e\\u0026\\u2028b"\n}\n');
    fc.assert(
      fc.property(json, (value) => {
        const written = jsonText(value);
        expect(written).not.toMatch(/[<>&\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? withoutBidiControls(v) : v))));
        // Keys hold no controls here, so the text is byte for byte what the replacer wrote.
        expect(written).toBe(replacerJsonText(value));
      }),
      { seed: 41, numRuns: 300 },
    );
  });
});

describe('jsonTextParts', () => {
  it('joins to jsonText of the whole, one item to a part, wherever the list sits', () => {
    const places: ((items: unknown) => unknown)[] = [
      (items) => items,
      (items) => ({ head: 'x', items, tail: [1, { b: 2 }] }),
      (items) => ({ a: { b: [0, items, { c: false }] } }),
      (items) => [items],
    ];
    fc.assert(
      fc.property(fc.array(json, { maxLength: 5 }), fc.integer({ min: 0, max: places.length - 1 }), (items, which) => {
        const place = places[which]!;
        const parts = [...jsonTextParts(items, place)];
        expect(parts.join('')).toBe(jsonText(place(items)));
        expect(parts).toHaveLength(items.length === 0 ? 1 : items.length + 2);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('hashes a parted file as the manifest hashes it whole, and only when its writer read it all, once', () => {
    const parts = ['{\n', '  "a": "é"\n', '}\n'];
    const file = { path: 'index.json', parts: () => parts };
    const hash = new ManifestHash(file);
    expect([...hash.reading(file.parts())].join('')).toBe(parts.join(''));
    expect(hash.entry()).toEqual(manifestEntry({ path: 'index.json', contents: parts.join('') }));
    expect(() => [...hash.reading(file.parts())]).toThrow(/read twice/);
    const unread = new ManifestHash(file);
    const reading = unread.reading(file.parts());
    reading.next();
    expect(() => unread.entry()).toThrow(/did not read all/);
  });
});
