/**
 * Vitest global setup: at the end of a run, say which tests were skipped for want of a tool on
 * this machine, why, and how to enable them, below the summary where a reader looks.
 */
import { chromiumMissing } from './helpers/chromium.js';

export default function setup(): () => void {
  return () => {
    const missing = chromiumMissing();
    if (missing) process.stderr.write(`\nSkipped: the disclosure HTML browser tests (test/generate/html-snippet.test.ts): ${missing}\n`);
  };
}
