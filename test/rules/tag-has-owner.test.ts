import { describe, expect, it } from 'vitest';
import { check, edit, findings, starter } from '../helpers/policies.js';

describe('tag-has-owner', () => {
  it('accepts tags with an owner', () => {
    expect(findings(starter(), 'tag-has-owner')).toEqual([]);
  });

  it('reports a tag without an owner at its spec', () => {
    const set = edit(starter(), 'routing.yaml', '  owner: support-team\n', '');
    expect(findings(set, 'tag-has-owner')).toEqual([
      "routing.yaml:5:1 error Tag 'question' has no owner, so nobody is accountable for its tickets. Add `owner:` with a team or role name.",
    ]);
  });

  it('starter set is clean overall', () => {
    expect(check(starter())).toEqual([]);
  });
});
