// Progress of a long sweep: on a terminal, one line redrawn in place (a bar, runs, runs/s,
// failures, ETA); otherwise (CI logs) a plain line every few seconds. Uses the real clock
// and timers: this is the harness's edge, never inside a world.

import { wallNow } from './clock.ts';
import { forTerminal } from './shell.ts';

export interface Progress {
  update(done: number, failures: number): void;
  /** prints a line above the bar (a failure, say) */
  note(line: string): void;
  finish(): void;
}

export function progressFor(total: number, stream: NodeJS.WriteStream = process.stderr, plainEveryMs = 10_000, unit = 'runs'): Progress {
  const started = wallNow();
  let done = 0;
  let failures = 0;
  let lastDraw = 0;
  const tty = stream.isTTY === true;
  const rate = () => done / Math.max(0.001, (wallNow() - started) / 1000);
  const eta = () => {
    const perSecond = rate();
    if (done === 0 || perSecond === 0) return '?';
    const seconds = Math.ceil((total - done) / perSecond);
    return seconds >= 120 ? `${Math.ceil(seconds / 60)} min` : `${seconds} s`;
  };
  const text = () => {
    const share = total > 0 ? done / total : 1;
    const width = 24;
    const filled = Math.round(share * width);
    const bar = tty ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
    return `${bar}${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${unit}  ${unit === 'runs' ? `${Math.round(rate()).toLocaleString('en-US')} runs/s  ${failures} failed` : `${failures} not caught`}  ETA ${eta()}`;
  };
  const draw = (force: boolean) => {
    const now = wallNow();
    if (!force && now - lastDraw < (tty ? 100 : plainEveryMs)) return;
    lastDraw = now;
    if (tty) stream.write(`\r\u001b[2K${text()}`);
    else stream.write(`progress: ${text()}\n`);
  };
  return {
    update(doneNow, failuresNow) {
      done = doneNow;
      failures = failuresNow;
      draw(false);
    },
    note(text) {
      const line = forTerminal(text);
      if (tty) stream.write(`\r\u001b[2K${line}\n`);
      else stream.write(`${line}\n`);
      if (tty) draw(true);
    },
    finish() {
      if (tty) stream.write(`\r\u001b[2K`);
      else draw(true);
    },
  };
}
