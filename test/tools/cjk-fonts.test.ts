// The screenshot tool refuses to draw Chinese or Japanese pages on a machine without their fonts.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM tool without types
import { missingCjkFonts } from '../../tools/lib/cjk-fonts.mjs';

describe('fonts for Chinese and Japanese', () => {
  it('names each language no font covers', () => {
    expect(missingCjkFonts(() => 'Noto Sans CJK SC\n')).toEqual([]);
    expect(missingCjkFonts((language: string) => (language === 'zh' ? 'Noto Sans CJK SC\n' : ''))).toEqual(['ja']);
    expect(missingCjkFonts(() => '')).toEqual(['zh', 'ja']);
  });

  it('tools/screenshot.mjs stops before drawing anything when fontconfig lists none', async () => {
    const bin = await mkdtemp(join(tmpdir(), 'dbc-nofonts-'));
    try {
      // An fc-list that knows no fonts, first on PATH.
      await writeFile(join(bin, 'fc-list'), '#!/bin/sh\nexit 0\n');
      await chmod(join(bin, 'fc-list'), 0o755);
      const run = promisify(execFile)(process.execPath, ['tools/screenshot.mjs'], {
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      });
      const failure = await run.then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure).toMatchObject({
        code: 1,
        stderr:
          'No font for zh and ja text: the pictures would show boxes. Install them (apt-get install fonts-noto-cjk) and run again.\n',
      });
    } finally {
      await rm(bin, { recursive: true, force: true });
    }
  });
});
