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
    ['', { key: 'empty' }],
    ['ftp://host', { key: 'scheme', scheme: 'ftp:' }],
    ['http://', { key: 'notAddress', text: 'http://' }],
    ['*', { key: 'wildcard' }],
    ['http://*.example.com', { key: 'wildcard' }],
    ['127.0.0.1:7860', { key: 'listed', pattern: 'http://127.0.0.1/*' }],
    ['http://localhost:9000/', { key: 'listed', pattern: 'http://localhost/*' }],
    ['http://user:secret@192.168.1.5:7860', { key: 'credentials' }],
  ])('%j is refused: %j', (text, problem) => {
    expect(patternForAddress(text)).toEqual({ ok: false, problem });
  });

  it('refuses a host the user added before', () => {
    expect(patternForAddress('192.168.1.5:7861', ['http://192.168.1.5/*'])).toEqual({
      ok: false,
      problem: { key: 'listed', pattern: 'http://192.168.1.5/*' },
    });
  });

  it('gives each pattern a stable script id', () => {
    expect(scriptIdFor('http://192.168.1.5/*')).toBe('dbc-http-192-168-1-5-');
  });
});
