/**
 * A long build's progress on stderr: one line that updates itself on a terminal, one line per
 * finished batch in a log (CI), so a 20-minute build never looks stuck. A small build (one batch,
 * or a few centres: seconds) prints nothing.
 */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  /** Clears the updating line before the result is printed; safe to call more than once. */
  readonly end: () => void;
}

/** Below this many centres a build takes seconds, and a progress line is only noise. */
const LONG_BUILD = 10;

export function progressOnStderr(stream: NodeJS.WriteStream = process.stderr): Progress {
  let shown = false;
  return {
    update(done, total) {
      if (!shown && (done >= total || total < LONG_BUILD)) return;
      const line = `etalase: ${done}/${total} sentra/centres`;
      stream.write(stream.isTTY ? `\r${line}\u001b[K` : `${line}\n`);
      shown = true;
    },
    end() {
      if (shown && stream.isTTY) stream.write("\r\u001b[K");
      shown = false;
    },
  };
}
