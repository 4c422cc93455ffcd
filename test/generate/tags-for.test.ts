// An acknowledgement's tags: those of its tier that a team answering the channel handles (a team
// without a tag list handles every tag). Found through one set of the teams' tags, the same as
// asking each team about each tag.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagsFor } from '../../src/generate/acknowledgements/acknowledgement-context.js';
import type { Entity, Model } from '../../src/model/model.js';

const NAMES = ['refund', 'login', 'outage', 'invoice', 'export'];
const TIERS = ['urgent', 'high', 'standard'];

const team = fc.record({ channels: fc.subarray(['email', 'chat']), tags: fc.option(fc.subarray(NAMES), { nil: undefined }) });
const tag = fc.record({ name: fc.constantFrom(...NAMES), defaultTier: fc.constantFrom(...TIERS) });

describe('tagsFor', () => {
  it('keeps the tags of the tier that some team answering the channel handles', () => {
    fc.assert(
      fc.property(fc.array(team, { maxLength: 4 }), fc.array(tag, { maxLength: 8 }), fc.constantFrom(...TIERS), (teams, tags, tier) => {
        const model = {
          teams: teams.map((spec, i) => ({ name: `team-${i}`, spec })),
          tags: tags.map(({ name, defaultTier }) => ({ name, spec: { defaultTier } })),
        } as unknown as Model;
        const channel = { name: 'email' } as Entity<'Channel'>;
        const serving = teams.filter((t) => t.channels.includes('email'));
        const expected = model.tags.filter((t) => t.spec.defaultTier === tier && serving.some((s) => !s.tags || s.tags.includes(t.name)));
        expect(tagsFor(model, channel, tier)).toEqual(expected);
      }),
    );
  });
});
