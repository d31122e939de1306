/** The Dreambooth tab of each extension UI generation, as the demo page and the tests rebuild it. */
import catalog from './catalog.json' with { type: 'json' };

export interface CatalogField {
  label: string | null;
  type: 'Button' | 'Checkbox' | 'Dropdown' | 'Gallery' | 'HTML' | 'Image' | 'Number' | 'Slider' | 'Textbox';
  elemId?: string;
  default: unknown;
  min?: number;
  max?: number;
  step?: number;
  precision?: number;
  choices?: string[];
  path: string[];
  perConcept?: boolean;
  configKey?: string;
  advancedOnly?: boolean;
  hidden?: boolean;
  extensionTooltip?: boolean;
}

export interface CatalogVersion {
  key: string;
  tabId: string;
  conceptSlots: number;
  fields: CatalogField[];
}

export const VERSIONS = catalog as CatalogVersion[];

export type VersionKey = '2022-12-20' | '2023-01-31' | '2023-04-30' | 'HEAD';

export function catalogVersion(key: VersionKey): CatalogVersion {
  const version = VERSIONS.find((candidate) => candidate.key === key);
  if (!version) throw new Error(`no catalog version ${key}`);
  return version;
}
