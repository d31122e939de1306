// The translated READMEs carry every section of README.md, in the same order and at the same level,
// and every command exactly as README.md gives it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(file, 'utf8');

/** Heading levels in order, outside code blocks. */
function headingLevels(text: string): number[] {
  return text
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.indexOf(' '));
}

/** The code blocks, their lines without the indentation of the list they sit in. */
function codeBlocks(text: string): string[] {
  return [...text.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```/gm)].map(
    ([, indent, language, body]) =>
      `${language}\n${body!
        .split('\n')
        .map((line) => line.slice(indent!.length))
        .join('\n')}`,
  );
}

const english = read('README.md');

describe.each(['README.zh-CN.md', 'README.ja.md'])('%s', (file) => {
  const translated = read(file);

  it('has every section of README.md, in order and at the same level', () => {
    expect(headingLevels(english).length).toBeGreaterThan(20);
    expect(headingLevels(translated)).toEqual(headingLevels(english));
  });

  it('gives every command exactly as README.md does', () => {
    expect(codeBlocks(english).length).toBeGreaterThan(5);
    expect(codeBlocks(translated)).toEqual(codeBlocks(english));
  });

  it('shows the same pictures and links to the same documents', () => {
    const targets = (text: string) => [...text.matchAll(/\]\(((?:docs\/)[^)#]+)/g)].map((match) => match[1]);
    expect(new Set(targets(translated))).toEqual(new Set(targets(english)));
  });
});
