import type { Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import type { Photo } from "../../scripts/schema/photo.ts";
import { t } from "../lib/words.ts";
import { Section } from "./bits.tsx";
import { PhotoView } from "./PhotoView.tsx";

/** The page's lead picture spans the content column (60rem) or the whole phone screen. */
export const HERO_SIZES = "(min-width: 62rem) 60rem, 100vw";

/** Further photos in a grid (one column on phones, two from 40rem), each opening at full size. */
export function Gallery({
  site,
  centreSlug,
  photos,
  lang,
}: {
  site: SiteModel;
  centreSlug: string;
  photos: readonly Photo[];
  lang: Lang;
}) {
  if (photos.length === 0) return null;
  return (
    <Section title={t(lang, "gallery")} id="galeri">
      <div class="gallery">
        {photos.map((photo, index) => (
          <PhotoView
            site={site}
            centreSlug={centreSlug}
            photo={photo}
            lang={lang}
            id={`foto-${index + 1}`}
            sizes="(min-width: 62rem) 30rem, (min-width: 40rem) 50vw, 100vw"
            maxWidth={960}
          />
        ))}
      </div>
    </Section>
  );
}
