// Types of gradio-page.mjs for the TypeScript tests.
export interface GradioOptions {
  /** Catalog key of the extension UI: HEAD (default) or an older one such as 2022-12-20. */
  ui?: string;
  /** A1111 localization: English label → shown label. */
  localization?: Record<string, string>;
  /** The bilingual-localization extension: English → translation, and its order setting. */
  bilingual?: Record<string, string>;
  bilingualOrder?: 'Translation First' | 'Original First';
  /** The localization file's name, as the WebUI's settings hold it (zh_CN unless given). */
  localizationName?: string;
  /** Field values when the page opens, by config key, e.g. { resolution: 768 }. */
  initial?: Record<string, unknown>;
  /** Load the companion's A1111 script the way the WebUI loads an installed extension's javascript/. */
  companion?: boolean;
  /** Show the extension's advanced fields, as its "Show Advanced" button does. */
  showAdvanced?: boolean;
  /** Concept directories to fill in (the first N slots), as after "Load Settings" of a model. */
  concepts?: number;
  /** Instance and class directories of the first concepts (real folders the server can count). */
  conceptDirs?: string[];
  classDirs?: string[];
  /** Load the companion's WebUI module (scripts/dreambooth_companion.py) through stand-ins of A1111's modules. */
  webuiModule?: boolean;
  /** WebUI settings the page's `opts` holds, e.g. { dreambooth_companion_language: 'ja' }. */
  settings?: Record<string, unknown>;
  /** A WebUI login (user, password), as `--gradio-auth` makes Gradio's `launch(auth=…)`. */
  auth?: [string, string];
  /**
   * When the page fills `opts` (and runs onOptionsChanged): '1.10' (default) as A1111 1.6–1.10, 200 ms after
   * the page went quiet, after every onUiLoaded callback; '1.5' as 1.0–1.5, in the mutation that runs them.
   */
  pageOrder?: '1.10' | '1.5';
  /** More environment for the server, e.g. { API_KEY: '…' } for the Dreambooth extension's key. */
  env?: Record<string, string>;
}

export interface GradioPage {
  url: string;
  port: number;
  /** What the Python handler of Save Settings received last (config key → value), and how many saves it had. */
  received(): Promise<{ saves: number; values: Record<string, unknown> }>;
  /** How many folders the WebUI module has counted so far (0 without it). */
  counted(): Promise<number>;
  stop(): Promise<void>;
}

/** The Python for the test page; throws one line saying how to get Gradio 3.41.2 when there is none. */
export function gradioPython(
  env?: Record<string, string | undefined>,
  shared?: string,
): { python: string; pythonPath: string };

export function startGradioPage(options?: GradioOptions): Promise<GradioPage>;
