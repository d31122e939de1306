// The localization files Chinese and Japanese users load into the WebUI (dtlnor zh_CN, hanamizuki
// zh-Hans (Stable), L4Ph ja_JP), as tests read them: the real labels the page shows. They are the
// communities' files, kept beside this repository in ../shared/reference/localizations (or the folder
// LOCALIZATIONS_DIR names), never copied into it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCALIZATION_FILES = ['zh_CN.dtlnor', 'zh-Hans-Stable.hanamizuki', 'ja_JP.L4Ph'] as const;
export type LocalizationFile = (typeof LOCALIZATION_FILES)[number];

// From the repository's root, where npm test runs (jsdom tests have no file: import.meta.url).
const FOLDER = process.env.LOCALIZATIONS_DIR ?? resolve('..', 'shared', 'reference', 'localizations');

const loaded = new Map<LocalizationFile, Record<string, string>>();

/** English → shown text, as the WebUI's `localization` holds it. */
export function localizationFile(name: LocalizationFile): Record<string, string> {
  const file = join(FOLDER, `${name}.json`);
  if (!existsSync(file))
    throw new Error(
      `${name}.json not found in ${FOLDER}: set LOCALIZATIONS_DIR to a folder with the WebUI localization files (see README, "Tests")`,
    );
  if (!loaded.has(name)) loaded.set(name, JSON.parse(readFileSync(file, 'utf8')));
  return loaded.get(name)!;
}

/** What the bilingual-localization extension does to a text node: a wrapper with both texts. */
export function bilingualize(
  root: Element,
  map: Readonly<Record<string, string>>,
  order: 'Translation First' | 'Original First' = 'Translation First',
): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.textContent?.trim() ?? '';
    const shown = map[text];
    if (!shown || node.parentElement?.closest('.bilingual__trans_wrapper')) continue;
    const [first, second] = order === 'Original First' ? [text, shown] : [shown, text];
    const wrapper = doc.createElement('div');
    wrapper.className = 'bilingual__trans_wrapper';
    const em = doc.createElement('em');
    em.textContent = second;
    wrapper.append(first, em);
    node.replaceWith(wrapper);
  }
}

/** What A1111's own localization does: each label's text replaced by its translation. */
export function localize(root: Element, map: Readonly<Record<string, string>>): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shown = map[node.textContent?.trim() ?? ''];
    if (shown) node.textContent = shown;
  }
}
