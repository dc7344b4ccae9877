/**
 * Keeps one `Intl.NumberFormat` / `Intl.DateTimeFormat` per locale and options for the whole
 * build. The templates' formatting helpers (templates/lib/format.ts) create a new formatter on
 * every call, and creating one costs ~50 µs of ICU setup: a profile of 2,000 pages put a third
 * of the business pages' time there. A formatter is immutable, so sharing one changes no output.
 * Installed only by the build (scripts/build/render-parts.ts); once format.ts keeps its own
 * formatters this file can go.
 */
type Constructor = new (locales?: string | string[], options?: object) => object;

function cached(original: Constructor): Constructor {
  const made = new Map<string, object>();
  const wrapper = function (locales?: string | string[], options?: object) {
    const key = JSON.stringify([locales, options]);
    let formatter = made.get(key);
    if (!formatter) made.set(key, (formatter = new original(locales, options)));
    return formatter;
  } as unknown as Constructor;
  // Static methods (supportedLocalesOf) and `instanceof` keep working.
  Object.setPrototypeOf(wrapper, original);
  (wrapper as { prototype: unknown }).prototype = original.prototype;
  return wrapper;
}

let installed = false;
export function shareIntlFormatters(): void {
  if (installed) return;
  installed = true;
  const intl = Intl as unknown as Record<"NumberFormat" | "DateTimeFormat", Constructor>;
  intl.NumberFormat = cached(intl.NumberFormat);
  intl.DateTimeFormat = cached(intl.DateTimeFormat);
}
