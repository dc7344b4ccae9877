// @ts-check
/**
 * The search page's only script. It loads Pagefind's index for the page's language (Pagefind
 * picks it from <html lang>), runs the query from the form, the address (?q=) or typing, and
 * lists the results with DOM methods only: no HTML string from the index is ever inserted
 * unparsed, so the site's strict CSP and the output scan stay meaningful. Its words come from
 * the page (templates/pages/Search.tsx), in the page's language.
 */

const script = /** @type {HTMLScriptElement} */ (document.querySelector("script[data-bundle]"));
const form = /** @type {HTMLFormElement} */ (document.getElementById("cari"));
const input = /** @type {HTMLInputElement} */ (document.getElementById("q"));
const status = /** @type {HTMLElement} */ (document.getElementById("search-status"));
const list = /** @type {HTMLOListElement} */ (document.getElementById("search-results"));
const more = /** @type {HTMLButtonElement} */ (document.getElementById("search-more"));
const selects = /** @type {HTMLSelectElement[]} */ ([
  ...form.querySelectorAll("select[data-filter]"),
]);
/** The header's links to this page in the other languages. */
const switches = /** @type {HTMLAnchorElement[]} */ ([
  ...document.querySelectorAll("header a[hreflang]"),
]);
const [pastKey = "", pastValue = ""] = (list.dataset.pastFilter ?? "").split(":");
/** Results shown at once, and again at each "show more". */
const PAGE = 10;

/** @typedef {{ kind?: string, centre?: string, place?: string, price?: string, date?: string, status?: string, title?: string, image?: string, image_alt?: string }} Meta */
/** @typedef {{ url: string, excerpt: string, meta: Meta }} ResultData */
/** @typedef {{ data: () => Promise<ResultData> }} Result */
/**
 * @typedef {{
 *   search: (term: string | null, options: object) => Promise<{ results: Result[] }>,
 *   options: (o: object) => Promise<void>,
 *   mergeIndex: (address: string, options: object) => Promise<void>,
 * }} Pagefind
 */

/** The index parts besides the first, which a large site has (scripts/pipeline/search-parts.ts). */
async function moreParts(/** @type {string} */ bundle) {
  try {
    const response = await fetch(`${bundle}etalase-parts.json`);
    if (!response.ok) return [];
    const parts = await response.json();
    return Array.isArray(parts) ? parts.filter((part) => typeof part === "string") : [];
  } catch {
    return []; // a site built before parts existed: its one index is whole
  }
}

/** @type {Promise<Pagefind> | undefined} */
let loading;
/** Pagefind and its index load on the first query only: a visitor who only looks pays nothing. */
function pagefind() {
  const bundle = script.dataset.bundle ?? "/pagefind/";
  const baseUrl = new URL(bundle, location.href).pathname.replace(/pagefind\/$/, "");
  loading ??= Promise.all([import(`${bundle}pagefind.js`), moreParts(bundle)]).then(
    async ([imported, parts]) => {
      const module = /** @type {Pagefind} */ (imported);
      // A page found only through its centre's name, its kind or its date comes after the pages about the words.
      await module.options({
        baseUrl,
        ranking: { metaWeights: { kind: 0, centre: 0, price: 0, date: 0, status: 0 } },
      });
      // Each part holds other centres' pages; merged, one query searches them all.
      await Promise.all(parts.map((part) => module.mergeIndex(part, { baseUrl })));
      return module;
    },
  );
  return loading;
}

/** The excerpt with Pagefind's <mark> kept and everything else as plain text. */
function excerptNodes(/** @type {string} */ html) {
  // DOMParser builds an inert document: nothing in it runs or loads.
  const parsed = new DOMParser().parseFromString(html, "text/html").body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

function element(
  /** @type {string} */ tag,
  /** @type {string} */ className,
  /** @type {string} */ text = "",
) {
  const made = document.createElement(tag);
  made.className = className;
  made.textContent = text;
  return made;
}

/** One result: photo, title, "Artisan · centre · price" (or the event's date), the excerpt. */
function showResult(/** @type {ResultData} */ data, /** @type {boolean} */ past) {
  const { meta } = data;
  const item = document.createElement("li");
  if (meta.image) {
    const photo = /** @type {HTMLImageElement} */ (element("img", "results__photo"));
    photo.src = meta.image;
    photo.alt = meta.image_alt ?? "";
    photo.loading = "lazy";
    item.append(photo);
  }
  const title = document.createElement("a");
  title.href = data.url;
  title.textContent = meta.title ?? data.url;
  const heading = element("h2", "results__title");
  heading.append(title);
  const facts = [meta.kind, meta.centre ?? meta.place, meta.price ?? meta.date, meta.status]
    .filter(Boolean)
    .join(" · ");
  item.append(heading, element("p", "results__facts", facts));
  if (past)
    item.lastElementChild?.append(" ", element("strong", "results__past", list.dataset.past));
  const excerpt = element("p", "results__excerpt");
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

/** The current query's results, best first, past events last; `shown` of them are on the page. */
let found = /** @type {{ result: Result, past: boolean }[]} */ ([]);
let shown = 0;
let latest = 0;

async function showNext(/** @type {number} */ ticket) {
  const next = found.slice(shown, shown + PAGE);
  const data = await Promise.all(next.map((entry) => entry.result.data()));
  if (ticket !== latest) return; // a newer query has started; its results win
  list.append(...data.map((d, i) => showResult(d, next[i]?.past ?? false)));
  shown += next.length;
  more.hidden = shown >= found.length;
}

/** The language links keep the query, so switching language searches the same words. */
function keepQueryInSwitches(/** @type {string} */ term) {
  for (const link of switches) {
    const url = new URL(link.href);
    if (term) url.searchParams.set("q", term);
    else url.searchParams.delete("q");
    link.href = url.pathname + url.search;
  }
}

async function run() {
  const ticket = ++latest;
  const term = input.value.trim();
  keepQueryInSwitches(term);
  /** @type {Record<string, string>} */
  const filters = {};
  for (const select of selects)
    if (select.value) filters[select.dataset.filter ?? ""] = select.value;
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = "";
    more.hidden = true;
    return;
  }
  try {
    const index = await pagefind();
    // Centres, businesses and coming events first, then events that are over, each by relevance.
    const [current, past] = await Promise.all([
      index.search(term || null, { filters: { ...filters, not: { [pastKey]: pastValue } } }),
      index.search(term || null, { filters: { ...filters, [pastKey]: pastValue } }),
    ]);
    if (ticket !== latest) return;
    found = [
      ...current.results.map((result) => ({ result, past: false })),
      ...past.results.map((result) => ({ result, past: true })),
    ];
    shown = 0;
    list.replaceChildren();
    await showNext(ticket);
    if (ticket !== latest) return;
    status.textContent = found.length
      ? (status.dataset.found ?? "").replace("{count}", String(found.length))
      : (status.dataset.none ?? "");
  } catch {
    status.textContent = status.dataset.failed ?? "";
  }
}

const params = new URLSearchParams(location.search);
input.value = params.get("q") ?? "";
for (const select of selects) select.value = params.get(select.dataset.filter ?? "") ?? "";
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (value !== "") query.set(key, String(value));
  history.replaceState(null, "", `?${query}`);
  run();
});
input.addEventListener("input", run);
for (const select of selects) select.addEventListener("change", run);
more.addEventListener("click", async () => {
  const before = shown;
  more.disabled = true; // one page at a time, however often it is pressed
  await showNext(latest);
  more.disabled = false;
  // The first new result takes the focus, so a keyboard or screen reader goes on from there.
  list.children[before]?.querySelector("a")?.focus();
});
run();
