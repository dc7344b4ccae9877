import { LANGS } from "../../scripts/content/languages.ts";
import type { Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { qrDrawing } from "../../scripts/site/qr.ts";
import { t, type WordKey } from "../lib/words.ts";

/** A QR code for `url`, drawn black on white so every phone camera reads it. */
export function QrCode({
  url,
  label,
  className = "qr",
}: {
  url: string;
  label: string;
  className?: string;
}) {
  const { size, path } = qrDrawing(url);
  return (
    <svg
      class={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/**
 * A print sheet's QR code to a page of the site, with the line under it. A build without a site
 * address has nothing a phone could open, so the sheet says so in both languages instead: a
 * printed code to a guessed host would be dead on every booth.
 */
export function SheetQrCode({
  site,
  lang,
  path,
  scan,
}: {
  site: SiteModel;
  lang: Lang;
  path: string;
  scan: WordKey;
}) {
  const address = site.urls.address;
  if (!address)
    return (
      <div class="qr-missing" role="note">
        {LANGS.map((code) => (
          <p lang={code}>{t(code, "noSiteAddress")}</p>
        ))}
      </div>
    );
  const url = address.absolute(path);
  return (
    <>
      <QrCode url={url} label={`${t(lang, "qrLabel")} ${url}`} />
      <p class="sheet__scan">{t(lang, scan)}</p>
    </>
  );
}
