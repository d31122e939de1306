/**
 * Origins the extension runs on. Firefox match patterns cannot name a port, so a pattern covers
 * every port of its host (the WebUI's --port can change without the user re-adding it).
 */
export const DEFAULT_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

export type PatternResult = { ok: true; pattern: string; host: string } | { ok: false; message: string };

/** The match pattern for what a user typed as the WebUI's address ("192.168.1.5:7860", a share link…). */
export function patternForAddress(text: string): PatternResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Address: enter the WebUI address, e.g. http://192.168.1.5:7860' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return { ok: false, message: `Address: "${trimmed}" is not a web address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: `Address: only http and https addresses can be added (got ${url.protocol})` };
  if (url.hostname === '') return { ok: false, message: `Address: "${trimmed}" has no host` };
  return { ok: true, pattern: `${url.protocol}//${url.hostname}/*`, host: url.hostname };
}

/** A stable id for the scripts registered for a pattern. */
export function scriptIdFor(pattern: string): string {
  return `dbc-${pattern.replace(/[^a-z\d]+/gi, '-')}`;
}
