/**
 * The few parts of Eleventy 3's API that Etalase uses. Eleventy ships JSDoc, not declarations,
 * so these are written here; a wrong name still fails at build time in the integration tests.
 */
declare module "@11ty/eleventy" {
  export interface UserConfig {
    addExtension(extensions: string | string[], options: { key: string }): void;
    setTemplateFormats(formats: string | string[]): void;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    addGlobalData(name: string, data: unknown): void;
    addWatchTarget(target: string): void;
    setQuietMode(quiet: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
  }
  interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    pathPrefix?: string;
    config?: (config: UserConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Silences Eleventy's own console output, errors included. */
    disableLogger(): void;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
  }
}
