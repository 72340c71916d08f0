/**
 * The export actions behind the Export menu. This module (with the icon
 * sources and fflate's zip) is loaded on first use, so the editor's start-up
 * bundle does not carry it. Every export draws the diagram as it is in the
 * store, whatever is on screen: the canvas only renders what is in view, so
 * the drawing never comes from the DOM.
 */
import { strToU8, zipSync } from 'fflate';
import { FONT_FAMILY, type MeasureText } from '../../src/export/exportLook';
import { fileNameOf } from '../../src/export/fileName';
import { pngScale, type PngScale } from '../../src/export/pngScale';
import { writePngText } from '../../src/export/pngText';
import { reviewReport } from '../../src/export/reviewReport';
import { svgExport, type SvgDrawing } from '../../src/export/svgExport';
import { writeDiagram } from '../../src/format/writeDiagram';
import type { Diagram } from '../../src/model/types';
import type { Finding } from '../../src/rules/types';
import { useFindings } from '../findings/findingsStore';
import { useEditor } from '../store/editorStore';
import { downloadBlob } from './download';
import { downloadDiagramJson } from '../io/saveFile';
import { iconSource } from './iconSources';
import { imageOnCanvas } from '../imageOnCanvas';

export { loadIconSources } from './iconSources';

export type PngBackground = 'white' | 'transparent';

function current(): { diagram: Diagram; findings: readonly Finding[]; name: string } {
  const diagram = useEditor.getState().diagram;
  return { diagram, findings: useFindings.getState().findings, name: fileNameOf(diagram.title) };
}

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Text widths from the browser's own font metrics, so pills and badges fit their text in the PNG exactly. */
const measure: MeasureText = (text, size, bold) => {
  const key = `${size}${bold ? 'b' : ''}\u0000${text}`;
  const hit = widths.get(key);
  if (hit !== undefined) return hit;
  context ??= document.createElement('canvas').getContext('2d');
  if (context === null) return text.length * size * 0.6;
  context.font = `${bold ? 700 : 400} ${size}px ${FONT_FAMILY}`;
  const w = context.measureText(text).width;
  widths.set(key, w);
  return w;
};

function drawing(diagram: Diagram, findings: readonly Finding[], options: { background?: PngBackground } = {}): SvgDrawing {
  return svgExport(diagram, findings, iconSource, { ...options, measure });
}

/** The PNG's pixel size at each ratio, for the options dialog. */
export function pngPlans(): Record<1 | 2 | 3, PngScale> {
  const { diagram, findings } = current();
  const d = drawing(diagram, findings);
  return { 1: pngScale(d.width, d.height, 1), 2: pngScale(d.width, d.height, 2), 3: pngScale(d.width, d.height, 3) };
}

/** Rasterises the SVG drawing in the browser: an <img> of a blob: URL (allowed by the CSP's img-src), drawn on a canvas. */
async function rasterise(svg: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const canvas = await imageOnCanvas(url, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // Free the canvas memory now rather than at the next collection.
    canvas.width = 0;
    canvas.height = 0;
    if (blob === null) throw new Error('the browser could not encode the image');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The PNG with the diagram's canonical JSON in its iTXt chunk, so importing the image re-opens the diagram. */
export async function pngBytes(ratio: number, background: PngBackground): Promise<{ bytes: Uint8Array; scale: PngScale }> {
  const { diagram, findings } = current();
  const base = drawing(diagram, findings, { background });
  const scale = pngScale(base.width, base.height, ratio);
  const png = await rasterise(base.sizedTo(scale.width, scale.height), scale.width, scale.height);
  return { bytes: writePngText(png, writeDiagram(diagram)), scale };
}

export async function exportPng(ratio: number, background: PngBackground): Promise<PngScale> {
  const { name } = current();
  const { bytes, scale } = await pngBytes(ratio, background);
  downloadBlob(new Blob([bytes as BlobPart], { type: 'image/png' }), `${name}.png`);
  return scale;
}

export function exportSvg(): void {
  const { diagram, findings, name } = current();
  downloadBlob(new Blob([drawing(diagram, findings).svg], { type: 'image/svg+xml' }), `${name}.svg`);
}

export function exportJson(): void {
  downloadDiagramJson(current().diagram);
}

/** A zip of `<title>-review.md` and the `<title>.png` it shows, ready to drop beside a design doc. */
export async function exportReviewReport(): Promise<void> {
  const { diagram, findings, name } = current();
  const image = `${name}.png`;
  const markdown = reviewReport(diagram, findings, { now: new Date(), image });
  const { bytes } = await pngBytes(2, 'white');
  const zip = zipSync({ [`${name}-review.md`]: strToU8(markdown), [image]: [bytes, { level: 0 }] });
  downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), `${name}-review.zip`);
}

/** The report's Markdown on the clipboard (without the image line: there is no file beside it to show). */
export async function copyReviewMarkdown(): Promise<void> {
  const { diagram, findings } = current();
  await navigator.clipboard.writeText(reviewReport(diagram, findings, { now: new Date() }));
}
