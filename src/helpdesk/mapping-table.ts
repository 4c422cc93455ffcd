/**
 * A product's mapping table: each policy field, the helpdesk field it becomes, and what is lost
 * on the way. Kept as data beside each product's export so docs/helpdesks.md shows exactly what
 * the code does (a test compares them).
 */
import { mdTable } from '../generate/markdown-blocks.js';

export interface MappingRow {
  policy: string;
  helpdesk: string;
  /** What is lost or changed, and the finding that says so; "—" when nothing is. */
  lossy: string;
}

export function mappingTableMarkdown(rows: readonly MappingRow[]): string {
  return mdTable(['policy', 'helpdesk', 'lossy (finding)'], rows.map((r) => [r.policy, r.helpdesk, r.lossy])).join('\n');
}
