/**
 * Reads XML strictly (sax in strict mode: any well-formedness error throws) into a small tree with
 * namespaces resolved and `xml:lang` inherited, for tests of the Atom feeds.
 */
import sax from "sax";

export interface XmlElement {
  /** Local name, e.g. `entry`. */
  readonly name: string;
  /** Namespace URI. */
  readonly ns: string;
  /** Attributes by qualified name, e.g. `href`, `xml:lang`. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The text directly inside, entities decoded. */
  text: string;
  /** The `xml:lang` in force here. */
  readonly lang: string;
}

export function parseXmlStrict(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true, strictEntities: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const attrs = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const parent = stack.at(-1);
    const element: XmlElement = {
      name: tag.local,
      ns: tag.uri,
      attrs,
      children: [],
      text: "",
      lang: attrs["xml:lang"] ?? parent?.lang ?? "",
    };
    if (parent) parent.children.push(element);
    else if (root) throw new Error("more than one root element");
    else root = element;
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = parser.oncdata = (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
    else if (text.trim())
      throw new Error(`text outside the root element: ${text.trim().slice(0, 40)}`);
  };
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** The child elements with this local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}
