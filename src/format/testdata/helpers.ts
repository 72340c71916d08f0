/** Shared helpers for the format tests: raw documents, fixture loading, result unwrapping. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ReadResult } from '../readDiagram';
import type { Diagram } from '../../model/types';

export const FIXTURE_SIZES = [25, 100, 1000, 5000] as const;

/** The benchmark fixtures the project keeps under bench/fixtures (never ../shared). */
export function fixtureText(size: (typeof FIXTURE_SIZES)[number]): string {
  return readFileSync(new URL(`../../../bench/fixtures/design-${size}.ramparts.json`, import.meta.url), 'utf8');
}

/** Test data kept next to these tests. */
export function testdataText(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

/** A raw (unvalidated) version-1 document. */
export function doc(nodes: unknown[], edges: unknown[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'ramparts-diagram', version: 1, nodes, edges, ...extra };
}

export function okDiagram(result: ReadResult): Diagram {
  if (!result.ok) {
    expect.unreachable(`expected the diagram to read, got errors:\n${result.errors.join('\n')}`);
  }
  return result.diagram;
}

export function errorsOf(result: ReadResult): readonly string[] {
  if (result.ok) expect.unreachable('expected input errors, but the diagram read');
  return result.errors;
}

/** A snapshot of Object.prototype's own keys, to show nothing was added to it. */
export function prototypeKeys(): string[] {
  return Reflect.ownKeys(Object.prototype).map(String).sort();
}
