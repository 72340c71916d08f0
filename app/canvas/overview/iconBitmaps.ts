/**
 * Bitmap copies of the node icons, for the zoomed-out overview. An SVG
 * <image> is painted by replaying the icon's whole drawing, each time and for
 * each node: at 1,000 nodes the overview's first paint took 110-140 ms of
 * CPU with SVG icons and about 10 with bitmaps, and every later full repaint
 * (a zoom step, a layout slice) paid it again (traced, headless Chromium).
 * Zoomed out an icon is at most 15 CSS px wide (48 units below 30%), so a
 * 64 px bitmap stays sharp up to four device pixels per CSS pixel.
 * Until an icon's bitmap is made (a millisecond or two each, once per
 * session) its SVG is used, so nothing is ever drawn without its icon;
 * subscribers hear once a batch is ready and redraw with the bitmaps.
 */
import { imageOnCanvas } from '../../imageOnCanvas';

const SIZE = 64;

const ready = new Map<string, string>();
const pending = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

/** The bitmap for an icon when there is one, else the icon itself. */
export function overviewIcon(svgUrl: string): string {
  return ready.get(svgUrl) ?? svgUrl;
}

/** Whether every one of these icons has its bitmap already. */
export function haveIconBitmaps(urls: Iterable<string>): boolean {
  for (const url of urls) if (!ready.has(url)) return false;
  return true;
}

/** Makes bitmaps of the icons that have none yet; resolves when all are made (or failed, and stay SVG). */
export function prepareIconBitmaps(urls: Iterable<string>): Promise<void> {
  const list = [...urls];
  const waits: Promise<void>[] = [];
  let fresh = false;
  for (const url of list) {
    if (ready.has(url)) continue;
    let wait = pending.get(url);
    if (wait === undefined) {
      fresh = true;
      wait = rasterize(url).then(
        (bitmap) => void ready.set(url, bitmap),
        // An icon the browser cannot decode stays SVG: slower to paint, never missing.
        () => undefined,
      );
      pending.set(url, wait);
    }
    waits.push(wait);
  }
  return Promise.all(waits).then(() => {
    for (const url of list) pending.delete(url);
    if (!fresh) return;
    version++;
    for (const listener of listeners) listener();
  });
}

/** For useSyncExternalStore: changes whenever new bitmaps are ready. */
export function iconBitmapsVersion(): number {
  return version;
}

export function subscribeIconBitmaps(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function rasterize(url: string): Promise<string> {
  return (await imageOnCanvas(url, SIZE, SIZE)).toDataURL('image/png');
}
