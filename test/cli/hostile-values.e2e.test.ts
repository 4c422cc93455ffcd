/**
 * The hostile values, end to end: an unbounded handle time once hung `check` on a chat
 * team and overflowed to "internal error: agents must be a whole number ≥ 0, got -254705701" on
 * a phone team. Now each is a located schema error, and values at the limits check in bounded work.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyPolicies } from '../helpers/cli.js';

function withEdit(file: string, from: string | RegExp, to: string): string {
  const dir = copyPolicies();
  const path = join(dir, 'policies', file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  writeFileSync(path, next);
  return dir;
}

const check = (dir: string, ...extra: string[]) => cli(['check', '--as-of', '2026-11-23', ...extra, 'policies'], dir);

describe('hostile values in a policy', () => {
  it('handleTime: 999999999d on the example chat team is a located error, not a hang', () => {
    const dir = withEdit('teams/tier1.yaml', 'handleTime: 8m\n  concurrency: 2', 'handleTime: 999999999d\n  concurrency: 2');
    const { code, stdout, stderr } = check(dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('`handleTime` is "999999999d", longer than a handle time (the working time one ticket takes) may be: at most 1d. Write the real time, such as 12m.');
    expect(stdout).toMatch(/\n {2}55:15 {3}error/);
  });

  it('the same value on a phone team is the same located error, not an internal error', () => {
    const dir = withEdit('teams/incident-rota.yaml', 'handleTime: 20m', 'handleTime: 999999999d');
    const { code, stdout, stderr } = check(dir);
    expect(code).toBe(1);
    expect(stderr).not.toContain('internal error');
    expect(stdout).toContain('`handleTime` is "999999999d", longer than a handle time');
  });

  it('values at the limits check in bounded work: a busy channel is simulated scaled down, and nothing overflows', () => {
    const dir = withEdit('channels/live-chat.yaml', 'ticketsPerDay: 120', 'ticketsPerDay: 1000000');
    const team = join(dir, 'policies', 'teams', 'tier1.yaml');
    writeFileSync(team, readFileSync(team, 'utf8').replace('headcount: 4\n  shrinkage: 30%\n  occupancy: 75%\n  handleTime: 8m', 'headcount: 100000\n  shrinkage: 99%\n  occupancy: 75%\n  handleTime: 1d'));
    const { code, stdout, stderr } = check(dir, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { facts: { simulation: { channel: string; scale: number; replications: number; tiers: { tickets: number }[] }[] } };
    const chat = report.facts.simulation.find((s) => s.channel === 'live-chat')!;
    expect(chat.scale).toBeGreaterThan(1);
    expect(chat.tiers.reduce((n, t) => n + t.tickets, 0)).toBeLessThanOrEqual(chat.replications * 250_000 * 1.05);
  });
});
