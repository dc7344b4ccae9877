/** Every place the content uses a photo, with the file and field to name when the photo is bad. */
import type { BusinessData, CentreData, EventData } from "../schema/index.ts";
import type { Photo } from "../schema/photo.ts";

export interface PhotoUse {
  readonly centreSlug: string;
  readonly photo: Photo;
  /** The content file that names the photo, relative to the project. */
  readonly file: string;
  readonly field: string;
  /** The line of the file that names it, when known. */
  readonly line?: number;
}

/** The key a template uses to find a processed photo: `<centre>/foto/<name>`. */
export function photoKey(centreSlug: string, photo: Photo): string {
  return `${centreSlug}/${photo.berkas}`;
}

/** An entry as far as photos go: a validated one, or the valid fields of a file with problems. */
interface Owner<T> {
  readonly centreSlug: string;
  readonly file: string;
  readonly data: Partial<T>;
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

function use(
  owner: Owner<unknown>,
  path: readonly (string | number)[],
  photo: Photo | undefined,
): PhotoUse[] {
  if (!photo) return [];
  const line = owner.lineOf(path);
  return [
    {
      centreSlug: owner.centreSlug,
      photo,
      file: owner.file,
      field: path.join("."),
      ...(line !== undefined ? { line } : {}),
    },
  ];
}

export function centrePhotoUses(centre: Owner<CentreData>): PhotoUse[] {
  return [
    ...use(centre, ["foto_utama"], centre.data.foto_utama),
    ...(centre.data.galeri ?? []).flatMap((p, i) => use(centre, ["galeri", i], p)),
  ];
}

export function businessPhotoUses(business: Owner<BusinessData>): PhotoUse[] {
  return [
    ...(business.data.foto ?? []).flatMap((p, i) => use(business, ["foto", i], p)),
    ...(business.data.produk ?? []).flatMap((product, i) =>
      use(business, ["produk", i, "foto"], product.foto),
    ),
  ];
}

export function eventPhotoUses(event: Owner<EventData>): PhotoUse[] {
  return use(event, ["foto"], event.data.foto);
}
