import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/load/utf8.js';
import { loadFindings as run, validateFile } from '../helpers/policies.js';

const TAG = 'apiVersion: supportops/v1\nkind: Tag\nmetadata:\n  name: billing\nspec:\n  meaning: Money questions.\n  owner: billing-team\n';
const utf8 = (text: string) => new TextEncoder().encode(text);
const SAVE = 'supportops reads UTF-8 only: save it with UTF-8 encoding (most editors offer this under "Save with encoding").';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? '\ufeff' : ''), ...text].flatMap((c) => {
    const code = c.charCodeAt(0);
    return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return new Uint8Array(units);
}

describe('text that is not UTF-8', () => {
  it('points at the bad byte, counting characters as the editor does, not bytes', () => {
    // `# café ü ` then 0xff: the bad byte is the 10th character of line 2 (and the 12th byte).
    const bytes = new Uint8Array([...utf8('kind: Tag\n# café ü '), 0xff, 0x0a]);
    expect(run('l.yaml', bytes)).toEqual([`file l.yaml:2:10 error This file is not valid UTF-8 text: the character here is in another encoding. ${SAVE}`]);
  });

  it('points at the lead byte of a sequence cut short', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3, 0xa9, 0xe2, 0x82]))).toBe(3); // a, é, then a € missing its last byte
    expect(firstInvalidUtf8(new Uint8Array([0xc3, 0xbc, 0x20, 0xe9, 0x41]))).toBe(3); // ü, space, Latin-1 é
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0); // an overlong /
    expect(firstInvalidUtf8(utf8('ok: ✓ 😀'))).toBe(-1);
  });

  it.each([
    ['little-endian with a BOM', 'le', true],
    ['big-endian with a BOM', 'be', true],
    ['little-endian without a BOM', 'le', false],
    ['big-endian without a BOM', 'be', false],
  ] as const)('UTF-16 %s is named as UTF-16, not as binary', (_, endian, bom) => {
    expect(run('w.yaml', utf16(TAG, endian, bom))).toEqual([`file w.yaml:1:1 error This file is saved as UTF-16 text. ${SAVE}`]);
  });

  it('UTF-32 is named as such', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0, 0, ...[...TAG].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]);
    expect(run('w.yaml', bytes)).toEqual([`file w.yaml:1:1 error This file is saved as UTF-32 text. ${SAVE}`]);
  });

  it('a binary file is still called binary', () => {
    expect(run('logo.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]))[0]).toMatch(/^file logo\.yaml:\d+:\d+ error This looks like a binary file/);
  });
});

describe('line endings and byte-order marks', () => {
  it('old Mac line endings (CR alone) give the same positions as LF', () => {
    const broken = TAG.replace('kind: Tag', 'kind: Tga');
    const lf = run('m.yaml', utf8(broken));
    expect(run('m.yaml', utf8(broken.replace(/\n/g, '\r')))).toEqual(lf);
    expect(lf).toEqual([expect.stringMatching(/^schema m\.yaml:2:7 error Unknown kind "Tga"/)]);
  });

  it('CR-only files are read as the same policy', () => {
    const result = validateFile('m.yaml', TAG.replace(/\n/g, '\r'));
    expect(result.diagnostics).toEqual([]);
    expect(result.model.tags[0]!.spec.meaning).toBe('Money questions.');
  });

  it('a byte-order mark inside the file is named for what it is, at its place', () => {
    const doubled = `\ufeff${TAG}---\n\ufeff${TAG.replace('billing', 'refund')}`;
    expect(run('b.yaml', utf8(doubled))).toEqual([
      'file b.yaml:9:1 error There is an invisible byte-order mark (U+FEFF) here, usually left behind when files are joined or text is pasted. Delete it; it may only come first in a file.',
    ]);
    expect(run('b.yaml', utf8(TAG.replace('Money', 'Mo\ufeffney')))).toEqual([expect.stringMatching(/^file b\.yaml:6:14 error There is an invisible byte-order mark/)]);
  });
});
