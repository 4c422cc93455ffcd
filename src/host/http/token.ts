/** The API token of a target, from the environment only: SUPPORTOPS_<TARGET>_TOKEN. */
import type { TargetName } from '../../helpdesk/target.js';

export function tokenVariable(target: TargetName): string {
  return `SUPPORTOPS_${target.toUpperCase()}_TOKEN`;
}

const HOW: Record<TargetName, string> = {
  zendesk: 'an OAuth access token, or "email/token:api_token" for an API token',
  freshdesk: 'your Freshdesk API key',
  zammad: 'a Zammad access token',
};

export function tokenFromEnv(target: TargetName, env: Readonly<Record<string, string | undefined>>): { ok: true; token: string } | { ok: false; message: string } {
  const name = tokenVariable(target);
  const token = env[name]?.trim();
  if (token) return { ok: true, token };
  return { ok: false, message: `Set ${name} to ${HOW[target]}. supportops reads the token from the environment only, never from a flag or a file, and never prints it.` };
}
