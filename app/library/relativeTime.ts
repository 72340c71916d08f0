/** "edited 3 min ago": coarse on purpose, as in file browsers. */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function editedAgo(time: number, now: number): string {
  const age = Math.max(0, now - time);
  if (age < 45_000) return 'edited just now';
  if (age < HOUR) return `edited ${Math.max(1, Math.round(age / MINUTE))} min ago`;
  if (age < DAY) return `edited ${Math.round(age / HOUR)} h ago`;
  if (age < 2 * DAY) return 'edited yesterday';
  if (age < 7 * DAY) return `edited ${Math.floor(age / DAY)} days ago`;
  const date = new Date(time);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return `edited ${date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) })}`;
}

export function clockTime(time: number): string {
  return new Date(time).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
