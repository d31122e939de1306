/**
 * The companion's words in English, Simplified Chinese and Japanese: one catalog per language with
 * the same keys, templates filled from parameters, and the choice of language. Rule ids, numbers
 * and the extension's own names (schedulers, optimizers) are the same in every language.
 */
import {
  formatNumber,
  type ExportNote,
  type ExportPath,
  type ExportRefusal,
  type ExportWarning,
  type Notice,
  type Problem,
} from '../core/index.js';
import type { EN_PAGES } from './en-pages.js';
import type { EN_TOOLTIPS } from './en-tooltips.js';
import { EN } from './en.js';

export const LANGUAGES = ['en', 'zh', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A catalog: the English one's keys, each with a text of its own language. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
export type Catalog = Texts<typeof EN>;

export type UiKey = keyof typeof EN.ui;
export type LiveKey = keyof typeof EN.live;
/** The words of the planner, the exports and the options page, in one language. */
export type PagesCatalog = Texts<typeof EN_PAGES>;
export type PlannerKey = keyof typeof EN_PAGES.planner;
export type OptionsKey = keyof typeof EN_PAGES.options;
export type TooltipId = keyof typeof EN_TOOLTIPS;
/** Each tooltip: what the parameter does, and the research section it comes from. */
export type TooltipTexts = { readonly [K in TooltipId]: readonly [text: string, section: string] };

/** Everything a language needs: the words of the panel and messages, and the tooltip texts. */
export interface LanguagePack {
  texts: Catalog;
  tooltips: TooltipTexts;
}
type NoticeKey = keyof typeof EN.notices;

export type TemplateValue = string | number | readonly (string | number)[];

/** Fills `{name}` placeholders: numbers as people write them, lists joined the language's way. */
export function fill(catalog: Catalog, template: string, params: Readonly<Record<string, TemplateValue>> = {}): string {
  // {name} is the value; {name|frame|frames} is the value and the noun for its count (English).
  return template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (Array.isArray(value))
        return value.map((entry) => (typeof entry === 'number' ? formatNumber(entry) : entry)).join(catalog.list);
      const shown = typeof value === 'number' ? formatNumber(value) : (value as string);
      return one === undefined ? shown : `${shown} ${value === 1 ? one : other}`;
    },
  );
}

/** The template of a notice: a few codes have variants by their parameters. */
function noticeKey(notice: Notice): NoticeKey {
  switch (notice.code) {
    case 'out-of-scope':
      return notice.params.lora ? 'out-of-scope.lora' : 'out-of-scope.optimizer';
    case 'plan-range':
      if (notice.params.kind === 'rate') return notice.params.tooLow ? 'plan-range.rate-low' : 'plan-range.rate-high';
      return notice.params.kind === 'zero-steps' ? 'plan-range.zero-steps' : 'plan-range.overflow';
    default:
      return notice.code;
  }
}

export function noticeText(catalog: Catalog, notice: Notice): string {
  return fill(catalog, catalog.notices[noticeKey(notice)], notice.params as Record<string, TemplateValue>);
}

/** An input problem; `fieldName` says how this place names an input another input needs (the CLI: its flag). */
export function problemText(catalog: Catalog, problem: Problem, fieldName?: (field: string) => string): string {
  const params = problem.params as Record<string, TemplateValue>;
  const field = params.field;
  return fill(
    catalog,
    catalog.problems[problem.key],
    typeof field === 'string' && fieldName ? { ...params, field: fieldName(field) } : params,
  );
}

/** A note or warning of an export (src/core/exports.ts). */
export function exportText(catalog: Catalog, pages: PagesCatalog, item: ExportNote | ExportWarning): string {
  const { key, ...params } = item;
  return fill(catalog, pages.exports[key], params as Record<string, TemplateValue>);
}

/** What an export option is called where it is typed: the CLI's flag, the planner's field. */
export type ExportOptionName = (option: ExportPath | 'instanceToken' | 'classToken') => string;

/** Why a plan was not exported; `optionName` names the options the way this place does. */
export function refusalText(
  catalog: Catalog,
  pages: PagesCatalog,
  refusal: ExportRefusal,
  optionName: ExportOptionName = (option) => pages.paths[option],
): string {
  const params: Record<string, TemplateValue> = {};
  for (const [name, value] of Object.entries(refusal)) if (name !== 'key') params[name] = value as TemplateValue;
  if (refusal.key === 'missing-paths') params.paths = refusal.paths.map(optionName);
  if (refusal.key === 'relative-path') params.path = optionName(refusal.path);
  if (refusal.key === 'token-invalid') params.option = optionName(refusal.option);
  return fill(catalog, pages.refusals[refusal.key], params);
}

/** A text of the panel or the tooltips' frame. */
export function uiText(catalog: Catalog, key: UiKey, params?: Readonly<Record<string, TemplateValue>>): string {
  return fill(catalog, catalog.ui[key], params);
}

/** The language tag of our texts for `lang` attributes, so browsers pick Chinese or Japanese glyph shapes. */
export function languageTag(language: Language): string {
  return language === 'zh' ? 'zh-CN' : language;
}

/** The language a name stands for: a WebUI localization file ("zh_CN", "ja_JP", "zh-Hans (Stable)"), or a browser language tag. */
export function languageOf(name: string | undefined | null): Language | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase();
  if (/^zh|chinese|中文|简体/.test(lower)) return 'zh';
  if (/^ja|^jp|japanese|日本語/.test(lower)) return 'ja';
  if (/^en/.test(lower)) return 'en';
  return null;
}

/** Japanese shows kana; Chinese shows Han characters without them. */
function languageOfTexts(texts: readonly string[]): Language | null {
  const joined = texts.join('');
  if (/[\u3040-\u30ff]/.test(joined)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(joined)) return 'zh';
  return null;
}

export interface LanguageSignals {
  /** The user's own setting ("auto" or a language), from the channel's settings. */
  setting?: string | null;
  /** The WebUI's localization file, or the bilingual-localization extension's chosen file. */
  webui?: string | null;
  /** Texts the WebUI's localization shows, when its file name is not known (yet). */
  sample?: readonly string[];
  /** navigator.languages, most preferred first. */
  browser?: readonly string[];
}

/** The setting wins; then the language the WebUI shows; then the browser's; then English. */
export function chooseLanguage(signals: LanguageSignals): Language {
  const setting = signals.setting && signals.setting !== 'auto' ? languageOf(signals.setting) : null;
  if (setting) return setting;
  const webui = languageOf(signals.webui) ?? languageOfTexts(signals.sample ?? []);
  if (webui) return webui;
  for (const tag of signals.browser ?? []) {
    const browser = languageOf(tag);
    if (browser) return browser;
  }
  return 'en';
}

export { EN };
export { EN_PAGES } from './en-pages.js';
