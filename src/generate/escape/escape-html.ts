/**
 * HTML (and SVG) escaping: every piece of policy text placed in element content or an
 * attribute value goes through `escapeHtml`, and every address through `httpHref`.
 */
import { withoutBidiControls } from '../../values/text-controls.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content or a quoted attribute value: markup characters as entities. */
export function escapeHtml(text: string): string {
  return withoutBidiControls(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An address to link to, escaped for href="…"; null unless it is http(s) (never javascript:, data: or a relative path). */
export function httpHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? escapeHtml(url) : null;
}
