/**
 * A location's file as users see it. Policy files are relative to the policy root and shown
 * under it; a file outside the policies (supportops' own default template) carries an
 * absolute path and is shown as it is, never as if it sat in the policy folder.
 */
import { win32 } from 'node:path';
import { pathToFileURL } from 'node:url';

/** POSIX (/…) and Windows (C:\…, \\server\…) absolute paths alike, whatever the host. */
function isOutsideRoot(file: string): boolean {
  return win32.isAbsolute(file);
}

export function displayPath(root: string, file: string): string {
  if (isOutsideRoot(file) || root === '.' || root === '') return file;
  return `${root.replace(/\/+$/, '')}/${file}`;
}

/** SARIF: a file under the root is relative to %SRCROOT%; one outside it is a file: URI of its own. */
export function sarifLocation(root: string, file: string): { uri: string; uriBaseId?: string } {
  return isOutsideRoot(file) ? { uri: pathToFileURL(file).href } : { uri: displayPath(root, file), uriBaseId: '%SRCROOT%' };
}
