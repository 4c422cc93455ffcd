#!/usr/bin/env node
// The supportops executable: wires the real process to run() and sets the exit code.
import { run } from './run-cli.js';

// A reader that stops early (`supportops check | head -1`) closes the pipe: that is not an
// error worth a stack trace. Stop writing and exit with the code already decided.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`supportops: cannot write the output: ${error.message}\n`);
  process.exit(2);
});
// Nowhere is left to report a failing stderr: exit with the code already decided.
process.stderr.on('error', () => process.exit(process.exitCode ?? 2));

// No top-level await: the bundle is CommonJS (scripts/bundle.ts). run() reports its own failures.
void Promise.resolve(run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && !process.env.CI,
  env: process.env,
  progress: Boolean(process.stderr.isTTY) && !process.env.CI,
})).then((code) => {
  process.exitCode = code;
});
