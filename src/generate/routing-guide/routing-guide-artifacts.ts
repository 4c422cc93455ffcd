/** The routing guide artifacts: routing-guide.md and routing-guide.json. */
import type { Model } from '../../model/model.js';
import type { Artifact } from '../artifact.js';
import { jsonText } from '../escape/escape-json.js';
import { routingGuideMarkdown } from './routing-guide-markdown.js';
import { buildRoutingGuide } from './routing-guide-view.js';

export function routingGuideArtifacts(model: Model, policyHash: string, asOf: string): Artifact[] {
  const guide = buildRoutingGuide(model, policyHash, asOf);
  return [
    { path: 'routing-guide.md', contents: routingGuideMarkdown(guide) },
    { path: 'routing-guide.json', contents: jsonText(guide) },
  ];
}
