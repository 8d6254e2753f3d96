/** Smallest and largest point radius, in screen pixels. */
export const MIN_RADIUS = 4;
export const MAX_RADIUS = 22;

/**
 * Point radius by fatalities on a square-root scale, so the AREA is proportional to the count
 * (a circle twice as wide would read as four times the dead). Unknown or zero counts get the
 * smallest point: the incident still happened.
 */
export function radiusFor(fatalities: number | undefined, maxFatalities: number): number {
  if (fatalities === undefined || fatalities <= 0 || maxFatalities <= 0) return MIN_RADIUS;
  const share = Math.sqrt(Math.min(fatalities, maxFatalities) / maxFatalities);
  return MIN_RADIUS + share * (MAX_RADIUS - MIN_RADIUS);
}

/** The count the largest point stands for: the largest best estimate among the shown incidents, at least 10. */
export function scaleMaximum(fatalities: Array<number | undefined>): number {
  return Math.max(10, ...fatalities.map((value) => value ?? 0));
}

/**
 * Drawing order: large points first so small ones stay clickable on top of them; the selected
 * incident last so its highlight is never hidden. Stable for equal sizes (ids break ties).
 */
export function drawingOrder<T extends { id: string; radius: number }>(points: readonly T[], selectedId: string | null): T[] {
  return [...points].sort((a, b) => {
    if (a.id === selectedId) return 1;
    if (b.id === selectedId) return -1;
    return b.radius - a.radius || a.id.localeCompare(b.id);
  });
}
