import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { generateArtifacts, policyHash, artifactJsonSchemas } from '../../src/generate/generate-artifacts.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { addDocs, starter, toFiles, type FileSet } from '../helpers/policies.js';
import { DEFAULT_ACK, markdownProblems } from './helpers.js';

interface ChannelCase {
  mode: 'sync' | 'async';
  medium: 'email' | 'chat' | 'messaging' | 'phone' | 'web-form';
  looksLive: boolean;
  sla: 'email-sla' | 'urgent-line-sla' | null;
  zones: string[];
  urgent: boolean;
}

const channelCase = fc.record<ChannelCase>({
  mode: fc.constantFrom('sync', 'async'),
  medium: fc.constantFrom('email', 'chat', 'messaging', 'phone', 'web-form'),
  looksLive: fc.boolean(),
  sla: fc.constantFrom('email-sla', 'urgent-line-sla', null),
  zones: fc.subarray(['America/New_York', 'Asia/Singapore', 'Australia/Sydney', 'Europe/London', 'Asia/Kolkata']),
  urgent: fc.boolean(),
});

function policySet(cases: ChannelCase[]): FileSet {
  let set = starter();
  cases.forEach((c, i) => {
    set = addDocs(set, 'generated.yaml', `apiVersion: supportops/v1
kind: Channel
metadata:
  name: c${i}
spec:
  mode: ${c.mode}
  medium: ${c.medium}
  displayName: "Channel <${i}> & co"
  looksLive: ${c.looksLive}
  purpose: Generated channel ${i}.
  allowedUses: [Anything]
  entryPoint: { location: "Widget ${i}", showsResponseTime: true }
${c.sla ? `  slaPolicy: ${c.sla}\n` : ''}${c.zones.length ? `  customerTimeZones: [${c.zones.join(', ')}]\n` : ''}${c.urgent ? '  urgentPath: urgent-line\n' : ''}`);
  });
  return set;
}

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
for (const schema of Object.values(artifactJsonSchemas())) ajv.addSchema(schema);

describe('properties over generated policy sets', () => {
  it('every channel has a disclosure, every channel but phone × tier an acknowledgement (a call gets no written reply), all Markdown lints clean, and every JSON artifact fits its schema', () => {
    fc.assert(
      fc.property(fc.array(channelCase, { minLength: 1, maxLength: 4 }), fc.constantFrom('2026-01-05', '2026-11-23', '2027-03-20'), (cases, asOf) => {
        const files = toFiles(policySet(cases));
        const { model, diagnostics } = validatePolicies(files);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const { artifacts, problems } = generateArtifacts({ model, policyHash: policyHash(files), asOf, templates: { acknowledgement: DEFAULT_ACK } });
        expect(problems).toEqual([]);
        const byPath = new Map(artifacts.map((a) => [a.path, a.contents]));
        for (const channel of model.channels) {
          for (const ext of ['md', 'html', 'json']) expect(byPath.has(`disclosures/${channel.name}.${ext}`), `${channel.name}.${ext}`).toBe(true);
          const policy = channel.spec.slaPolicy ? model.find('SlaPolicy', channel.spec.slaPolicy) : undefined;
          const written = channel.spec.medium !== 'phone';
          for (const tier of policy?.spec.tiers ?? []) expect(byPath.has(`acknowledgements/${channel.name}/${tier.name}.md`), `${channel.name}/${tier.name}`).toBe(written);
        }
        // The index says which channels get none, and why: phone channels and channels without an SLA policy.
        const index = JSON.parse(byPath.get('acknowledgements/index.json')!) as { withoutAcknowledgement: { channel: string }[] };
        expect(index.withoutAcknowledgement.map((w) => w.channel)).toEqual(model.channels.filter((c) => c.spec.medium === 'phone' || !c.spec.slaPolicy).map((c) => c.name));
        expect(markdownProblems(byPath)).toEqual([]);
        for (const [path, text] of byPath) {
          if (!path.endsWith('.json')) continue;
          const data = JSON.parse(text) as { $schema: string };
          const validate = ajv.getSchema(data.$schema)!;
          expect(validate(data), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('an async channel that looks live opens with its not-live statement; calendar tiers say around the clock', () => {
    fc.assert(
      fc.property(channelCase, (c) => {
        const files = toFiles(policySet([c]));
        const { model } = validatePolicies(files);
        const { artifacts } = generateArtifacts({ model, policyHash: policyHash(files), asOf: '2026-11-23', templates: { acknowledgement: DEFAULT_ACK } });
        const get = (p: string) => artifacts.find((a) => a.path === p)!.contents;
        const md = get('disclosures/c0.md').split('\n\n');
        const html = get('disclosures/c0.html');
        const data = JSON.parse(get('disclosures/c0.json')) as { tiers: { sentence: string }[]; urgent: { text: string } | null; customerTimeZones: { timeZone: string }[] };
        if (c.mode === 'async' && c.looksLive) {
          expect(md[1]).toMatch(/^# Channel \\<0\\> \\& co is not live/);
          expect(md[2]).toMatch(/^This (is not a live chat|channel is not answered live): a person reads your message and replies later\./);
          expect(html).toMatch(/<h2 [^>]*>Channel &lt;0&gt; &amp; co is not live[^<]*<\/h2>\n<p class="supportops-disclosure__notice" role="note">This /);
        } else {
          expect(md[1]).toBe('# Channel \\<0\\> \\& co: response times');
          expect(html).not.toContain('class="supportops-disclosure__notice"');
        }
        if (c.sla === 'urgent-line-sla') for (const t of data.tiers) expect(t.sentence).toMatch(/, around the clock, every day\.$/);
        if (c.sla === 'email-sla') {
          for (const t of data.tiers) expect(t.sentence).toMatch(/, Monday–Friday 09:00–17:00 London time\.$/);
          expect(data.customerTimeZones.map((z) => z.timeZone)).toEqual(c.zones.filter((z) => z !== 'Europe/London'));
        } else {
          expect(data.customerTimeZones).toEqual([]);
        }
        expect(data.urgent?.text.startsWith('For urgent cases, use Urgent line: +44 20 0000 0000.') ?? !c.urgent).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
