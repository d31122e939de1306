// @vitest-environment jsdom
// Every text in all three languages, with the same parameters; and no English of ours in the
// Chinese or Japanese UI.
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/i18n/catalogs.js';
import { textsOf } from '../helpers/catalog-texts.js';
import { LANGUAGES } from '../../src/i18n/index.js';
import { VERSIONS } from '../../src/demo/catalog.js';
import { a1111Setup } from '../../src/ui/a1111-setup.js';
import { mountCompanion } from '../../src/ui/mount.js';
import { localizationFile, localize } from '../helpers/localizations.js';
import { mountOptions } from '../helpers/words.js';
import { blockOf, buildPage } from '../webui/page-fixture.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((match) => match[1]).sort();

describe('the catalogs', () => {
  const english = textsOf('en');

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has every English key, with the same placeholders, and nothing more',
    (language) => {
      const translated = textsOf(language);
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of english) expect(placeholders(translated.get(path)!), path).toEqual(placeholders(text));
    },
  );

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s translates every sentence (only names and formats stay as they are)',
    (language) => {
      const translated = textsOf(language);
      const untranslated = [...english]
        .filter(([path, text]) => translated.get(path) === text && englishRuns(text).length > 0)
        .map(([path]) => path);
      expect(untranslated).toEqual([]);
    },
  );
});

/**
 * Names that stay English in every language: the extension's own labels, the research's section
 * headings and parameter names, scheduler and optimizer names, our product's name.
 */
const NAMES = [
  ...new Set(VERSIONS.flatMap((version) => version.fields.map((field) => field.label ?? ''))),
  // Research section names stay English beside their translation, so the post can be searched for them.
  ...Object.values(PACKS.en.tooltips).flatMap(([, sections]) => [sections, ...sections.split('; ')]),
  'Prior Preservation Loss',
  'Dreambooth Companion',
  'Save Settings',
  'Instance Images',
  'Class Images',
  'Sample Images',
  'Manual Class Generation',
  'Scale Learning Rate',
]
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

/** Runs of three or more English words left after the names are taken out. */
function englishRuns(text: string): string[] {
  let rest = text;
  for (const name of NAMES) rest = rest.split(name).join(' ');
  return rest.match(/[A-Za-z]{2,}(?:[\s,'-]+[A-Za-z]{2,}){2,}/g) ?? [];
}

describe.each(['zh', 'ja'] as const)('the %s UI on a Chinese WebUI', (language) => {
  it('shows no English text of ours: panel, preview, warnings, folded parts, status and tooltips', () => {
    localStorage.clear();
    const { tab } = buildPage('HEAD', {
      initial: {
        model_name: 'm',
        'concepts_list[0].instance_data_dir': '/d/a',
        'concepts_list[1].instance_data_dir': '/d/b',
        lr_scheduler: 'constant',
        optimizer: 'Lion',
      },
    });
    const file = localizationFile(language === 'ja' ? 'ja_JP.L4Ph' : 'zh-Hans-Stable.hanamizuki');
    localize(tab, file);
    const host = mountCompanion(document, a1111Setup(tab), mountOptions(language, file)).element;
    const root = host.shadowRoot!;
    const $ = <T extends Element = HTMLElement>(hook: string) => root.querySelector<T>(`[data-dbc="${hook}"]`)!;
    $('autofill').click();
    const type = (hook: string, text: string) => {
      const input = $<HTMLInputElement>(hook);
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('frames-1', '10');
    type('frames-2', '7');
    const prior = $<HTMLInputElement>('prior');
    prior.checked = true;
    prior.dispatchEvent(new Event('change'));
    for (const details of root.querySelectorAll('details')) details.open = true;
    /** What the user reads in our shadow root: its text, without the style sheet. */
    const shown = () =>
      [...root.children]
        .filter((child) => child.tagName !== 'STYLE')
        .map((child) => child.textContent ?? '')
        .join(' ');
    const seen = [shown()];
    for (const element of root.querySelectorAll('[title], [aria-label]'))
      seen.push(element.getAttribute('title') ?? '', element.getAttribute('aria-label') ?? '');
    $('apply').click();
    seen.push($('status').textContent ?? '');
    // The status names the button as the page shows it (保存设置, 設定を保存).
    expect($('status').textContent).toContain(file['Save Settings']);
    type('frames-2', 'abc');
    seen.push(shown());
    const english = ['Learning Rate', 'Learning Rate Scheduler', 'Constant/Linear Starting Factor'];
    for (const label of [...english, 'Learning Rate Warmup Steps', 'Optimizer', 'Batch Size'].map(
      (key) => file[key] ?? key,
    )) {
      blockOf(tab, label)
        .querySelector('span')!
        .dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      const tip = document.getElementById('dbc-tooltip')!;
      expect(tip.hidden, label).toBe(false);
      // Marked with its language, so that Japanese is not drawn with Chinese glyph shapes.
      expect(tip.lang).toBe(language === 'zh' ? 'zh-CN' : 'ja');
      seen.push(tip.textContent ?? '');
    }
    expect(seen.flatMap(englishRuns)).toEqual([]);
    expect(host.lang).toBe(language === 'zh' ? 'zh-CN' : 'ja');
    expect(seen.join(' ')).toMatch(language === 'zh' ? /学习率/ : /学習率/);
  });
});
