// @ts-check
/**
 * The search page's only script. It loads Pagefind's index for the page's language (Pagefind
 * picks it from <html lang>), runs the query from the form, the address (?q=) or typing, and
 * lists the results with DOM methods only: no HTML string from the index is ever inserted
 * unparsed, so the site's strict CSP and the output scan stay meaningful.
 */

const script = /** @type {HTMLScriptElement} */ (document.querySelector("script[data-bundle]"));
const form = /** @type {HTMLFormElement} */ (document.getElementById("cari"));
const input = /** @type {HTMLInputElement} */ (document.getElementById("q"));
const status = /** @type {HTMLElement} */ (document.getElementById("search-status"));
const list = /** @type {HTMLOListElement} */ (document.getElementById("search-results"));
const selects = /** @type {HTMLSelectElement[]} */ ([...form.querySelectorAll("select[data-filter]")]);
const english = document.documentElement.lang === "en";
const words = english
  ? { none: "Nothing found. Try another word or fewer filters.", found: (/** @type {number} */ n) => `${n} found`, failed: "Search is not available right now. Browse the list below." }
  : { none: "Tidak ada yang cocok. Coba kata lain atau kurangi saringan.", found: (/** @type {number} */ n) => `${n} hasil`, failed: "Pencarian sedang tidak bisa dipakai. Telusuri daftar di bawah." };

/** @typedef {{ url: string, excerpt: string, meta: { title?: string } }} ResultData */
/**
 * @typedef {{
 *   search: (term: string | null, options: object) => Promise<{ results: { data: () => Promise<ResultData> }[] }>,
 *   options: (o: object) => Promise<void>,
 *   mergeIndex: (address: string, options: object) => Promise<void>,
 * }} Pagefind
 */

/** The index parts besides the first, which a large site has (scripts/build/search-parts.ts). */
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
  loading ??= Promise.all([import(`${bundle}pagefind.js`), moreParts(bundle)]).then(async ([imported, parts]) => {
    const module = /** @type {Pagefind} */ (imported);
    await module.options({ baseUrl });
    // Each part holds other centres' pages; merged, one query searches them all.
    await Promise.all(parts.map((part) => module.mergeIndex(part, { baseUrl })));
    return module;
  });
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

function showResult(/** @type {ResultData} */ data) {
  const item = document.createElement("li");
  const title = document.createElement("a");
  title.href = data.url;
  title.textContent = data.meta.title ?? data.url;
  const heading = document.createElement("h2");
  heading.className = "results__title";
  heading.append(title);
  const excerpt = document.createElement("p");
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, excerpt);
  return item;
}

let latest = 0;
async function run() {
  const ticket = ++latest;
  const term = input.value.trim();
  /** @type {Record<string, string>} */
  const filters = {};
  for (const select of selects) if (select.value) filters[select.dataset.filter ?? ""] = select.value;
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  try {
    const search = await (await pagefind()).search(term || null, { filters });
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (ticket !== latest) return; // a newer query has started; its results win
    list.replaceChildren(...results.map(showResult));
    status.textContent = results.length ? words.found(search.results.length) : words.none;
  } catch {
    status.textContent = words.failed;
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
run();
