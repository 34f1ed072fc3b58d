import type { Writable } from 'node:stream';

/** How often the progress line is redrawn, at most. */
const REDRAW_MS = 200;

/**
 * A one-line progress display on a terminal's stderr: articles done out of files found so far
 * (the total is final once the inputs have all been listed), rate, time left and failures.
 * Writes nothing when the stream is not a terminal.
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private found = 0;
  private listed = false;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = performance.now();

  constructor(private readonly stream: Writable & { isTTY?: boolean; columns?: number }) {}

  /** Whether anything will be shown. */
  get active(): boolean {
    return this.stream.isTTY === true;
  }

  /** Files found so far, and whether listing is over. */
  discovered(count: number, finished: boolean): void {
    this.found = count;
    this.listed = finished;
    this.draw(false);
  }

  /** One article done (or failed). */
  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    this.draw(false);
  }

  /** Clear the line before other output or at the end. */
  clear(): void {
    if (this.active && this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(force: boolean): void {
    if (!this.active) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const total = this.listed ? String(Math.max(this.found, this.done)) : `${this.found}+`;
    const left = this.listed && rate > 0 ? Math.max(0, (this.found - this.done) / rate) : null;
    const eta = left === null ? '' : ` · ${formatDuration(left)} left`;
    const line = `claimkit: ${this.done}/${total} · ${rate.toFixed(1)}/s${eta} · ${this.failed} failed`;
    this.stream.write(`\r\x1b[2K${line.slice(0, (this.stream.columns ?? 100) - 1)}`);
    this.drawn = true;
  }
}

/** "1h02m", "3m05s", "42s". */
function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}
