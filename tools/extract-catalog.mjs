// Builds src/demo/catalog.json, the demo page's and the tests' picture of the Dreambooth tab, from
// the field catalog of the extension (dreambooth-fields.json): only what a fake page needs.
// Usage: node tools/extract-catalog.mjs path/to/dreambooth-fields.json
import { readFile, writeFile } from 'node:fs/promises';

const source = JSON.parse(await readFile(process.argv[2], 'utf8'));
const versions = source.versions.map((version) => ({
  key: version.key,
  tabId: version.tab.dom_id,
  conceptSlots: version.concept_slots.length,
  fields: version.fields.map((field) => ({
    label: field.label,
    type: field.type,
    ...(field.elem_id ? { elemId: field.elem_id } : {}),
    default: field.default,
    ...(field.min !== null ? { min: field.min, max: field.max, step: field.step } : {}),
    ...(field.precision !== null ? { precision: field.precision } : {}),
    ...(field.choices ? { choices: field.choices } : {}),
    path: field.path,
    ...(field.per_concept ? { perConcept: true } : {}),
    ...(field.config_key ? { configKey: field.config_key } : {}),
    ...(field.advanced_only ? { advancedOnly: true } : {}),
    ...(field.visible === false ? { hidden: true } : {}),
    ...(field.tooltip ? { extensionTooltip: true } : {}),
  })),
}));
await writeFile(new URL('../src/demo/catalog.json', import.meta.url), `${JSON.stringify(versions, null, 1)}\n`);
console.log(versions.map((version) => `${version.key}: ${version.fields.length} fields`).join('\n'));
