/**
 * The local demo page: a stand-in for the WebUI with the Dreambooth tab of the chosen extension UI
 * generation (?ui=HEAD|2023-04-30|2023-01-31|2022-12-20, ?theme=dark), with the companion loaded
 * (?companion=off: without it; ?lang=fr: with a sample localization; ?companion-lang=zh|ja: the
 * companion in Chinese or Japanese; ?size=full: at a real WebUI's size).
 */
import { VERSIONS, catalogVersion, type VersionKey } from '../demo/catalog.js';
import { buildDemoPage } from '../demo/gradio-page.js';
import { addWebuiFiller } from '../demo/filler.js';
import { FRENCH_SAMPLE, localizePage } from '../demo/localize.js';
import { PACKS } from '../i18n/catalogs.js';
import { a1111Setup } from '../ui/a1111-setup.js';
import { startCompanion } from '../ui/start.js';
import { windowContextSource } from '../webui/index.js';

const params = new URLSearchParams(location.search);
const key = (VERSIONS.some((version) => version.key === params.get('ui')) ? params.get('ui') : 'HEAD') as VersionKey;
const version = catalogVersion(key);

if (params.get('theme') === 'dark') document.body.classList.add('dark');

// A model with one concept whose images are in a folder, as after "Load Settings".
const page = buildDemoPage(document, document.getElementById('dbc-demo-page')!, version, {
  hideAdvanced: key === 'HEAD',
  initial: {
    model_name: 'sks-dog',
    'concepts_list[0].instance_data_dir': '/datasets/sks-dog',
    'concepts_list[0].instance_prompt': 'photo of sks dog',
  },
});

// ?size=full: as many elements as a real WebUI page, for the benchmark.
if (params.get('size') === 'full') addWebuiFiller(document, document.getElementById('tabs')!, 15000);

// ?lang=fr: labels translated in place, as an A1111 localization does.
if (params.get('lang') === 'fr') localizePage(window, document.getElementById('dbc-demo-page')!, FRENCH_SAMPLE);

const saved = document.getElementById('dbc-demo-saved')!;
document.getElementById('db_save_config')?.addEventListener('click', () => {
  saved.textContent = JSON.stringify(page.state(), null, 2);
});

const picker = document.getElementById('dbc-demo-ui') as HTMLSelectElement;
for (const candidate of VERSIONS) picker.append(new Option(candidate.key, candidate.key, false, candidate.key === key));
picker.addEventListener('change', () => {
  params.set('ui', picker.value);
  location.search = params.toString();
});
const dark = document.getElementById('dbc-demo-dark') as HTMLInputElement;
dark.checked = document.body.classList.contains('dark');
dark.addEventListener('change', () => document.body.classList.toggle('dark', dark.checked));

(window as unknown as { dreamboothDemo: unknown }).dreamboothDemo = {
  version: key,
  state: page.state,
  save: page.save,
};
// ?companion=off leaves the page bare, for loading the companion another way (extension, userscript).
if (params.get('companion') !== 'off') {
  // ?companion-lang=zh|ja|en chooses the companion's language, as a channel's setting does.
  void startCompanion(document, {
    context: windowContextSource(window),
    language: (language) => PACKS[language],
    hosts: { a1111: a1111Setup },
    languageSetting: () => params.get('companion-lang'),
  });
}
