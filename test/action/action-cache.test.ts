/** The Action's cache folder: under runner.temp by default, never in the workspace the pull request controls. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/capacity/index.js';
import { actionCache } from '../../src/action/action-cache.js';
import { DiskSimulationStore } from '../../src/host/simulation-store.js';
import { UsageError } from '../../src/host/usage-error.js';

const now = () => new Date();
const scratch = () => mkdtempSync(join(tmpdir(), 'supportops-action-cache-'));
const RESULT: SimulationResult = { seed: 1, replications: 2, batches: 1, arrivals: 3, peakBacklog: 1, tiers: [] };
const PLANTED: SimulationResult = { ...RESULT, arrivals: 999 };

/** Where the cache wrote, found by asking it to keep one result. */
function writes(cacheDir: string | undefined, workspace: string, env: NodeJS.ProcessEnv): SimulationResult {
  return actionCache(cacheDir, workspace, env, now).simulation('key', () => RESULT);
}

describe('actionCache', () => {
  it('keeps simulations in runner.temp by default', () => {
    const [workspace, temp] = [scratch(), scratch()];
    writes(undefined, workspace, { RUNNER_TEMP: temp });
    expect(readdirSync(join(temp, 'supportops-cache')).some((f) => f.endsWith('.sim.json'))).toBe(true);
    expect(readdirSync(workspace)).toEqual([]);
  });

  it('keeps nothing with none, or outside a runner', () => {
    const [workspace, temp] = [scratch(), scratch()];
    writes('none', workspace, { RUNNER_TEMP: temp });
    writes(undefined, workspace, {});
    expect(readdirSync(temp)).toEqual([]);
    expect(readdirSync(workspace)).toEqual([]);
  });

  it('never reads a cache planted in the workspace: an explicit folder there is refused', () => {
    const workspace = scratch();
    const planted = join(workspace, '.supportops-cache');
    new DiskSimulationStore(planted, now).write('key', PLANTED);
    expect(() => writes('.supportops-cache', workspace, {})).toThrow(UsageError);
    expect(() => writes(planted, workspace, {})).toThrow(/inside the workspace, which the pull request controls/);
    expect(() => writes('.', workspace, {})).toThrow(UsageError);
    expect(() => writes('not-yet/made', workspace, {})).toThrow(UsageError);
    // A name that merely starts with two dots is still inside.
    expect(() => writes('..cache', workspace, {})).toThrow(UsageError);
  });

  it('follows symbolic links: a folder outside that leads into the workspace is refused', () => {
    const [workspace, outside] = [scratch(), scratch()];
    mkdirSync(join(workspace, 'cache'));
    symlinkSync(join(workspace, 'cache'), join(outside, 'link'));
    expect(() => writes(join(outside, 'link'), workspace, {})).toThrow(UsageError);
    expect(() => writes(join(outside, 'link', 'deeper'), workspace, {})).toThrow(UsageError);
  });

  it('quietly keeps nothing when runner.temp itself lies in the workspace', () => {
    const workspace = scratch();
    const temp = join(workspace, '_temp');
    mkdirSync(temp);
    expect(writes(undefined, workspace, { RUNNER_TEMP: temp })).toBe(RESULT);
    expect(existsSync(join(temp, 'supportops-cache'))).toBe(false);
  });

  it('uses an explicit folder outside the workspace', () => {
    const [workspace, outside] = [scratch(), scratch()];
    new DiskSimulationStore(join(outside, 'c'), now).write('key', PLANTED);
    // A folder the workflow chose is trusted like runner.temp: its entries are read.
    expect(writes(join(outside, 'c'), workspace, {})).toEqual(PLANTED);
  });
});
