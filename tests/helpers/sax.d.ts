/** The part of sax (a strict, well-formedness-checking XML parser) that tests/helpers/xml.ts uses. */
declare module "sax" {
  export interface QualifiedAttribute {
    readonly name: string;
    readonly value: string;
    readonly prefix: string;
    readonly local: string;
    readonly uri: string;
  }
  export interface QualifiedTag {
    readonly name: string;
    readonly local: string;
    readonly uri: string;
    readonly attributes: Readonly<Record<string, QualifiedAttribute>>;
  }
  export interface SAXParser {
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    onerror: (error: Error) => void;
    write(xml: string): SAXParser;
    close(): SAXParser;
  }
  export function parser(
    strict: true,
    options: { xmlns: true; strictEntities: true; trim?: boolean },
  ): SAXParser;
  const sax: { parser: typeof parser };
  export default sax;
}
