/**
 * `/<centre>/produk/`: every product of the centre's businesses as a grid, with links to show one
 * category (`/<centre>/produk/kain/`), so a buyer filters without JavaScript. Each card leads to
 * the business that makes it; a long list goes on over pages like the other lists.
 */
import { inLang } from "../../scripts/content/graph.ts";
import type { PageOf, ProductEntry } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import type { Lang } from "../../scripts/content/languages.ts";
import { Layout } from "../layout/Layout.tsx";
import { textLang } from "../components/bits.tsx";
import { label } from "../lib/labels.ts";
import { fill, t } from "../lib/words.ts";
import { listCrumbs, Pager, pageSuffix } from "../components/Pager.tsx";
import { ProductPhoto, ProductPrice } from "../components/ProductGrid.tsx";

function ProductCard({ site, entry, lang }: { site: SiteModel; entry: ProductEntry; lang: Lang }) {
  const { business, index } = entry;
  const centre = site.graph.centre(business.centreSlug)!;
  const product = business.data.produk[index]!;
  const name = inLang(business.text, lang).nama_produk[index] ?? product.nama;
  return (
    <li class="product">
      <ProductPhoto
        site={site}
        centre={centre}
        business={business}
        product={product}
        index={index}
        lang={lang}
        zoom={false}
      />
      <h2 class="product__name" lang={textLang(lang, business.translations)}>
        <a href={`${site.urls.link(site.urls.business(lang, centre.slug, business.slug))}#produk`}>
          {name}
        </a>
      </h2>
      <p class="product__maker">{business.data.nama_usaha}</p>
      <ProductPrice product={product} lang={lang} />
    </li>
  );
}

export function ProductList({ site, page }: { site: SiteModel; page: PageOf<"products"> }) {
  const { lang, centre, category, categories, products, pageNumber, pageCount } = page;
  const name = inLang(centre.text, lang).nama;
  const heading = category
    ? `${t(lang, "products")}: ${label("productCategory", category, lang)}`
    : t(lang, "products");
  const paged = pageSuffix(lang, pageNumber, pageCount);
  const home = [
    { label: t(lang, "directory"), path: site.urls.home(lang) },
    { label: name, path: site.urls.centre(lang, centre.slug) },
  ];
  return (
    <Layout
      site={site}
      page={page}
      title={`${heading}: ${name}${paged}`}
      description={fill(lang, "productsIntro", { centre: name })}
      here={heading}
      {...listCrumbs(lang, pageNumber, pageCount, home, {
        label: heading,
        path: site.urls.products(lang, centre.slug, category),
      })}
    >
      <h1>
        {heading}
        {paged}
      </h1>
      <p class="lead">{fill(lang, "productsIntro", { centre: name })}</p>
      {categories.length > 1 && (
        <nav aria-label={t(lang, "productCategories")} data-pagefind-ignore>
          <ul class="chips">
            {[undefined, ...categories].map((shown) => (
              <li>
                <a
                  href={site.urls.link(site.urls.products(lang, centre.slug, shown))}
                  aria-current={shown === category ? "page" : undefined}
                >
                  {shown ? label("productCategory", shown, lang) : t(lang, "allCategories")}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {products.length ? (
        <>
          <ul class="product-grid">
            {products.map((entry) => (
              <ProductCard site={site} entry={entry} lang={lang} />
            ))}
          </ul>
          <Pager
            site={site}
            lang={lang}
            pageNumber={pageNumber}
            pageCount={pageCount}
            pathOf={(n) => site.urls.products(lang, centre.slug, category, n)}
          />
        </>
      ) : (
        <p>{t(lang, "noProducts")}</p>
      )}
    </Layout>
  );
}
