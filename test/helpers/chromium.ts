/**
 * Where the browser tests find Chromium, and why they are skipped when they cannot: said in the
 * skipped tests' title and again at the end of the run (test/report-skips.ts), never silently.
 */
import { existsSync } from 'node:fs';

/** Debian's chromium by default; CHROMIUM=/path/to/chrome names another build. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Why the browser tests cannot run here, with how to enable them; undefined when they can. */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  return `${CHROMIUM} is absent. To run them, install Debian's chromium (apt-get install -y chromium; .ci/run does) or set CHROMIUM=/path/to/chromium.`;
}
