// docs/glossary.md is kept: each term is translated one way in every Chinese and Japanese text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textsOf } from '../helpers/catalog-texts.js';

interface Term {
  english: string;
  zh: string;
  ja: string;
  not: RegExp[];
}

/** The glossary's table: English, 简体中文, 日本語, not (comma-separated patterns), evidence. */
const TERMS: Term[] = readFileSync('docs/glossary.md', 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| English') && !line.startsWith('| ---'))
  .map((line) => {
    const [english, zh, ja, not] = line
      .replace(/\\\|/g, '\u0000')
      .split('|')
      .slice(1)
      .map((cell) => cell.replace(/\u0000/g, '|').trim());
    return {
      english: english!.replace(/ \(.*\)$/, ''),
      zh: zh!,
      ja: ja!,
      not: not ? not.split(', ').map((pattern) => new RegExp(pattern)) : [],
    };
  });

/**
 * The English texts in our own words: without placeholders ({scheduler}), the page's and the
 * research's names that stay English (Min Learning Rate, Prior Preservation Loss), and the research
 * section names of the tooltips (kept in English beside their translation).
 */
const english = new Map(
  [...textsOf('en')]
    .filter(([path]) => !/^tooltips\.\w+\.1$/.test(path))
    .map(([path, text]) => [path, text.replace(/\{[^}]*\}/g, ' ').replace(/\b[A-Z][a-z]*(?: [A-Z][a-z]*)+\b/g, ' ')]),
);
/** English texts that say the term, as a word (its plural too). */
const saying = (term: string) => new RegExp(`\\b${term.replace(/ /g, '[ -]')}s?\\b`, 'i');

describe('the glossary', () => {
  it('has the terms the texts use most', () => {
    expect(TERMS.map((term) => term.english)).toEqual(
      expect.arrayContaining(['learning rate', 'scheduler', 'caption', 'prior preservation', 'memory', 'percent']),
    );
  });

  describe.each(['zh', 'ja'] as const)('%s', (language) => {
    const translated = textsOf(language);

    // Rows whose cells are examples (5%, ranges) only say what not to write.
    it.each(TERMS.filter((term) => term[language] !== '' && !/\d/.test(term[language])))(
      'where English says "$english", the translation says it one way',
      (term) => {
        const missing = [...english]
          .filter(([path, text]) => saying(term.english).test(text) && !translated.get(path)!.includes(term[language]))
          .map(([path]) => path);
        expect(missing).toEqual([]);
      },
    );

    it('uses none of the words the glossary says not to', () => {
      const found = [...translated].flatMap(([path, text]) =>
        TERMS.flatMap((term) =>
          term.not.filter((pattern) => pattern.test(text)).map((pattern) => `${path}: ${pattern}`),
        ),
      );
      expect(found).toEqual([]);
    });
  });
});
