/**
 * Older files are upgraded one version at a time by an append-only chain:
 * `MIGRATIONS[n]` turns a version-n document into a version-(n+1) one. A step
 * is never edited once released; a format change adds the next step and its
 * test. Version 1 is the first version, so the chain is empty today; the
 * machinery is tested with a synthetic chain (migrations.test.ts) so the
 * first real step lands on code that already works.
 */
import { CURRENT_VERSION } from '../model/types';

export type RawDocument = Readonly<Record<string, unknown>>;
export type Migration = (doc: RawDocument) => RawDocument;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export const OLDEST_VERSION = 1;

export type MigrationResult =
  | { readonly ok: true; readonly doc: RawDocument; readonly from: number }
  | { readonly ok: false; readonly error: string };

export function migrate(
  doc: RawDocument,
  from: number,
  chain: Readonly<Record<number, Migration>> = MIGRATIONS,
  to: number = CURRENT_VERSION,
  oldest: number = OLDEST_VERSION,
): MigrationResult {
  if (from > to) {
    return {
      ok: false,
      error: `this diagram is format version ${from}, newer than this version of Ramparts understands (version ${to}); open it with a newer Ramparts`,
    };
  }
  if (from < oldest) {
    return { ok: false, error: `field "version": ${from} is not a Ramparts format version (the first is ${oldest})` };
  }
  let current = doc;
  for (let v = from; v < to; v++) {
    const step = chain[v];
    if (step === undefined) return { ok: false, error: `no migration from format version ${v} to ${v + 1}` };
    current = { ...step(current), version: v + 1 };
  }
  return { ok: true, doc: current, from };
}
