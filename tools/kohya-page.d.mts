// Types of kohya-page.mjs for the TypeScript tests.
export interface KohyaOptions {
  /** The released GUI on Gradio 5.34.2, or master on Gradio 6.17.3. */
  version: 'v26.0.0' | 'master';
  /** One of the GUI's localizations/ (zh-CN, zh-TW), as its --language option takes it. */
  language?: string;
}

export interface KohyaPage {
  url: string;
  stop(): Promise<void>;
}

export const KOHYA_GUIS: Record<KohyaOptions['version'], { gui: string; gradio: string }>;

export function startKohyaPage(options: KohyaOptions): Promise<KohyaPage>;
