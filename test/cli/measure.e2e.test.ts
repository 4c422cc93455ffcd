// `supportops measure` and `check --history` end to end, on the shipped example history: the
// three formats, --write-demand, --out, --strict, and bad input as
// located messages with the CLI's exit codes.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { measureJsonSchema } from '../../src/format/measure-json.js';
import { ChannelSpec } from '../../src/schema/kinds/channels.js';
import { markdownProblems } from '../generate/helpers.js';
import { cli } from '../helpers/cli.js';

const CSV = 'examples/history/tickets.csv';
const AS_OF = ['--as-of', '2026-04-15'];
const scratch = () => mkdtempSync(join(tmpdir(), 'supportops-measure-'));

describe('supportops measure', () => {
  it('prints attainment, the backtest and no findings for the example history, and exits 0', () => {
    const { code, stdout, stderr } = cli(['measure', CSV, ...AS_OF]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^email +standard +first response +90% within 24h +100% /m);
    expect(stdout).toContain('4,186 tickets measured of 4,186 read (0 unmapped, 0 outside the window, 0 skipped for problems), as of 2026-04-16 00:00 UTC.');
    expect(stdout).toContain('Backtest: the capacity and simulation models fed the measured arrivals');
    expect(code).toBe(0);
  });

  it('writes JSON the published schema accepts', () => {
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(measureJsonSchema());
    const out = cli(['measure', CSV, ...AS_OF, '--format', 'json', '--no-backtest']).stdout;
    expect([validate(JSON.parse(out)), validate.errors ?? []]).toEqual([true, []]);
  });

  it('writes Markdown that markdownlint passes', () => {
    expect(markdownProblems(new Map([['measure.md', cli(['measure', CSV, ...AS_OF, '--format', 'markdown']).stdout]]))).toEqual([]);
  });

  it('--write-demand prints a demand block per channel that the Channel schema accepts', () => {
    const { code, stdout } = cli(['measure', CSV, ...AS_OF, '--write-demand', '--no-backtest']);
    expect(code).toBe(0);
    expect(stdout).toContain("# policies/channels/email.yaml, channel 'email': measured over 2026-03-26..2026-04-01 (");
    const blocks = parseAllDocuments(stdout.replaceAll(/^# policies/gm, '---\n# policies')).map((d) => d.toJS() as { demand: unknown } | null).filter((d) => d !== null);
    expect(blocks.length).toBe(6);
    for (const b of blocks) expect(ChannelSpec.shape.demand.safeParse(b.demand).success).toBe(true);
  });

  it('--out writes every format and every breach, and replaces only its own folder', () => {
    const dir = scratch();
    const out = join(dir, 'measured');
    expect(cli(['measure', CSV, ...AS_OF, '--out', out, '--no-backtest']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'measure.json'), 'utf8')).records.measured).toBe(4186);
    const breaches = readFileSync(join(out, 'breaches.csv'), 'utf8').trim().split('\n');
    expect(breaches[0]).toBe('channel,tier,metric,ticket,instance,late_seconds,date,open');
    expect(breaches.length - 1).toBe(JSON.parse(readFileSync(join(out, 'measure.json'), 'utf8')).attainment.reduce((s: number, c: { breaches: { count: number } }) => s + c.breaches.count, 0));
    expect(cli(['measure', CSV, ...AS_OF, '--out', out, '--no-backtest']).code).toBe(0);
    const foreign = join(dir, 'notes');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'keep.txt'), 'mine');
    const refused = cli(['measure', CSV, ...AS_OF, '--out', foreign]);
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining('is not empty and holds no earlier measure report')]);
  });

  it('--strict stops at the first bad record, says where, and writes nothing', () => {
    const out = join(scratch(), 'measured');
    const { code, stderr } = cli(['measure', 'test/fixtures/history/generic.csv', '--strict', '--out', out, ...AS_OF]);
    expect(code).toBe(1);
    expect(stderr).toContain('test/fixtures/history/generic.csv:4: ticket 3 at line 4: the created time "2026-03-02 11:00" has no offset');
    expect(stderr).toContain('Stopped at the first bad record (--strict)');
    expect(existsSync(out)).toBe(false);
  });

  it('goes past bad records without --strict, counting and locating them', () => {
    const { code, stdout } = cli(['measure', 'test/fixtures/history/generic.csv', ...AS_OF, '--no-backtest']);
    expect(code).toBe(0);
    expect(stdout).toContain('skipped for problems');
    expect(stdout).toContain('test/fixtures/history/generic.csv:7: the row at line 7 is not well-formed CSV (a quoted cell is never closed), so it was skipped.');
  });

  it.each([
    [['measure', 'nothing-here.csv'], 'supportops: export file not found: nothing-here.csv.'],
    [['measure', 'README.md'], 'supportops: README.md: its format cannot be told from its first lines. Pass --source csv|zendesk|freshdesk|zammad'],
    [['measure', CSV, '--source', 'excel'], "supportops: --source must be csv, zendesk, freshdesk or zammad, not 'excel'"],
    [['measure', CSV, '--from', '2026-02-30'], "supportops: --from must be a date written YYYY-MM-DD, not '2026-02-30'"],
    [['measure', CSV, '--from', '2026-04-02', '--to', '2026-04-01'], 'supportops: --to 2026-04-01 is before --from 2026-04-02'],
    [['measure', CSV, '--format', 'sarif'], "supportops: --format must be stylish, json or markdown, not 'sarif'"],
    [['measure'], 'supportops: name the ticket export to read'],
  ])('refuses %j with exit 2 and one plain line', (argv, message) => {
    const { code, stderr } = cli(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

});

describe('supportops check --history', () => {
  it('checks the measured demand, and says so in the findings, the report and the JSON', () => {
    const { stdout } = cli(['check', '--history', CSV, '--as-of', '2026-11-23']);
    expect(stdout).toContain('Demand measured from examples/history/tickets.csv over 2026-03-26..2026-04-01 for email, live-chat, messenger, urgent-line, web-form, whatsapp; every other channel is checked with its declared demand.');
    const json = JSON.parse(cli(['check', '--history', CSV, '--as-of', '2026-11-23', '--format', 'json']).stdout);
    // A week of the urgent line's calls is a spiky profile: Erlang C now finds short hours, and says whose demand it used.
    const feasibility = json.diagnostics.filter((d: { ruleId: string }) => ['sync-service-level', 'capacity-meets-demand', 'predicted-attainment'].includes(d.ruleId));
    for (const d of feasibility) expect(d.message).toContain('(Demand measured from examples/history/tickets.csv over 2026-03-26..2026-04-01, not the declared demand.)');
    expect(json.facts.demand).toEqual({ export: 'examples/history/tickets.csv', window: '2026-03-26..2026-04-01', measured: ['email', 'live-chat', 'messenger', 'urgent-line', 'web-form', 'whatsapp'] });
  });
});
