/**
 * "Changes to the check itself" for the job summary and the pull-request comment: whose
 * settings the check applied, and what the change does to its own gate once merged.
 */
import type { GateReport } from '../config/gate-change.js';

/** Policy text (a suppression's reason, a file name) as inert Markdown: no link, image, tag or emphasis. */
function inert(text: string): string {
  return text.replace(/[\\`*_[\]<>|&!#~]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, ' ');
}

export function gateMarkdown(gate: GateReport | undefined): string {
  if (!gate || gate.changes.length === 0) return '';
  const whose = gate.configFrom === 'base'
    ? `This check applied the base version's settings (config: ${inert(gate.config ?? 'the defaults')}). What this change does to them applies once it is merged:`
    : `This check applied the change's own settings (config-from: head; config: ${inert(gate.config ?? 'the defaults')}):`;
  const lines = gate.changes.map((c) => `- ${c.weakens ? '⚠️ ' : ''}${inert(c.message)}`);
  return ['', '### Changes to the check itself', '', whose, '', ...lines, ''].join('\n');
}
