/**
 * An image (any URL the CSP's img-src allows: data:, blob:, the app's own)
 * decoded and drawn on a new canvas of the given size, for the PNG export
 * and the overview's icon bitmaps.
 */
export async function imageOnCanvas(url: string, width: number, height: number): Promise<HTMLCanvasElement> {
  const img = new Image(width, height);
  img.src = url;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('the browser could not create a canvas of that size');
  ctx.drawImage(img, 0, 0, width, height);
  return canvas;
}
