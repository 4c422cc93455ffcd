// A file's YAML documents are dropped once read and composed again when a location is asked for:
// the locations are the same either way.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { SourceMap } from '../../src/load/source-map.js';

const TEXT = ['apiVersion: supportops/v1', 'kind: Tag', 'metadata:', '  name: refund', 'spec:', '  meaning: Money back.', '  requiredFields: [Invoice number, Reason]', '---', 'kind: Role', 'metadata: { name: lead }', ''].join('\n');

describe('released sources', () => {
  it('locate a pointer, a flow collection and a position within a value as before release', () => {
    const sources = new SourceMap();
    const parsed = parseYaml('tags.yaml', TEXT, sources);
    const ask = () => [
      sources.locate('tags.yaml', 0, '/spec/requiredFields/1'),
      sources.locate('tags.yaml', 1, '/metadata/name', 'key'),
      sources.isFlow('tags.yaml', 0, '/spec/requiredFields'),
      sources.locateWithin('tags.yaml', 0, '/spec/meaning', 1, 3),
    ];
    const held = ask();
    parsed.source.release();
    expect(ask()).toEqual(held);
    expect(held[0]).toMatchObject({ start: { line: 7, column: 36 } });
  });
});
