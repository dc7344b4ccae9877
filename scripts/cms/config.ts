/**
 * The Decap CMS configuration (admin/config.yml), generated from the zod schemas: per centre, one
 * entry for the centre itself, a folder of businesses and a folder of events, plus the English
 * texts of the files that exist. Photos uploaded from any of them land in that centre's foto/
 * folder and are written as `foto/<name>`, the form the photo schema asks for.
 */
import { stringify } from "yaml";
import { SCHEMAS } from "../schema/index.ts";
import { slugify } from "../schema/fields.ts";
import { defaultLanguage, translationLanguages, type Lang } from "../content/languages.ts";
import { languageName } from "../../templates/lib/words.ts";
import { objectFields, type DecapField, type WalkContext } from "./fields.ts";

export interface CmsCentre {
  readonly slug: string;
  /** The centre's name for the menu; the slug when index.md cannot be read. */
  readonly name: string;
  /** Slugs of the entries that exist, for the English-text files. */
  readonly businesses: readonly string[];
  readonly events: readonly string[];
}

export interface CmsOptions {
  /** The content folder relative to the repository root, with forward slashes (`content`). */
  readonly contentDir: string;
  readonly centres: readonly CmsCentre[];
  /** Where staff publish: a Git host backend (scripts/cms/repository.ts). Default: GitHub, no repository. */
  readonly backend?: {
    readonly name: string;
    readonly repo?: string;
    readonly branch?: string;
    readonly [option: string]: unknown;
  };
  /** The public address of the site, for "view live" links. */
  readonly siteUrl?: string;
  /** decap-server's address for `npm run edit` (absolute: Decap refuses a relative one). */
  readonly localBackend?: string;
}

/** The body of every content file: the story under the front matter, in Markdown. */
const BODY: DecapField = {
  name: "body",
  label: "Cerita",
  widget: "markdown",
  required: false,
  hint: "Teks bebas di bawah data, dalam Markdown: paragraf dipisah satu baris kosong.",
  buttons: [
    "bold",
    "italic",
    "link",
    "heading-two",
    "heading-three",
    "bulleted-list",
    "numbered-list",
    "quote",
  ],
  editor_components: [],
  modes: ["rich_text", "raw"],
};

const shared = new Map<string, DecapField[]>();

/**
 * The fields of one kind of file. The same list (the same object) serves every centre, so the YAML
 * writer prints it once and refers to it after (`&a1` … `*a1`): the config stays small however
 * many centres there are. Only an event's, whose business picker names its own centre, is per centre.
 */
function fields(kind: WalkContext["kind"], context: Omit<WalkContext, "kind"> = {}): DecapField[] {
  const key = `${kind} ${context.businessCollection ?? ""}`;
  if (!shared.has(key)) {
    const schema = kind.endsWith("Translation")
      ? SCHEMAS[kind.replace("Translation", "") as "centre"].translation
      : SCHEMAS[kind as "centre"].main;
    const own = [...objectFields(schema, "", { kind, ...context }), BODY];
    // Fields that came out the same as another centre's are that centre's objects, printed once.
    const first = [...shared.entries()].find(([k]) => k.startsWith(`${kind} `))?.[1];
    shared.set(
      key,
      first
        ? own.map((field, i) =>
            JSON.stringify(field) === JSON.stringify(first[i]) ? first[i]! : field,
          )
        : own,
    );
  }
  return shared.get(key)!;
}

/** Collection names are unique across centres: `<centre>-pengrajin`, `<centre>-acara`. */
export function collectionName(centre: string, section: string): string {
  return `${centre}-${section}`;
}

/** Decap's slug rules, to match scripts/schema/fields.ts slugify: ASCII, accents dropped, hyphens. */
const SLUG = { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" };

/**
 * One collection per language after the default, named after what the CMS's language calls it
 * (`<centre>-inggris`): the centre's, businesses' and events' `<slug>.<code>.md` files.
 */
function translationCollection(
  centre: CmsCentre,
  base: string,
  code: Lang,
): Record<string, unknown> {
  const name = languageName(defaultLanguage().code, code);
  // The field labels say "(Inggris)"; for another language, its name.
  const inThisLanguage = (list: DecapField[]) =>
    JSON.parse(JSON.stringify(list).replaceAll("(Inggris)", `(${name})`)) as DecapField[];
  return {
    name: collectionName(centre.slug, slugify(name) || code.toLowerCase()),
    label: `${centre.name}: teks bahasa ${name}`,
    label_singular: `Teks bahasa ${name}`,
    description: `Terjemahan untuk halaman bahasa ${name}. Yang tidak diterjemahkan tampil dalam bahasa Indonesia.`,
    files: [
      {
        name: "sentra",
        label: `Sentra: ${centre.name}`,
        file: `${base}/index.${code}.md`,
        fields: inThisLanguage(fields("centreTranslation")),
      },
      ...centre.businesses.map((slug) => ({
        name: `pengrajin-${slug}`,
        label: `Usaha: ${slug}`,
        file: `${base}/pengrajin/${slug}.${code}.md`,
        fields: inThisLanguage(fields("businessTranslation")),
      })),
      ...centre.events.map((slug) => ({
        name: `acara-${slug}`,
        label: `Acara: ${slug}`,
        file: `${base}/acara/${slug}.${code}.md`,
        fields: inThisLanguage(fields("eventTranslation")),
      })),
    ],
  };
}

function centreCollections(centre: CmsCentre, contentDir: string): Record<string, unknown>[] {
  const base = `${contentDir}/${centre.slug}`;
  const photos = { media_folder: "../foto", public_folder: "foto" };
  const pengrajin = collectionName(centre.slug, "pengrajin");
  return [
    {
      name: collectionName(centre.slug, "sentra"),
      label: `${centre.name}: data sentra`,
      label_singular: "Data sentra",
      description: "Nama, alamat, jam buka, kontak, fasilitas dan foto sentra.",
      files: [
        {
          name: "index",
          label: centre.name,
          file: `${base}/index.md`,
          media_folder: "foto",
          public_folder: "foto",
          fields: fields("centre"),
        },
      ],
    },
    {
      name: pengrajin,
      label: `${centre.name}: usaha dan perajin`,
      label_singular: "Usaha",
      description: "Satu berkas untuk setiap usaha atau perajin di sentra ini.",
      folder: `${base}/pengrajin`,
      extension: "md",
      format: "frontmatter",
      create: true,
      slug: "{{nama_usaha}}",
      identifier_field: "nama_usaha",
      summary: "{{nama_usaha}} ({{pemilik}})",
      sortable_fields: ["nama_usaha", "pemilik"],
      ...photos,
      fields: fields("business"),
    },
    {
      name: collectionName(centre.slug, "acara"),
      label: `${centre.name}: acara`,
      label_singular: "Acara",
      description: "Peragaan busana, pelatihan, pameran dan acara lain di sentra ini.",
      folder: `${base}/acara`,
      extension: "md",
      format: "frontmatter",
      create: true,
      slug: "{{judul}}",
      identifier_field: "judul",
      summary: "{{judul}} ({{mulai}})",
      sortable_fields: ["judul", "mulai"],
      ...photos,
      fields: fields("event", { businessCollection: pengrajin }),
    },
    ...translationLanguages().map((language) => translationCollection(centre, base, language.code)),
  ];
}

export function cmsConfig(options: CmsOptions): Record<string, unknown> {
  // Never a made-up repository: without one only `npm run edit`'s local backend can save (scripts/cms/repository.ts).
  const backend = options.backend ?? { name: "github" };
  return {
    locale: "id",
    backend: {
      ...backend,
      commit_messages: {
        create: "Tambah {{collection}} {{slug}} (CMS)",
        update: "Ubah {{collection}} {{slug}} (CMS)",
        delete: "Hapus {{collection}} {{slug}} (CMS)",
        uploadMedia: "Unggah {{path}} (CMS)",
        deleteMedia: "Hapus {{path}} (CMS)",
      },
    },
    // Only in `npm run edit`, which serves the CMS and decap-server from one address, so the CMS
    // talks to its own origin and the /admin/ policy needs no other (connect-src 'self').
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // Every photo belongs to a centre and the forms upload into that centre's foto/ folder. The
    // "Foto" tab has one folder for all: the first centre's, so what is uploaded there can be
    // picked in that centre's forms (a folder of its own would be one no form can see).
    media_folder: options.centres[0]
      ? `${options.contentDir}/${options.centres[0].slug}/foto`
      : `${options.contentDir}/foto`,
    public_folder: "foto",
    slug: SLUG,
    search: true,
    collections: options.centres.flatMap((centre) => centreCollections(centre, options.contentDir)),
  };
}

export function cmsConfigYaml(options: CmsOptions): string {
  return `# Dibuat otomatis dari scripts/schema/ oleh scripts/cms/config.ts; jangan diubah dengan tangan.\n# Generated from scripts/schema/ by scripts/cms/config.ts; do not edit by hand.\n${stringify(cmsConfig(options), { lineWidth: 0 })}`;
}
