#!/usr/bin/env node
// The supportops executable: wires the real process to run() and sets the exit code.
import { run } from './run.js';

const code = run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && !process.env.CI,
});
process.exitCode = code;
