// Policy documents as people write them: the envelope first, short lists and small records in
// flow style (`mon: ["08:00-18:00"]`, `- { date: 2026-12-25, name: Christmas Day }`).
import { Document, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import type { Doc, OrgFile } from './documents.js';

const FLOW_WIDTH = 90;

function scalarsOnly(node: Node): boolean {
  if (isSeq(node)) return node.items.every((item) => isScalar(item));
  if (isMap(node)) return node.items.every((pair) => isScalar(pair.value));
  return false;
}

function documentText(doc: Doc): string {
  const metadata = { name: doc.name, ...(doc.description ? { description: doc.description } : {}) };
  // Written out in full: people repeat hours rather than use YAML anchors.
  const yaml = new Document({ apiVersion: 'supportops/v1', kind: doc.kind, metadata, spec: doc.spec }, { aliasDuplicateObjects: false });
  visit(yaml, {
    Seq(_, node) {
      if (scalarsOnly(node) && String(node).length <= FLOW_WIDTH) node.flow = true;
    },
    Map(_, node, path) {
      // Small records inside a list (holidays, conditions, rubric rows) read best on one line.
      if (isSeq(path[path.length - 1]) && scalarsOnly(node) && node.items.length <= 3) node.flow = true;
    },
  });
  return yaml.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function toYaml(file: OrgFile): string {
  const head = file.comment ? `# ${file.comment}\n` : '';
  return head + file.docs.map(documentText).join('---\n');
}
