import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { t } from "../lib/words.ts";

/** `404.html`: one page for both languages, since the host serves it for any missing address. */
export function NotFound({ site, page }: { site: SiteModel; page: PageOf<"notFound"> }) {
  return (
    <Layout site={site} page={page} title={t("id", "notFoundTitle")} description={t("id", "notFoundText")}>
      <h1>{t("id", "notFoundTitle")}</h1>
      <p>{t("id", "notFoundText")}</p>
      <p>
        <a href={site.urls.link(site.urls.home("id"))}>{t("id", "backHome")}</a>
      </p>
      <section lang="en" class="section" aria-labelledby="in-english">
        <h2 id="in-english">{t("en", "notFoundTitle")}</h2>
        <p>{t("en", "notFoundText")}</p>
        <p>
          <a href={site.urls.link(site.urls.home("en"))}>{t("en", "backHome")}</a>
        </p>
      </section>
    </Layout>
  );
}
