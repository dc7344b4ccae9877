/**
 * Debian's Chromium, the only browser on these machines: a browser download does not work here,
 * so every tool (screenshots, browser tests, Lighthouse) starts this one with the same flags.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, no sandbox (CI runs as root), and nothing that phones home or updates itself. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
