import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/policies.js';
import { exampleWithDefaultAck, generate, markdownProblems } from './helpers.js';

describe('generated Markdown passes markdownlint', () => {
  it('every Markdown file of the example organisation, its own acknowledgement Template included', () => {
    const g = generate();
    const md = [...g.files.keys()].filter((p) => p.endsWith('.md'));
    expect(md.filter((p) => p.startsWith('acknowledgements/')).length).toBeGreaterThan(8);
    expect(JSON.parse(g.files.get('acknowledgements/index.json')!).acknowledgements[0].template.source).toBe('policy');
    expect(markdownProblems(g.files)).toEqual([]);
  });

  it('every Markdown file with the default acknowledgement template', () => {
    const g = generate(exampleWithDefaultAck());
    expect([...g.files.keys()].filter((p) => p.startsWith('acknowledgements/') && p.endsWith('.md')).length).toBeGreaterThan(8);
    expect(markdownProblems(g.files)).toEqual([]);
  });

  it('the follow-the-sun example, whose report lists gap patterns', () => {
    const g = generate({ 'policies.yaml': readFileSync(join(REPO, 'examples', 'follow-the-sun', 'policies.yaml'), 'utf8') });
    expect(g.files.get('report/feasibility.md')).toContain('### Gaps: channel `email`');
    expect(markdownProblems(g.files)).toEqual([]);
  });

  it('docs/artifacts.md', () => {
    expect(markdownProblems(new Map([['docs/artifacts.md', readFileSync(join(REPO, 'docs', 'artifacts.md'), 'utf8')]]))).toEqual([]);
  });

  it('policy text that looks like Markdown or a bare address stays literal and lint-clean', () => {
    const set = exampleWithDefaultAck();
    set['channels/email.yaml'] = set['channels/email.yaml']!
      .replace('purpose: Anything that needs tracking, a record or attachments.', 'purpose: "# Not a heading *or* _emphasis_ <b>tag</b> | pipe, see https://x.example/a_b."')
      .replace('allowedUses: [', 'allowedUses: ["+44 20 0000 or 1. numbered", "mail help@x.example", ');
    const g = generate(set);
    expect(markdownProblems(g.files)).toEqual([]);
    expect(g.files.get('routing-guide.md')).toContain('\\# Not a heading \\*or\\* \\_emphasis\\_ \\<b\\>tag\\</b\\> \\| pipe, see <https://x.example/a_b>.');
  });
});
