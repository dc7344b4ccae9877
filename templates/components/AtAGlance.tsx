/**
 * What a visitor on a phone asks first, answered under the centre's name: is it open today, where
 * is it, and how to get there (a link that opens the phone's maps app).
 */
import type { ComponentChildren } from "preact";
import type { CentreNode, Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { todayAt } from "../lib/today.ts";
import { fill, t } from "../lib/words.ts";

/** Google Maps' directions link opens the Maps app on Android and iOS; `geo:` asks the phone which app; OpenStreetMap for everyone else. */
export function mapLinks(lat: number, lng: number) {
  return {
    directions: `https://www.google.com/maps/dir/?api=1&destination=${lat},${lng}`,
    geo: `geo:${lat},${lng}`,
    osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`,
  };
}

/** `children`: the contact button, shown beside the directions. */
export function AtAGlance({
  site,
  centre,
  lang,
  children,
}: {
  site: SiteModel;
  centre: CentreNode;
  lang: Lang;
  children: ComponentChildren;
}) {
  const d = centre.data;
  const today = todayAt(centre, site.now, lang);
  const maps = mapLinks(d.koordinat.lintang, d.koordinat.bujur);
  return (
    // Today's hours go stale in a search excerpt: the search index skips them.
    <div class="glance" data-pagefind-ignore>
      <p class="glance__hours">
        {fill(lang, "todayHours", { date: today.date })}:{" "}
        <strong class={today.hours ? undefined : "glance__closed"}>
          {today.hours ?? t(lang, "closed")}
        </strong>
        {today.next && <> ({fill(lang, "opensAgain", today.next)})</>}{" "}
        <a href={`${site.urls.link(site.urls.visit(lang, centre.slug))}#jam`}>
          {t(lang, "weekHours")}
        </a>
      </p>
      <address class="glance__address">
        {d.alamat}, {d.kota}
      </address>
      <div class="actions">
        {children}
        <a class="button button--quiet glance__directions" href={maps.directions} rel="noopener">
          {t(lang, "directions")}
        </a>
      </div>
      <p class="glance__maps">
        <a href={maps.geo}>{t(lang, "mapApp")}</a> · <a href={maps.osm}>OpenStreetMap</a>
      </p>
    </div>
  );
}
