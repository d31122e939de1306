import { describe, expect, it } from 'vitest';
import { patternForAddress, scriptIdFor } from '../../src/extension/origins.js';

describe('adding a WebUI address', () => {
  it.each([
    ['http://192.168.1.5:7860', 'http://192.168.1.5/*'],
    ['192.168.1.5:7860', 'http://192.168.1.5/*'],
    ['https://abcd1234.gradio.live/', 'https://abcd1234.gradio.live/*'],
    ['  http://my-box.local:7861/?__theme=dark ', 'http://my-box.local/*'],
  ])('%j → %s', (text, pattern) => {
    expect(patternForAddress(text)).toMatchObject({ ok: true, pattern });
  });

  it.each([
    ['', 'Address: enter the WebUI address'],
    ['ftp://host', 'Address: only http and https addresses can be added (got ftp:)'],
    ['http://', 'Address: "http://" is not a web address'],
  ])('%j is refused: %s', (text, message) => {
    const result = patternForAddress(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('gives each pattern a stable script id', () => {
    expect(scriptIdFor('http://192.168.1.5/*')).toBe('dbc-http-192-168-1-5-');
  });
});
