/** Inline suppressions: a reason is required, unknown rules are named, unused ones are warned about, and look-alikes in text are ignored. */
import { describe, expect, it } from 'vitest';
import { suppressionComments } from '../../src/load/suppression-comments.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { AS_OF, check, edit, show, starter, toFiles, type FileSet } from '../helpers/policies.js';

const ownerless = (comment: string): FileSet => edit(starter(), 'routing.yaml', '  name: question\nspec:\n  meaning: A how-to or account question.\n  owner: support-team\n', `  name: question\n${comment}spec:\n  meaning: A how-to or account question.\n`);
const shown = (set: FileSet) => check(set).map((d) => `${show(d)} [${d.ruleId}]${d.suppression ? ` suppressed: ${d.suppression.justification}` : ''}`);
const FINDING = "routing.yaml:6:1 error Tag 'question' has no owner, so nobody is accountable for its tickets. Add `owner:` with a team or role name. [tag-has-owner]";

describe('inline suppressions', () => {
  it('suppress the named rule on the next line that is not blank or a comment, keeping the finding marked', () => {
    const set = ownerless('# supportops-disable-next-line tag-has-owner, kb-review-due -- owner being hired, see HR-12\n\n# (a note)\n');
    const [unused, finding] = check(set);
    expect(finding).toMatchObject({ ruleId: 'tag-has-owner', location: { start: { line: 8 } }, suppression: { kind: 'inSource', justification: 'owner being hired, see HR-12', location: { start: { line: 5, column: 1 } } } });
    expect(show(unused!)).toBe('routing.yaml:5:1 warn This suppression of kb-review-due is unused: no kb-review-due finding is on the line it applies to (line 8). Remove it, or move it to the line before the finding.');
  });

  it.each([
    ['no reason', '# supportops-disable-next-line tag-has-owner\n', 'A suppression needs a reason after ` -- `, such as `# supportops-disable-next-line tag-has-owner -- owner on leave until March`: say why the finding does not apply, for the next reviewer. Until then it suppresses nothing.'],
    ['an empty reason', '# supportops-disable-next-line tag-has-owner --   \n', 'A suppression needs a reason after ` -- `'],
    ['no rule', '# supportops-disable-next-line -- because\n', 'Name the rule to suppress'],
    ['another directive', '# supportops-disable tag-has-owner -- because\n', 'supportops understands one kind of suppression comment, `# supportops-disable-next-line <rule-id> -- <reason>`; `supportops-disable` is not it.'],
  ])('with %s: an error at the comment, and the finding still counts', (_, comment, message) => {
    const found = shown(ownerless(comment));
    expect(found).toContain(FINDING);
    expect(found.find((f) => f.endsWith('[suppression]'))).toContain(`routing.yaml:5:1 error ${message}`);
  });

  it('names an unknown rule with a suggestion, and refuses to suppress load problems', () => {
    expect(shown(ownerless('# supportops-disable-next-line tag-has-ownr -- hiring\n'))).toContain("routing.yaml:5:1 error Unknown rule `tag-has-ownr` in this suppression; it suppresses nothing. The rule ids are listed in docs/rules/. (did you mean 'tag-has-owner'?) [suppression]");
    expect(shown(ownerless('# supportops-disable-next-line schema -- hiring\n'))).toContain('routing.yaml:5:1 error `schema` findings cannot be suppressed: fix what they point at instead. [suppression]');
  });

  it('ignores text that only looks like a comment, inside a block scalar', () => {
    expect(suppressionComments('body: |\n  # supportops-disable-next-line tag-has-owner\n  text\n')).toEqual([]);
    expect(suppressionComments('a: 1 # supportops-disable-next-line x -- y\nb: 2\n')).toMatchObject([{ line: 1, column: 6, rules: ['x'], reason: 'y', target: 2, targetText: 'b: 2' }]);
  });

  it('know a suppression across versions by the document it sits in, by kind and name, not by file', () => {
    const COMMENT = '# supportops-disable-next-line tag-has-owner -- owner being hired, see HR-12\n';
    const keys = (set: FileSet) => (checkPolicies(toFiles(set), { asOf: AS_OF }).suppressions ?? []).map((d) => d.key);
    const set = ownerless(COMMENT);
    const { ['routing.yaml']: routing, ...rest } = set;
    // The tag moved to another file: the same suppression.
    expect(keys({ ...rest, 'tags.yaml': routing! })).toEqual(keys(set));
    // The same comment before the same line text in the file's other tag: another suppression.
    const both = edit(set, 'routing.yaml', '  name: outage\n', `  name: outage\n${COMMENT}`);
    const [first, second] = keys(both);
    expect(first).toBe(keys(set)[0]);
    expect(second).not.toBe(first);
  });
});
