// Every text of a language's catalogs by its path ("ui.apply", "tooltips.learningRate.0").
import { PACKS, PAGES } from '../../src/i18n/catalogs.js';
import type { Language } from '../../src/i18n/index.js';

type Tree = { readonly [key: string]: string | Tree | readonly [string, string] };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') texts.set(`${prefix}${key}`, value);
    else for (const [path, text] of flatten(value as Tree, `${prefix}${key}.`)) texts.set(path, text);
  }
  return texts;
}

export const textsOf = (language: Language): Map<string, string> =>
  flatten({ ...PACKS[language].texts, tooltips: PACKS[language].tooltips, pages: PAGES[language] } as unknown as Tree);
