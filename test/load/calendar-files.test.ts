// .ics calendars are policy input: read with the YAML from disk and at a git ref, hashed with
// it, and refused through a link out of the policy folder.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPolicyFiles } from '../../src/load/files.js';
import { readPolicyFilesAtCommit } from '../../src/load/git-files.js';
import { policyHash } from '../../src/generate/stamp.js';
import { cli } from '../helpers/cli.js';
import { commitAll, exampleRepo } from '../helpers/git-repo.js';

const EVENT = ['BEGIN:VEVENT', 'UID:offsite@sg.example.com', 'DTSTART;VALUE=DATE:20270615', 'SUMMARY:Company offsite', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

/** Adds an event to the example's Singapore calendar, in place of its closing line. */
function addOffsite(dir: string): void {
  const path = join(dir, 'policies', 'calendars', 'singapore-office.ics');
  writeFileSync(path, readFileSync(path, 'utf8').replace('END:VCALENDAR\r\n', EVENT));
}

describe('.ics files in the policy folder', () => {
  it('are read with the YAML, in path order; other files are not', () => {
    const root = mkdtempSync(join(tmpdir(), 'supportops-ics-'));
    mkdirSync(join(root, 'calendars'));
    writeFileSync(join(root, 'calendars', 'b.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    writeFileSync(join(root, 'a.yaml'), 'x: 1\n');
    writeFileSync(join(root, 'notes.txt'), 'not policy');
    expect(readPolicyFiles(root).map((f) => f.path)).toEqual(['a.yaml', 'calendars/b.ics']);
  });

  it('are refused through a symbolic link out of the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'supportops-ics-'));
    mkdirSync(join(dir, 'root'));
    writeFileSync(join(dir, 'secret.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    symlinkSync(join(dir, 'secret.ics'), join(dir, 'root', 'company.ics'));
    expect(readPolicyFiles(join(dir, 'root'))).toEqual([
      { path: 'company.ics', bytes: new Uint8Array(0), problem: 'This is a symbolic link to a file outside the policy folder; supportops reads only files inside it. Move or copy the file into the policy folder.' },
    ]);
  });

  it('are part of the policy hash', () => {
    const dir = exampleRepo();
    const before = policyHash(readPolicyFiles(join(dir, 'policies')));
    appendFileSync(join(dir, 'policies', 'calendars', 'singapore-office.ics'), '\r\n');
    expect(policyHash(readPolicyFiles(join(dir, 'policies')))).not.toBe(before);
  });

  it('are read at a git ref as they were committed, and diff reports the date they add', () => {
    const dir = exampleRepo();
    addOffsite(dir);
    commitAll(dir, 'offsite');
    const atBase = readPolicyFilesAtCommit(join(dir, 'policies'), 'HEAD~1').find((f) => f.path === 'calendars/singapore-office.ics');
    expect(new TextDecoder().decode(atBase!.bytes)).not.toContain('Company offsite');
    const { code, stdout } = cli(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { changes: { category: string; subject: string; after: string; message: string }[] };
    expect(report.changes.filter((c) => c.category === 'hours').map((c) => `${c.subject}: ${c.after}`)).toEqual([
      'singapore-hours › holiday 2027-06-15: Company offsite (calendars/singapore-office.ics)',
    ]);
  });
});
