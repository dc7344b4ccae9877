/**
 * Debian's Chromium through playwright-core, and a static server for a built site, for the
 * real-browser tests in tests/browser/.
 */
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/dev/chromium.ts";
import { serveStatic } from "../../scripts/dev/serve-static.ts";

/** A mid-range phone held upright. */
export const PHONE = { width: 390, height: 844 } as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

export interface SiteServer {
  readonly origin: string;
  readonly close: () => void;
}

/**
 * Serves a built site on 127.0.0.1. With `headers`, every response carries the headers of the
 * site's own `_headers` file (the strict Content-Security-Policy among them), as on Netlify.
 */
export function serveSite(siteDir: string, { headers }: { headers: boolean }): Promise<SiteServer> {
  return serveStatic(siteDir, headers ? { headersFile: join(siteDir, "_headers") } : {});
}
