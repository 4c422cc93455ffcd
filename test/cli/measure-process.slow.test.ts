// supportops measure as a real process and on a large export: byte-identical JSON under any
// host time zone and locale, and a progress line only on a terminal. Slow: a child process,
// and an export big enough to be worth a progress line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run-cli.js';
import { cli, spawnCli } from '../helpers/cli.js';
import { REPO } from '../helpers/policies.js';

const CSV = 'examples/history/tickets.csv';
const AS_OF = ['--as-of', '2026-04-15'];
const scratch = () => mkdtempSync(join(tmpdir(), 'supportops-measure-'));

describe('supportops measure, as a process', () => {
  it('gives byte-identical JSON under any host time zone and locale', () => {
    const inProcess = cli(['measure', CSV, ...AS_OF, '--format', 'json', '--no-backtest']).stdout;
    const spawned = spawnCli(['measure', CSV, ...AS_OF, '--format', 'json', '--no-backtest'], { env: { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8' } });
    expect(spawned.stdout).toBe(inProcess);
  });

  it('shows progress on a terminal, and never in CI or a pipe', () => {
    const dir = scratch();
    const big = join(dir, 'big.csv');
    const rows = Array.from({ length: 90_000 }, (_, i) => `${i + 1},email,2026-03-26T09:00:00Z,2026-03-26T09:30:00Z,,open,normal,${'x'.repeat(40)}`);
    writeFileSync(big, `id,channel,created,first_response,solved,status,priority,tags\n${rows.join('\n')}\n`);
    const runWith = (progress: boolean) => {
      let stderr = '';
      run(['measure', big, join(REPO, 'policies'), ...AS_OF, '--no-backtest', '--format', 'json'], { cwd: REPO, stdout: () => undefined, stderr: (t) => (stderr += t), now: () => new Date('2026-04-15T12:00:00Z'), color: false, progress });
      return stderr;
    };
    const shown = runWith(true);
    expect(shown, shown).toMatch(/\rReading the export: 50% of \d+ MiB/);
    expect(runWith(false)).not.toContain('Reading the export');
  });
});
