/**
 * What an A1111 localization does to the page, for the demo: a global `localization` map
 * (English → shown) and the labels rewritten in place.
 */
export const FRENCH_SAMPLE: Readonly<Record<string, string>> = {
  'Training Steps Per Image (Epochs)': 'Pas d’entraînement par image (époques)',
  'Learning Rate': 'Taux d’apprentissage',
  'Text Encoder Learning Rate': 'Taux d’apprentissage de l’encodeur de texte',
  'Batch Size': 'Taille du lot',
  'Class Images Per Instance Image': 'Images de classe par image',
  'Step Ratio of Text Encoder Training': 'Part des pas avec l’encodeur de texte',
  Directory: 'Dossier',
};

export function localizePage(win: Window, root: Element, localization: Readonly<Record<string, string>>): void {
  (win as unknown as { localization: Record<string, string> }).localization = { ...localization };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const shown = localization[text];
    if (shown) node.textContent = shown;
  }
}
