import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOf } from '../../src/i18n/index.js';

describe('choosing the language', () => {
  it.each([
    ['zh_CN', 'zh'],
    ['zh-Hans (Stable)', 'zh'],
    ['zh_TW', 'zh'],
    ['ja_JP', 'ja'],
    ['jp', 'ja'],
    ['en-US', 'en'],
    ['fr_FR', null],
    ['None', null],
  ])('%s → %s', (name, language) => {
    expect(languageOf(name)).toBe(language);
  });

  it('follows the setting, then the WebUI, then the browser, then English', () => {
    expect(chooseLanguage({ setting: 'ja', webui: 'zh_CN', browser: ['en-US'] })).toBe('ja');
    expect(chooseLanguage({ setting: 'auto', webui: 'zh_CN', browser: ['ja'] })).toBe('zh');
    expect(chooseLanguage({ webui: null, browser: ['fr-FR', 'ja-JP'] })).toBe('ja');
    expect(chooseLanguage({ browser: ['fr-FR'] })).toBe('en');
  });

  it("reads a WebUI's language from its localization texts when the file name is not known yet", () => {
    expect(chooseLanguage({ sample: ['学习率', '批次大小'], browser: ['en-US'] })).toBe('zh');
    expect(chooseLanguage({ sample: ['学習率', 'バッチサイズ'], browser: ['en-US'] })).toBe('ja');
    expect(chooseLanguage({ sample: ['Taux d’apprentissage'], browser: ['en-US'] })).toBe('en');
  });
});
