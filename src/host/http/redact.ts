/**
 * Keeps a token out of everything supportops prints or throws: the token itself, and every form
 * it takes on the wire (the Authorization header value, Basic credentials in base64).
 */
export const REDACTED = '[redacted]';

export function secretForms(token: string, authorization: string): string[] {
  const forms = [token, authorization, authorization.replace(/^\S+\s+/, ''), Buffer.from(token).toString('base64'), Buffer.from(`${token}:X`).toString('base64')];
  return [...new Set(forms.filter((f) => f.length >= 4))].sort((a, b) => b.length - a.length);
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}
