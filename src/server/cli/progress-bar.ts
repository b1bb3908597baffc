/*
 * A progress bar for long CLI work, on stderr so stdout stays the result. On a terminal it is
 * redrawn in place (at most ten times a second); into a file or a pipe it is a plain line at
 * every tenth of the way, or every ten seconds, whichever comes first.
 */

export type ProgressView = { bytes: number; totalBytes: number; rows: number; elapsedMs: number };

const BAR_WIDTH = 30;
const REDRAW_MS = 100;
const PLAIN_EVERY_MS = 10_000;

const count = (n: number) => Math.round(n).toLocaleString('en-US');

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function formatProgress(view: ProgressView, bar = true): string {
  const share = view.totalBytes > 0 ? Math.min(1, view.bytes / view.totalBytes) : 1;
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const rate = view.elapsedMs > 0 ? (view.rows * 1000) / view.elapsedMs : 0;
  const eta = share > 0 && share < 1 ? formatDuration((view.elapsedMs * (1 - share)) / share) : share >= 1 ? '0:00' : '--:--';
  const filled = Math.round(share * BAR_WIDTH);
  const drawn = bar ? `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ` : '';
  return `${drawn}${percent}  ${count(view.rows)} rows  ${count(rate)} rows/s  ETA ${eta}`;
}

export type ProgressBar = { update(bytes: number, rows: number): void; done(): void };

export function createProgressBar(stream: NodeJS.WriteStream, totalBytes: number, now: () => number = Date.now): ProgressBar {
  const started = now();
  const tty = Boolean(stream.isTTY);
  let lastDraw = 0;
  let lastTenth = -1;
  let last: ProgressView = { bytes: 0, totalBytes, rows: 0, elapsedMs: 0 };

  function draw(force: boolean): void {
    const at = now();
    if (tty) {
      if (!force && at - lastDraw < REDRAW_MS) return;
      stream.write(`\r${formatProgress(last)}\x1b[K`);
    } else {
      const tenth = totalBytes > 0 ? Math.floor((last.bytes / totalBytes) * 10) : 0;
      if (!force && tenth === lastTenth && at - lastDraw < PLAIN_EVERY_MS) return;
      lastTenth = tenth;
      stream.write(`${formatProgress(last, false)}\n`);
    }
    lastDraw = at;
  }

  return {
    update(bytes, rows) {
      last = { bytes, totalBytes, rows, elapsedMs: now() - started };
      draw(false);
    },
    done() {
      last = { ...last, bytes: totalBytes, elapsedMs: now() - started };
      draw(true);
      if (tty) stream.write('\n');
    },
  };
}
