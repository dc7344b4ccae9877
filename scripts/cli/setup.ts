/**
 * `npm run setup`: writes the site's settings file (scripts/site/settings.ts). With no setting
 * given it asks for each one in Indonesian with English beside; with any given it asks nothing.
 * What it writes is checked first with the same rules as a build, and an existing file is kept
 * unless `--force`.
 */
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { bilingual as b, type Bilingual } from "../problems/problem.ts";
import { formatProblem, formatReport } from "../problems/report.ts";
import { parseSettings } from "../site/settings.ts";
import { SETUP } from "./commands.ts";
import { parseCommandLine } from "./options.ts";

const { values } = parseCommandLine(SETUP);
const file = values.file;
const target = resolve(file);

/** One question per setting, in the order of the file; `path` is where the answer goes. */
const QUESTIONS: readonly { path: readonly string[]; ask: Bilingual }[] = [
  { path: ["name"], ask: b("Nama situs", "Site name") },
  {
    path: ["site-url"],
    ask: b(
      "Alamat situs, misalnya https://sentra.contoh.go.id",
      "Site address, e.g. https://sentra.contoh.go.id",
    ),
  },
  {
    path: ["prefix"],
    ask: b(
      "Jalur situs, misalnya /katalog/ (kosong: di akar)",
      "Site path, e.g. /katalog/ (empty: at the root)",
    ),
  },
  { path: ["repo"], ask: b("Repositori GitHub, pemilik/nama", "GitHub repository, owner/name") },
  { path: ["branch"], ask: b("Cabang (kosong: main)", "Branch (empty: main)") },
  {
    path: ["host"],
    ask: b(
      "Tempat terbit: github-pages, netlify, cloudflare-pages atau other",
      "Host: github-pages, netlify, cloudflare-pages or other",
    ),
  },
  {
    path: ["cms-auth-url"],
    ask: b(
      "Alamat Worker masuk CMS, misalnya https://sveltia-cms-auth.dinas-koperasi.workers.dev (kosong: nanti, atau di Netlify)",
      "CMS sign-in Worker address, e.g. https://sveltia-cms-auth.dinas-koperasi.workers.dev (empty: later, or on Netlify)",
    ),
  },
  { path: ["contact", "office"], ask: b("Nama kantor dinas", "Office name") },
  { path: ["contact", "email"], ask: b("E-mail kantor", "Office e-mail") },
  {
    path: ["contact", "whatsapp"],
    ask: b("WhatsApp kantor, misalnya 0812 3456 7890", "Office WhatsApp, e.g. 0812 3456 7890"),
  },
];

type Answers = Record<string, string | Record<string, string>>;

function put(answers: Answers, path: readonly string[], value: string): void {
  if (path.length === 1) answers[path[0]!] = value;
  else
    answers[path[0]!] = {
      ...((answers[path[0]!] as Record<string, string> | undefined) ?? {}),
      [path[1]!]: value,
    };
}

const asText = (answers: Answers) => `${JSON.stringify(answers, null, 2)}\n`;

function fromFlags(): Answers | undefined {
  const given: [readonly string[], string | undefined][] = [
    [["name"], values.name],
    [["site-url"], values["site-url"]],
    [["prefix"], values.prefix],
    [["repo"], values.repo],
    [["branch"], values.branch],
    [["host"], values.host],
    [["cms-auth-url"], values["cms-auth-url"]],
    [["contact", "office"], values.office],
    [["contact", "email"], values.email],
    [["contact", "whatsapp"], values.whatsapp],
  ];
  if (given.every(([, value]) => value === undefined)) return undefined;
  const answers: Answers = {};
  for (const [path, value] of given) if (value !== undefined) put(answers, path, value);
  return answers;
}

/** Asks each question until its answer passes the settings' own rules; an empty answer skips it. */
async function fromQuestions(): Promise<Answers | undefined> {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY === true,
  });
  // Reading lines as they come keeps the answers a script pipes in all at once.
  const lines = rl[Symbol.asyncIterator]();
  const answers: Answers = {};
  process.stdout.write(
    `Pengaturan situs untuk ${file}. Tekan Enter untuk melewati pertanyaan.\nSite settings for ${file}. Press Enter to skip a question.\n\n`,
  );
  try {
    for (const { path, ask } of QUESTIONS) {
      for (;;) {
        process.stdout.write(`${ask.id} / ${ask.en}: `);
        const line = await lines.next();
        if (line.done) return undefined;
        const answer = line.value.trim();
        if (answer === "") break;
        const trial: Answers = {};
        put(trial, path, answer);
        const checked = parseSettings(asText(trial), file);
        if (checked.ok) {
          put(answers, path, answer);
          break;
        }
        // The message and the fix, without the file and line: the file is not written yet.
        for (const problem of checked.problems)
          process.stdout.write(
            `${formatProblem({ ...problem, file: path.join(".") })
              .split("\n")
              .slice(1)
              .join("\n")}\n`,
          );
      }
    }
  } finally {
    rl.close();
  }
  return answers;
}

function stop(message: Bilingual, code: number): never {
  process.stderr.write(`✖ ${message.id}\n✖ ${message.en}\n`);
  process.exit(code);
}

if (existsSync(target) && !values.force)
  stop(
    b(
      `${file} sudah ada dan tidak diubah. Ubah isinya dengan editor teks, atau tulis ulang dengan npm run setup -- --force.`,
      `${file} already exists and was not changed. Edit it in a text editor, or write it again with npm run setup -- --force.`,
    ),
    1,
  );

const answers = fromFlags() ?? (await fromQuestions());
if (!answers)
  stop(
    b(
      "Pertanyaan belum selesai dijawab; tidak ada berkas yang ditulis.",
      "The questions were not all answered; no file was written.",
    ),
    1,
  );
const text = asText(answers);
const checked = parseSettings(text, file);
if (!checked.ok) {
  process.stderr.write(
    formatReport(checked.problems, {
      headline: b("Pengaturan tidak ditulis", "Settings not written"),
      after: b(`${file} tidak diubah.`, `${file} was not changed.`),
    }),
  );
  process.exit(1);
}
writeFileSync(target, text, { flag: values.force ? "w" : "wx" });
process.stdout.write(
  `✔ ${file} ditulis. Jalankan npm run build untuk membangun situs dengan pengaturan ini.\n✔ ${file} written. Run npm run build to build the site with these settings.\n`,
);
