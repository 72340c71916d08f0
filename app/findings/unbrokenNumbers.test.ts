import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { unbrokenNumbers } from './unbrokenNumbers';

type Span = ReactElement<{ className: string; children: string }>;
const parts = (node: ReactNode): ReactNode[] => (Array.isArray(node) ? node : [node]);
const textOf = (node: ReactNode): string => parts(node).map((p) => (isValidElement(p) ? (p as Span).props.children : String(p))).join('');
const kept = (node: ReactNode): string[] => parts(node).filter((p): p is Span => isValidElement(p)).map((p) => p.props.children);

describe('unbrokenNumbers', () => {
  const message = 'web 1 → app 3 (tcp 8080) is blocked: no entry allowing the reply, tcp 1024-65535, to 10.1.1.0/24; add one';

  it('keeps port ranges and CIDRs on one line, and only them', () => {
    const out = unbrokenNumbers(message);
    expect(kept(out)).toEqual(['1024-65535', '10.1.1.0/24']);
    for (const p of parts(out)) if (isValidElement(p)) expect((p as Span).props.className).toBe('whitespace-nowrap');
  });

  it('leaves the text itself as it was', () => {
    expect(textOf(unbrokenNumbers(message))).toBe(message);
    expect(textOf(unbrokenNumbers('0.0.0.0/0 at the start'))).toBe('0.0.0.0/0 at the start');
    expect(kept(unbrokenNumbers('ends with 22-22'))).toEqual(['22-22']);
  });

  it('returns a text with nothing to keep together unchanged', () => {
    expect(unbrokenNumbers('tcp 8080 from sg-1 to the self-managed host')).toBe('tcp 8080 from sg-1 to the self-managed host');
  });
});
