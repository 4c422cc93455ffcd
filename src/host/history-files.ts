/**
 * Export files as the history readers read them: chunks of bytes read in turn, never the whole
 * file at once, so an export of several GB costs a chunk of memory. `onBytes` sees the progress.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { HistoryFile } from '../history/history-file.js';

const CHUNK_BYTES = 1 << 16;

/** The file at `path`, named `name` in messages; opened when read, closed when done or abandoned. */
export function historyFile(path: string, name: string, onBytes?: (bytes: number) => void): HistoryFile {
  return {
    name,
    *chunks() {
      const fd = openSync(path, 'r');
      // One buffer for the whole file: a reader is done with a chunk when it asks for the next.
      const buffer = new Uint8Array(CHUNK_BYTES);
      try {
        for (;;) {
          const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
          if (n === 0) return;
          onBytes?.(n);
          yield n === CHUNK_BYTES ? buffer : buffer.subarray(0, n);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}
