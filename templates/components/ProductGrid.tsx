/**
 * A business's products as a shop window: one card per product with its photo, name, price range
 * and unit. A product without a photo borrows the business's or the centre's picture (silent, as
 * it does not show the product), else the centre's motif.
 */
import type { BusinessNode, CentreNode, Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import type { BusinessData } from "../../scripts/schema/index.ts";
import { rupiah } from "../lib/format.ts";
import { label } from "../lib/labels.ts";
import { t } from "../lib/words.ts";
import { Picture } from "./Picture.tsx";
import { PhotoView } from "./PhotoView.tsx";

type Product = BusinessData["produk"][number];

/** Two cards a row on phones, three from 40rem, four from 64rem (site.css `.product-grid`). */
const CARD_SIZES = "(min-width: 64rem) 15rem, (min-width: 40rem) 33vw, 50vw";

/** "Rp150.000–Rp400.000", or one price when there is no range. */
export function priceRange(product: Product, lang: Lang): string {
  const low = rupiah(product.harga_min, lang);
  return product.harga_maks !== undefined && product.harga_maks !== product.harga_min
    ? `${low}–${rupiah(product.harga_maks, lang)}`
    : low;
}

/** `zoom`: the photo opens at full size; a grid whose cards lead elsewhere (a centre's products) shows it as it is. */
export function ProductPhoto({
  site,
  centre,
  business,
  product,
  index,
  lang,
  zoom = true,
}: {
  site: SiteModel;
  centre: CentreNode;
  business: BusinessNode;
  product: Product;
  index: number;
  lang: Lang;
  zoom?: boolean;
}) {
  if (product.foto && !zoom)
    return (
      <Picture
        site={site}
        centreSlug={centre.slug}
        photo={product.foto}
        lang={lang}
        sizes={CARD_SIZES}
        maxWidth={640}
        bare
        className="product__photo"
      />
    );
  if (product.foto)
    return (
      <PhotoView
        site={site}
        centreSlug={centre.slug}
        photo={product.foto}
        lang={lang}
        id={`produk-${index + 1}-foto`}
        sizes={CARD_SIZES}
        maxWidth={640}
        className="product__photo"
      />
    );
  const stand = business.data.foto[0] ?? centre.data.foto_utama;
  if (stand)
    return (
      <Picture
        site={site}
        centreSlug={centre.slug}
        photo={stand}
        lang={lang}
        sizes={CARD_SIZES}
        maxWidth={640}
        bare
        decorative
        className="product__photo product__photo--stand-in"
      />
    );
  return <span class="product__photo product__photo--motif" aria-hidden="true" />;
}

/** "Rp150.000–Rp400.000 / lembar", the unit read out as "per lembar". */
export function ProductPrice({ product, lang }: { product: Product; lang: Lang }) {
  return (
    <p class="product__price" data-pagefind-ignore>
      {priceRange(product, lang)}{" "}
      <span class="product__unit">
        <span aria-hidden="true">/</span>
        <span class="visually-hidden">{t(lang, "per")}</span> {label("unit", product.satuan, lang)}
      </span>
    </p>
  );
}

export function ProductGrid({
  site,
  centre,
  business,
  names,
  lang,
  contentLang,
}: {
  site: SiteModel;
  centre: CentreNode;
  business: BusinessNode;
  names: readonly string[];
  lang: Lang;
  contentLang: string | undefined;
}) {
  return (
    <ul class="product-grid">
      {business.data.produk.map((product, index) => (
        <li class="product">
          <ProductPhoto
            site={site}
            centre={centre}
            business={business}
            product={product}
            index={index}
            lang={lang}
          />
          <h3 class="product__name" lang={contentLang}>
            {names[index] ?? product.nama}
          </h3>
          <ProductPrice product={product} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
