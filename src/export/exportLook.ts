/**
 * How exported drawings look: the editor's light theme (app/index.css,
 * app/canvas/edges/edgeStyle.ts, app/findings/SeverityIcon.tsx) restated
 * here because src/ cannot import the app. Exports are always drawn in the
 * light theme: they end up on the white page of a design document.
 */
import type { EdgeKind } from '../catalog/kinds';
import type { Severity } from '../rules/types';

export const FONT_FAMILY = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

export const GROUP_COLOR = {
  vpc: { stroke: '#8c4fff', fill: 'none' },
  public: { stroke: '#7aa116', fill: '#f2f6e8' },
  private: { stroke: '#00a4a6', fill: '#e6f6f7' },
} as const;

export const EDGE_COLOR: Readonly<Record<EdgeKind, string>> = {
  network: '#475569',
  vpn: '#7c3aed',
  assume: '#dd344c',
  access: '#b91c1c',
  replication: '#2563eb',
  logging: '#15803d',
  notification: '#be185d',
  key: '#b45309',
  load: '#0f766e',
};
/** An edge with an unsuppressed error is drawn in this colour, as on the canvas. */
export const EDGE_ALERT_COLOR = '#d13212';

/** Stroke width and dash of each edge kind: the canvas (app/canvas/edges/edgeStyle.ts) and the exports both draw from this. */
export const EDGE_STROKE: Readonly<Record<EdgeKind, { readonly width: number; readonly dash?: string }>> = {
  network: { width: 1.75 },
  vpn: { width: 2.25, dash: '10 4' },
  assume: { width: 1.5, dash: '6 4' },
  access: { width: 1.5, dash: '2 4' },
  replication: { width: 1.75, dash: '8 3 2 3' },
  logging: { width: 1.5, dash: '4 3' },
  notification: { width: 1.5, dash: '2 3' },
  key: { width: 1.75, dash: '12 3 3 3' },
  load: { width: 1.5, dash: '6 2' },
};

export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = { error: '#d13212', warning: '#b7791f', info: '#2563eb' };
export const SUPPRESSED_COLOR = '#64748b';

export const TEXT_COLOR = { strong: '#0f172a', body: '#1e293b', muted: '#475569' } as const;

/** Measures a line of text in px; the app passes the browser's own measure, tests and Node use the estimate. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/** Advance widths of Helvetica/Arial (per 1000 em) for ASCII 32-126. */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
  722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/**
 * A font-independent estimate, a little generous (fonts such as DejaVu Sans
 * run about 10% wider than Arial) so pills and badges never clip their text.
 */
export const estimateText: MeasureText = (text, fontSize, bold) => {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code <= 126) units += ASCII_WIDTHS[code - 32]!;
    else if (code >= 0x2e80) units += 1000;
    else units += 600;
  }
  return (units / 1000) * fontSize * (bold ? 1.18 : 1.1);
};
