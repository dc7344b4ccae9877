/**
 * A photo that opens at full size with no JavaScript: the small picture is a `<button
 * popovertarget>`, the large one waits in a `popover` (top layer, Escape and a tap outside close
 * it, focus returns to the button). Browsers without popovers (before Chrome 114, Safari 17,
 * Firefox 125) show the small picture only. Chosen over a `:target` overlay, which Escape does
 * not close, which leaves focus behind and adds a history entry per photo.
 */
import type { Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import type { Photo } from "../../scripts/schema/photo.ts";
import { t } from "../lib/words.ts";
import { Picture } from "./Picture.tsx";

interface PhotoViewProps {
  readonly site: SiteModel;
  readonly centreSlug: string;
  readonly photo: Photo;
  readonly lang: Lang;
  /** Unique on the page: the popover's id. */
  readonly id: string;
  /** The small picture's CSS width, as in Picture. */
  readonly sizes: string;
  readonly maxWidth?: number;
  readonly className?: string;
}

export function PhotoView({
  site,
  centreSlug,
  photo,
  lang,
  id,
  sizes,
  maxWidth,
  className,
}: PhotoViewProps) {
  return (
    <div class={className ? `photo ${className}` : "photo"}>
      <button type="button" class="photo__open" popovertarget={id}>
        <Picture
          site={site}
          centreSlug={centreSlug}
          photo={photo}
          lang={lang}
          sizes={sizes}
          maxWidth={maxWidth}
          bare
        />
        <span class="photo__hint">{t(lang, "viewFullSize")}</span>
      </button>
      {/* Hidden until opened, so its lazy image is not fetched before (tests/browser/photo-view.test.ts). */}
      <div
        id={id}
        popover="auto"
        class="photo-view"
        role="dialog"
        aria-label={t(lang, "viewFullSize")}
      >
        <button
          type="button"
          class="photo-view__close"
          popovertarget={id}
          popovertargetaction="hide"
          autofocus
        >
          {t(lang, "closePhoto")}
        </button>
        <Picture site={site} centreSlug={centreSlug} photo={photo} lang={lang} sizes="100vw" bare />
      </div>
    </div>
  );
}
