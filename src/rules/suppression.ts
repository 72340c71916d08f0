/** When an accepted risk still counts as accepted. */
import type { Suppression } from '../model/types';

/**
 * A suppression without `expires` never expires; one with `expires`
 * suppresses through the end of that day, UTC.
 */
export function suppressionActive(s: Suppression, now: Date): boolean {
  if (s.expires === undefined) return true;
  const end = Date.parse(`${s.expires}T00:00:00Z`) + 24 * 60 * 60 * 1000;
  return now.getTime() < end;
}

export function suppressionExpired(s: Suppression, now: Date): boolean {
  return !suppressionActive(s, now);
}
