// Whether the machine has fonts for Chinese and Japanese text: without them a browser draws boxes,
// and a screenshot of a Chinese or Japanese page would show nothing readable.
import { execFileSync } from 'node:child_process';

/** fontconfig's list of font families for a language; empty when there are none (or no fontconfig). */
function fontsFor(language) {
  try {
    return execFileSync('fc-list', [`:lang=${language}`, 'family'], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

/** The languages (zh, ja) no installed font covers. */
export function missingCjkFonts(list = fontsFor) {
  return ['zh', 'ja'].filter((language) => list(language).trim() === '');
}
