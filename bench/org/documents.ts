// What the generator produces before it is written as YAML: policy documents grouped in files.

export interface Doc {
  kind: string;
  name: string;
  description?: string;
  spec: Record<string, unknown>;
}

export interface OrgFile {
  /** Relative to the policy root, POSIX separators. */
  path: string;
  /** A comment at the top of the file, as people leave them. */
  comment?: string;
  docs: Doc[];
}

/** Splits items into files of at most `size` documents: `${prefix}-01.yaml`, `${prefix}-02.yaml`, … */
export function chunked(prefix: string, docs: Doc[], size: number, comment?: string): OrgFile[] {
  const files: OrgFile[] = [];
  for (let i = 0; i < docs.length; i += size) {
    const n = String(files.length + 1).padStart(2, '0');
    files.push({ path: `${prefix}-${n}.yaml`, ...(comment ? { comment } : {}), docs: docs.slice(i, i + size) });
  }
  return files;
}
