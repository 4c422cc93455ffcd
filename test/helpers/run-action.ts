/** Runs the committed Action bundle (dist/index.js) in a child process, the way the GitHub runner does. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './policies.js';

export interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT uses heredoc blocks: name<<delimiter / value / delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

export async function runAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  // A runner temp folder of its own: test files run in parallel, and the report's name is fixed.
  const temp = mkdtempSync(join(tmpdir(), 'supportops-runner-'));
  const files = { summary: join(temp, 'summary.md'), output: join(temp, 'output.txt') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const child = spawn(process.execPath, [join(REPO, 'dist', 'index.js')], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      RUNNER_TEMP: temp,
      GITHUB_WORKFLOW: 'policies',
      GITHUB_JOB: 'check',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...env,
    },
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') };
}
