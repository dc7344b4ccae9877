/**
 * A photo as `<picture>`: AVIF, then WebP, then JPEG, each at every width, with `sizes` so a
 * phone downloads a phone-sized file, and width/height so nothing shifts while it loads.
 */
import { photoAlt } from "../lib/photo-alt.ts";
import type { Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import type { Photo } from "../../scripts/schema/photo.ts";
import { useIllustrationMark } from "./IllustrationNotice.tsx";

interface PictureProps {
  readonly site: SiteModel;
  readonly centreSlug: string;
  readonly photo: Photo;
  readonly lang: Lang;
  /** The CSS width the picture takes, for the browser to pick a file: e.g. "(min-width: 62rem) 60rem, 100vw". */
  readonly sizes: string;
  /** Only the first big picture of a page: loaded at once, with high priority. */
  readonly eager?: boolean;
  /** Largest width worth offering here (thumbnails need no 1280 px file). */
  readonly maxWidth?: number;
  readonly className?: string;
  /** Just the `<picture>`, for inside a button or a card that is its own figure. */
  readonly bare?: boolean;
  /** A picture that stands in for a missing one says nothing: the text beside it does. */
  readonly decorative?: boolean;
}

const TYPES = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg" } as const;

export function Picture({
  site,
  centreSlug,
  photo,
  lang,
  sizes,
  eager = false,
  maxWidth = Infinity,
  className,
  bare = false,
  decorative = false,
}: PictureProps) {
  const processed = site.photo(centreSlug, photo);
  const srcset = (files: readonly { filename: string; width: number }[]) => {
    const usable = files.filter((f, i) => f.width <= maxWidth || i === 0);
    return usable.map((f) => `${site.urls.link(`img/${f.filename}`)} ${f.width}w`).join(", ");
  };
  const jpeg = processed.sources.find((s) => s.format === "jpeg")!;
  const fallback =
    jpeg.files.filter((f) => f.width <= Math.min(maxWidth, 640)).at(-1) ?? jpeg.files[0]!;
  const alt = decorative ? "" : photoAlt(photo, lang);
  useIllustrationMark(photo.ilustrasi);
  const picture = (
    <picture class={bare ? className : undefined}>
      {processed.sources
        .filter((s) => s.format !== "jpeg")
        .map((s) => (
          <source type={TYPES[s.format]} srcset={srcset(s.files)} sizes={sizes} />
        ))}
      <img
        src={site.urls.link(`img/${fallback.filename}`)}
        srcset={srcset(jpeg.files)}
        sizes={sizes}
        width={processed.width}
        height={processed.height}
        alt={alt}
        loading={eager ? "eager" : "lazy"}
        decoding={eager ? "sync" : "async"}
        fetchpriority={eager ? "high" : undefined}
        // The page's lead photo is its search result's thumbnail, in the smallest JPEG.
        data-pagefind-meta={eager ? "image[data-thumbnail], image_alt[alt]" : undefined}
        data-thumbnail={eager ? site.urls.link(`img/${jpeg.files[0]!.filename}`) : undefined}
      />
    </picture>
  );
  return bare ? picture : <figure class={className}>{picture}</figure>;
}
