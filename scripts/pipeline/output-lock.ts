/**
 * One build at a time per output folder: two builds publishing into the same folder would delete
 * each other's staging folder and both fail. A lock file beside the output names the build that
 * holds it; a second build is refused, and a lock whose process is gone (killed, power cut) is
 * taken over, so it never blocks for good.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { bilingual as b } from "../problems/problem.ts";
import { OutputFolderError } from "./output-folder.ts";

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** Beside the output, not in it: the output folder itself is swapped when the site is published. */
export function lockFileOf(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.etalase-lock`);
}

async function readHolder(lock: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(lock, "utf8")) as Partial<Holder>;
    return typeof holder.pid === "number" && typeof holder.host === "string"
      ? { pid: holder.pid, host: holder.host, since: String(holder.since) }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A process on another machine (a shared disk) cannot be asked: its lock counts as held. */
function isRunning(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the lock of a build that was killed; a lock whose build still runs, or unreadable, stays. */
export async function removeDeadLock(outDir: string): Promise<void> {
  const holder = await readHolder(lockFileOf(outDir));
  if (holder && !isRunning(holder)) await rm(lockFileOf(outDir), { force: true });
}

function busy(outDir: string, lock: string, holder: Holder | undefined): OutputFolderError {
  const where = holder && holder.host !== hostname() ? ` @ ${holder.host}` : "";
  const who = holder
    ? b(
        `pid ${holder.pid}${where}, mulai ${holder.since}`,
        `pid ${holder.pid}${where}, started ${holder.since}`,
      )
    : b("pid tidak diketahui", "pid unknown");
  return new OutputFolderError(
    b(
      `Build lain sedang menulis ke folder keluaran "${outDir}" (${who.id}); build ini tidak dijalankan.`,
      `Another build is writing to the output folder "${outDir}" (${who.en}); this build did not run.`,
    ),
    b(
      `tunggu build itu selesai, lalu jalankan lagi. Jika tidak ada build yang berjalan, hapus berkas kunci "${lock}" lalu jalankan lagi.`,
      `wait for that build to finish, then run again. If no build is running, delete the lock file "${lock}" and run again.`,
    ),
  );
}

/**
 * Runs `work` holding the lock of `outDir` (a real path), and releases it after. Two builds that
 * find the same dead lock at the same instant could both take it over; a lock is left behind
 * only by a killed build, so that needs a kill and two starts within the same moment.
 */
export async function withOutputLock<T>(outDir: string, work: () => Promise<T>): Promise<T> {
  const lock = lockFileOf(outDir);
  const mine: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  await mkdir(dirname(outDir), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lock, `${JSON.stringify(mine)}\n`, { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await readHolder(lock);
    // An unreadable lock may be one being written this instant: only a dead holder is taken over.
    if (!holder || isRunning(holder) || attempt > 0) throw busy(outDir, lock, holder);
    await rm(lock, { force: true });
  }
  try {
    return await work();
  } finally {
    if ((await readHolder(lock))?.pid === mine.pid) await rm(lock, { force: true });
  }
}
