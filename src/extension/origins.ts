/**
 * Origins the extension runs on. Firefox match patterns cannot name a port, so a pattern covers
 * every port of its host (the WebUI's --port can change without the user re-adding it).
 */
export const DEFAULT_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

export type PatternResult = { ok: true; pattern: string; host: string } | { ok: false; message: string };

/**
 * The match pattern for what a user typed as the WebUI's address ("192.168.1.5:7860", a share
 * link…): one concrete host, never a wildcard (which would ask for every site), and not one that
 * `existing` patterns already cover. A path or query pasted with it is dropped: the pattern covers
 * the whole host.
 */
export function patternForAddress(text: string, existing: readonly string[] = DEFAULT_PATTERNS): PatternResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Address: enter the WebUI address, e.g. http://192.168.1.5:7860' };
  if (trimmed.includes('*')) return { ok: false, message: 'Address: give one concrete host such as 192.168.1.5:7860; wildcards (*) are not accepted' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return { ok: false, message: `Address: "${trimmed}" is not a web address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: `Address: only http and https addresses can be added (got ${url.protocol})` };
  if (url.hostname === '') return { ok: false, message: `Address: "${trimmed}" has no host` };
  if (url.username !== '' || url.password !== '') return { ok: false, message: 'Address: leave out the user name and password' };
  const pattern = `${url.protocol}//${url.hostname}/*`;
  if (existing.includes(pattern)) return { ok: false, message: `Address: ${pattern} is already in the list` };
  return { ok: true, pattern, host: url.hostname };
}

/** A stable id for the scripts registered for a pattern. */
export function scriptIdFor(pattern: string): string {
  return `dbc-${pattern.replace(/[^a-z\d]+/gi, '-')}`;
}
