// Types of kohya-page.mjs for the TypeScript tests.
export interface KohyaOptions {
  /** The released GUI on Gradio 5.34.2, or master on Gradio 6.17.3. */
  version: 'v26.0.0' | 'master';
  /** One of the GUI's localizations/ (zh-CN, zh-TW), as its --language option takes it. */
  language?: string;
  /** The GUI's config.toml (its own defaults for the fields), as TOML text. */
  config?: string;
}

export interface KohyaPage {
  url: string;
  /** What the GUI printed so far (its log, and the command "Print training command" shows). */
  output(): string;
  stop(): Promise<void>;
}

export const KOHYA_GUIS: Record<KohyaOptions['version'], { gui: string; gradio: string }>;

export function startKohyaPage(options: KohyaOptions): Promise<KohyaPage>;
