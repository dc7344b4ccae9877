/** Every place the content uses a photo, with the file and field to name when the photo is bad. */
import type { ContentGraph } from "../content/graph.ts";
import type { Photo } from "../schema/photo.ts";

export interface PhotoUse {
  readonly centreSlug: string;
  readonly photo: Photo;
  /** The content file that names the photo, relative to the project. */
  readonly file: string;
  readonly field: string;
}

/** The key a template uses to find a processed photo: `<centre>/foto/<name>`. */
export function photoKey(centreSlug: string, photo: Photo): string {
  return `${centreSlug}/${photo.berkas}`;
}

export function collectPhotoUses(graph: ContentGraph): PhotoUse[] {
  const uses: PhotoUse[] = [];
  const add = (centreSlug: string, file: string, field: string, photo: Photo | undefined) => {
    if (photo) uses.push({ centreSlug, photo, file, field });
  };
  for (const centre of graph.centres) {
    add(centre.slug, centre.file, "foto_utama", centre.data.foto_utama);
    centre.data.galeri.forEach((p, i) => add(centre.slug, centre.file, `galeri.${i}`, p));
    for (const business of graph.businessesOf(centre)) {
      business.data.foto.forEach((p, i) => add(centre.slug, business.file, `foto.${i}`, p));
      business.data.produk.forEach((product, i) => add(centre.slug, business.file, `produk.${i}.foto`, product.foto));
    }
    for (const event of graph.eventsOf(centre)) add(centre.slug, event.file, "foto", event.data.foto);
  }
  return uses;
}
