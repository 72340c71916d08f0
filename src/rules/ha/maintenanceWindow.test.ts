import { describe, expect, it } from 'vitest';
import {
  formatMaintenanceWindow,
  formatWeekMinute,
  maintenanceWindowProblem,
  parseMaintenanceWindow,
  SUGGESTED_WINDOW,
} from './maintenanceWindow';

const SUN = 6 * 1440;

describe('parseMaintenanceWindow', () => {
  it('reads start and end as minutes since Monday 00:00 and the forward length', () => {
    expect(parseMaintenanceWindow('sun:03:00-sun:03:30')).toEqual({
      ok: true,
      start: SUN + 180,
      end: SUN + 210,
      durationMinutes: 30,
    });
    expect(parseMaintenanceWindow('mon:00:00-mon:00:30')).toMatchObject({ start: 0, end: 30, durationMinutes: 30 });
  });

  it('runs forward across midnight and across Sunday into Monday', () => {
    expect(parseMaintenanceWindow('tue:23:50-wed:00:20')).toMatchObject({ ok: true, durationMinutes: 30 });
    expect(parseMaintenanceWindow('sun:23:45-mon:00:15')).toMatchObject({ ok: true, start: SUN + 23 * 60 + 45, end: 15, durationMinutes: 30 });
  });

  it('counts an end before the start as wrapping the week', () => {
    expect(parseMaintenanceWindow('sun:03:30-sun:03:00')).toMatchObject({ ok: true, durationMinutes: 7 * 1440 - 30 });
  });

  it('gives 0 minutes when the start equals the end', () => {
    expect(parseMaintenanceWindow('wed:05:00-wed:05:00')).toMatchObject({ ok: true, durationMinutes: 0 });
  });

  it('reads day names case-insensitively', () => {
    expect(parseMaintenanceWindow('Sun:03:00-SUN:03:30')).toMatchObject({ ok: true, durationMinutes: 30 });
  });

  it.each([
    ['sun:3:00-sun:03:30', /hour "3"/],
    ['sun:24:00-mon:00:30', /hour "24"/],
    ['sun:03:60-sun:04:30', /minute "60"/],
    ['sun:03:00-sun:03:5', /minute "5"/],
    ['xyz', /not in the form/],
    ['sun:03:00', /not in the form/],
    ['sun:03:00-sun:03:30-mon:00:00', /not in the form/],
    ['sun:03:00-sun', /not in the form/],
    ['sunday:03:00-sunday:03:30', /"sunday" is not a day/],
    ['xyz:03:00-sun:03:30', /"xyz" is not a day/],
    [' sun:03:00-sun:03:30', /" sun" is not a day/],
    ['sun:03:00-sun:03:30 ', /minute "30 "/],
    ['sun:+3:00-sun:03:30', /hour "\+3"/],
    ['', /not in the form/],
  ])('refuses %j', (text, reason) => {
    const parsed = parseMaintenanceWindow(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe('maintenanceWindowProblem', () => {
  it('has nothing to say about an empty window or one of 30 minutes or more', () => {
    expect(maintenanceWindowProblem('')).toBeUndefined();
    expect(maintenanceWindowProblem('sun:03:00-sun:03:30')).toBeUndefined();
    expect(maintenanceWindowProblem('sat:22:00-sun:02:00')).toBeUndefined();
  });
  it('reports a short window with its length', () => {
    expect(maintenanceWindowProblem('sun:03:00-sun:03:29')).toEqual({
      kind: 'too-short',
      reason: 'it lasts 29 minutes, less than the 30 RDS requires',
    });
    expect(maintenanceWindowProblem('sun:03:00-sun:03:01')?.reason).toMatch(/lasts 1 minute,/);
    expect(maintenanceWindowProblem('sun:03:00-sun:03:00')?.reason).toMatch(/lasts 0 minutes/);
  });
  it('reports a malformed window as malformed', () => {
    expect(maintenanceWindowProblem('xyz')?.kind).toBe('malformed');
  });
});

describe('formatting', () => {
  it('writes minutes of the week back as ddd:hh:mm, wrapping past Sunday', () => {
    expect(formatWeekMinute(0)).toBe('mon:00:00');
    expect(formatWeekMinute(SUN + 23 * 60 + 59)).toBe('sun:23:59');
    expect(formatWeekMinute(7 * 1440 + 5)).toBe('mon:00:05');
  });
  it('round-trips a window', () => {
    expect(formatMaintenanceWindow(SUN + 23 * 60 + 45, 30)).toBe('sun:23:45-mon:00:15');
    expect(parseMaintenanceWindow(SUGGESTED_WINDOW)).toMatchObject({ ok: true, durationMinutes: 30 });
  });
});
