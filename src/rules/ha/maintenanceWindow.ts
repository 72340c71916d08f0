/**
 * The RDS maintenance window `ddd:hh:mm-ddd:hh:mm` (UTC), as controls.md
 * defines it for ha/maintenance-window. Kept apart from the rule so the
 * inspector can validate the field as the user types, with the same words.
 */

/** Days in week order, Monday first, so a window's minutes-of-week grow through the week. */
export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const MINUTES_PER_WEEK = 7 * 24 * 60;
/** RDS refuses a shorter preferred maintenance window. */
export const MIN_WINDOW_MINUTES = 30;
export const SUGGESTED_WINDOW = 'sun:03:00-sun:03:30';

export type ParsedMaintenanceWindow =
  | {
      readonly ok: true;
      /** Minutes since Monday 00:00 UTC. */
      readonly start: number;
      readonly end: number;
      /** Forward from start to end, wrapping past Sunday midnight; 0 when start equals end. */
      readonly durationMinutes: number;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Parses a window. Day names compare case-insensitively ("Sun" is sun), as
 * names do everywhere in the validator and as the RDS API accepts them;
 * anything else is strict: two-digit hours and minutes, no spaces.
 */
export function parseMaintenanceWindow(text: string): ParsedMaintenanceWindow {
  const halves = text.split('-');
  if (halves.length !== 2) return malformed();
  const start = parseTime(halves[0]!);
  if (typeof start === 'string') return { ok: false, reason: start };
  const end = parseTime(halves[1]!);
  if (typeof end === 'string') return { ok: false, reason: end };
  return { ok: true, start, end, durationMinutes: (end - start + MINUTES_PER_WEEK) % MINUTES_PER_WEEK };
}

/** Minutes since Monday 00:00, or why the `ddd:hh:mm` part is wrong. */
function parseTime(part: string): number | string {
  const fields = part.split(':');
  if (fields.length !== 3) return malformed().reason;
  const [dayText, hourText, minuteText] = fields as [string, string, string];
  const day = (WEEK_DAYS as readonly string[]).indexOf(dayText.toLowerCase());
  if (day < 0) return `"${clip(dayText)}" is not a day (mon, tue, wed, thu, fri, sat or sun)`;
  if (!/^\d\d$/.test(hourText) || Number(hourText) > 23) return `hour "${clip(hourText)}" is not two digits from 00 to 23`;
  if (!/^\d\d$/.test(minuteText) || Number(minuteText) > 59) {
    return `minute "${clip(minuteText)}" is not two digits from 00 to 59`;
  }
  return day * 24 * 60 + Number(hourText) * 60 + Number(minuteText);
}

function malformed(): { ok: false; reason: string } {
  return { ok: false, reason: 'it is not in the form ddd:hh:mm-ddd:hh:mm' };
}

function clip(text: string): string {
  return text.length > 12 ? `${text.slice(0, 12)}…` : text;
}

/**
 * What is wrong with a window, in words for a finding or a field hint, or
 * undefined when it is empty (AWS picks one) or valid and long enough.
 */
export function maintenanceWindowProblem(
  text: string,
): { readonly kind: 'malformed' | 'too-short'; readonly reason: string } | undefined {
  if (text === '') return undefined;
  const parsed = parseMaintenanceWindow(text);
  if (!parsed.ok) return { kind: 'malformed', reason: parsed.reason };
  if (parsed.durationMinutes >= MIN_WINDOW_MINUTES) return undefined;
  return {
    kind: 'too-short',
    reason: `it lasts ${parsed.durationMinutes} minute${parsed.durationMinutes === 1 ? '' : 's'}, less than the ${MIN_WINDOW_MINUTES} RDS requires`,
  };
}

/** `ddd:hh:mm` for a minute of the week (taken modulo the week). */
export function formatWeekMinute(minuteOfWeek: number): string {
  const m = ((minuteOfWeek % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
  const day = WEEK_DAYS[Math.floor(m / 1440)]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}:${pad(Math.floor((m % 1440) / 60))}:${pad(m % 60)}`;
}

/** A window of `minutes` starting at the given minute of the week. */
export function formatMaintenanceWindow(start: number, minutes: number): string {
  return `${formatWeekMinute(start)}-${formatWeekMinute(start + minutes)}`;
}
