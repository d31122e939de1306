/**
 * Origins the extension runs on. Firefox match patterns cannot name a port, so a pattern covers
 * every port of its host (the WebUI's --port can change without the user re-adding it).
 */
export const DEFAULT_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/** Why an address cannot be added, as data the options page renders in the user's language. */
export type AddressProblem =
  | { key: 'empty' }
  | { key: 'wildcard' }
  | { key: 'notAddress'; text: string }
  | { key: 'scheme'; scheme: string }
  | { key: 'noHost'; text: string }
  | { key: 'credentials' }
  | { key: 'listed'; pattern: string };

export type PatternResult = { ok: true; pattern: string; host: string } | { ok: false; problem: AddressProblem };

/**
 * The match pattern for what a user typed as the WebUI's address ("192.168.1.5:7860", a share
 * link…): one concrete host, never a wildcard (which would ask for every site), and not one that
 * `existing` patterns already cover. A path or query pasted with it is dropped: the pattern covers
 * the whole host.
 */
export function patternForAddress(text: string, existing: readonly string[] = DEFAULT_PATTERNS): PatternResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: { key: 'empty' } };
  if (trimmed.includes('*')) return { ok: false, problem: { key: 'wildcard' } };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return { ok: false, problem: { key: 'notAddress', text: trimmed } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, problem: { key: 'scheme', scheme: url.protocol } };
  if (url.hostname === '') return { ok: false, problem: { key: 'noHost', text: trimmed } };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: { key: 'credentials' } };
  const pattern = `${url.protocol}//${url.hostname}/*`;
  if (existing.includes(pattern)) return { ok: false, problem: { key: 'listed', pattern } };
  return { ok: true, pattern, host: url.hostname };
}

/** A stable id for the scripts registered for a pattern. */
export function scriptIdFor(pattern: string): string {
  return `dbc-${pattern.replace(/[^a-z\d]+/gi, '-')}`;
}
