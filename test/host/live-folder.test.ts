/** A live folder written by pull reads back as the same objects, from disk. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ZAMMAD_API } from '../../src/helpdesk/zammad/api.js';
import { HelpdeskClient } from '../../src/host/http/client.js';
import { readLiveFolder } from '../../src/host/live-folder.js';
import { pullLive } from '../../src/host/pull.js';
import { startZammad } from '../fakes/zammad-fake.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

it('reads back what pull wrote, object for object', async () => {
  const fake = await startZammad();
  try {
    const client = new HelpdeskClient({ api: ZAMMAD_API, url: fake.url, token: fake.token, sleep: async () => {} });
    const pulled = await pullLive(client);
    const dir = mkdtempSync(join(tmpdir(), 'supportops-live-'));
    dirs.push(dir);
    for (const f of pulled.files) writeFileSync(join(dir, f.path), f.text);
    const read = readLiveFolder(ZAMMAD_API, dir);
    expect(read.diagnostics).toEqual([]);
    expect(read.objects).toEqual(pulled.objects);
    expect(read.objects.map((o) => `${o.type} ${o.name} ${o.builtIn}`)).toEqual(['calendar Default true', 'group Users true']);
  } finally {
    await fake.close();
  }
});
