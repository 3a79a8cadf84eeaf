// The real clock, for the harness's own edge only (progress, wall-time figures, budgets):
// captured once at module load, before any world's guard could trap it, and never used
// inside a world.

const realPerformanceNow = performance.now.bind(performance);
const realDateNow = Date.now;

/** Milliseconds from an arbitrary origin, monotonic. */
export function wallNow(): number {
  return realPerformanceNow();
}

/** Milliseconds since the epoch (for timestamps in reports). */
export function wallDate(): number {
  return realDateNow();
}
