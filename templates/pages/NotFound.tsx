import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { languages } from "../../scripts/content/languages.ts";
import { Layout } from "../layout/Layout.tsx";
import { t } from "../lib/words.ts";

/** `404.html`: one page for every language, since the host serves it for any missing address; the first language leads. */
export function NotFound({ site, page }: { site: SiteModel; page: PageOf<"notFound"> }) {
  const [first, ...others] = languages().map((l) => l.code);
  const lead = first!;
  return (
    <Layout
      site={site}
      page={page}
      title={t(lead, "notFoundTitle")}
      description={t(lead, "notFoundText")}
    >
      <h1>{t(lead, "notFoundTitle")}</h1>
      <p>{t(lead, "notFoundText")}</p>
      <p>
        <a href={site.urls.link(site.urls.home(lead))}>{t(lead, "backHome")}</a>
      </p>
      {others.map((lang) => {
        // The heading's id from the language's own name: `in-english`.
        const id = `in-${languages()
          .find((l) => l.code === lang)!
          .name.toLowerCase()
          .replace(/\s+/g, "-")}`;
        return (
          <section lang={lang} class="section" aria-labelledby={id}>
            <h2 id={id}>{t(lang, "notFoundTitle")}</h2>
            <p>{t(lang, "notFoundText")}</p>
            <p>
              <a href={site.urls.link(site.urls.home(lang))}>{t(lang, "backHome")}</a>
            </p>
          </section>
        );
      })}
    </Layout>
  );
}
