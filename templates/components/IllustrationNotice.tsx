/**
 * A page whose pictures are drawn illustrations says so once, below its content, instead of a
 * caption under every picture. Each Picture marks the page's tally as it renders; the notice
 * comes after the content in the tree, so it is rendered after every picture has been counted.
 */
import { createContext, type ComponentChildren } from "preact";
import { useContext } from "preact/hooks";
import type { Lang } from "../../scripts/content/graph.ts";
import { t } from "../lib/words.ts";

interface Tally {
  illustrated: boolean;
}

const PageTally = createContext<Tally | undefined>(undefined);

/** Called by a picture that is an illustration. */
export function useIllustrationMark(illustrated: boolean): void {
  const tally = useContext(PageTally);
  if (tally && illustrated) tally.illustrated = true;
}

export function IllustrationScope({ children }: { children: ComponentChildren }) {
  return <PageTally.Provider value={{ illustrated: false }}>{children}</PageTally.Provider>;
}

export function IllustrationNotice({ lang }: { lang: Lang }) {
  const tally = useContext(PageTally);
  return tally?.illustrated ? (
    <p class="illustration-notice" data-pagefind-ignore>
      {t(lang, "illustration")}
    </p>
  ) : null;
}
