/**
 * Turning an exported picture into a file the user keeps: the SVG from
 * renderNetworkSvg rasterised to PNG, and any Blob saved as a download.
 */

/**
 * Browsers refuse (or silently blank) canvases past roughly 16k pixels a side or a few
 * hundred megapixels; Safari's area limit is the lowest. Stay well under all of them.
 */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 40_000_000;

/** The scale actually used: `wanted`, or less if the picture would pass the canvas limits. */
export const pngScale = (width: number, height: number, wanted = 2): number =>
  Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));

const loadImage = async (url: string): Promise<HTMLImageElement> => {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
};

/** Draws the SVG (its size in CSS pixels) at `scale`× on a white background and encodes it as PNG. */
export const svgToPngBlob = async (svg: string, width: number, height: number, scale = 2): Promise<Blob> => {
  const factor = pngScale(width, height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(width * factor));
  canvas.height = Math.max(1, Math.floor(height * factor));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  // A blob: URL rather than a data: URL: large SVGs stay out of a giant string, and the
  // Content-Security-Policy allows blob: images. A pure-vector SVG does not taint the canvas.
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
};

/** Offers `blob` as a download named `fileName` (browser mode; Electron asks where to save). */
export const saveBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
