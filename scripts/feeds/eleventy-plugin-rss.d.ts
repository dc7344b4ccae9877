/**
 * The helpers of @11ty/eleventy-plugin-rss 3 that Etalase calls from TypeScript. The plugin ships
 * JavaScript without declarations; its filters are written for Nunjucks, our templates are not.
 */
declare module "@11ty/eleventy-plugin-rss" {
  /** RFC 3339 in UTC, without milliseconds: `2027-01-10T12:00:00Z`. */
  export function dateToRfc3339(date: Date): string;
  /** The latest `date` of the items, or the fallback (default: now) when there are none. */
  export function getNewestCollectionItemDate(
    items: readonly { readonly date: Date }[],
    emptyFallbackDate?: Date,
  ): Date;
  /** Every URL in the HTML resolved against `base`. */
  export function convertHtmlToAbsoluteUrls(
    html: string,
    base: string,
    options?: Record<string, unknown>,
  ): Promise<string>;
}
