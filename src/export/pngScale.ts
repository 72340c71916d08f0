/**
 * The pixel ratio a PNG export can really use. Chromium refuses canvases
 * over 16,384 px a side or about 268 million pixels, and a canvas near those
 * limits needs a gigabyte of memory, so a large diagram is drawn at a lower
 * ratio (the whole of it, smaller) rather than cropped or blank; the caller
 * tells the user when that happens.
 */
export const MAX_CANVAS_SIDE = 16_384;
/** A quarter of Chromium's area limit: 256 MB of RGBA, which a laptop tab can afford. */
export const MAX_CANVAS_AREA = 16_384 * 4_096;

export interface PngScale {
  readonly ratio: number;
  readonly width: number;
  readonly height: number;
  /** True when the requested ratio had to be lowered. */
  readonly reduced: boolean;
}

export function pngScale(width: number, height: number, requested: number): PngScale {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const limit = Math.min(MAX_CANVAS_SIDE / w, MAX_CANVAS_SIDE / h, Math.sqrt(MAX_CANVAS_AREA / (w * h)));
  // Rounded down to 1/100 so the pixel size never lands a pixel over the limit.
  const ratio = requested <= limit ? requested : Math.floor(limit * 100) / 100;
  return { ratio, width: Math.round(w * ratio), height: Math.round(h * ratio), reduced: ratio < requested };
}
