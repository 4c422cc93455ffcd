/** Starts fakes (and other loopback servers) for one test file and closes them after each test. */
import { afterEach } from 'vitest';

export function loopbackHarness(): { track: <T extends { close(): Promise<void> }>(server: T) => T; onClose: (close: () => Promise<void>) => void } {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
  });
  return {
    track: (server) => (closers.push(() => server.close()), server),
    onClose: (close) => void closers.push(close),
  };
}
