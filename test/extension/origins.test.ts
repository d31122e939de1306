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
    ['*', 'Address: give one concrete host such as 192.168.1.5:7860; wildcards (*) are not accepted'],
    ['http://*.example.com', 'wildcards (*) are not accepted'],
    ['127.0.0.1:7860', 'Address: http://127.0.0.1/* is already in the list'],
    ['http://localhost:9000/', 'Address: http://localhost/* is already in the list'],
    ['http://user:secret@192.168.1.5:7860', 'Address: leave out the user name and password'],
  ])('%j is refused: %s', (text, message) => {
    const result = patternForAddress(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('refuses a host the user added before', () => {
    expect(patternForAddress('192.168.1.5:7861', ['http://192.168.1.5/*'])).toEqual({ ok: false, message: 'Address: http://192.168.1.5/* is already in the list' });
  });

  it('gives each pattern a stable script id', () => {
    expect(scriptIdFor('http://192.168.1.5/*')).toBe('dbc-http-192-168-1-5-');
  });
});
