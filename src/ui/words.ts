/** Our UI's words in the language in use (panel, tooltips, planner): one catalog, filled from parameters. */
import type { ExportNote, ExportRefusal, ExportWarning, Notice, Problem } from '../core/index.js';
import {
  exportText,
  fill,
  refusalText,
  type ExportOptionName,
  noticeText,
  problemText,
  type Catalog,
  type Language,
  type LiveKey,
  type PagesCatalog,
  type PlannerKey,
  type TemplateValue,
  type TooltipId,
  type TooltipTexts,
  type UiKey,
} from '../i18n/index.js';

type Params = Readonly<Record<string, TemplateValue>>;

export interface Words {
  language: Language;
  catalog: Catalog;
  ui(key: UiKey, params?: Params): string;
  live(key: LiveKey, params?: Params): string;
  notice(notice: Notice): string;
  problem(problem: Problem): string;
  /** Undefined when the tooltip texts could not be loaded. */
  tooltip(id: TooltipId): { text: string; section: string } | undefined;
}

export function wordsFor(language: Language, catalog: Catalog, tooltips: TooltipTexts | null): Words {
  return {
    language,
    catalog,
    ui: (key, params) => fill(catalog, catalog.ui[key], params),
    live: (key, params) => fill(catalog, catalog.live[key], params),
    notice: (notice) => noticeText(catalog, notice),
    problem: (problem) => problemText(catalog, problem),
    tooltip: (id) => {
      const entry = tooltips?.[id];
      return entry && { text: entry[0], section: entry[1] };
    },
  };
}

/** The planner's words and the exports' notes, beside the catalog of the same language. */
export interface PageWords {
  planner(key: PlannerKey, params?: Params): string;
  exported(item: ExportNote | ExportWarning): string;
  refused(refusal: ExportRefusal, optionName?: ExportOptionName): string;
}

export function pageWordsFor(catalog: Catalog, pages: PagesCatalog): PageWords {
  return {
    planner: (key, params) => fill(catalog, pages.planner[key], params),
    exported: (item) => exportText(catalog, pages, item),
    refused: (refusal, optionName) => refusalText(catalog, pages, refusal, optionName),
  };
}
