/**
 * The size of a PNG in pixels, from its IHDR chunk (bytes 16–23, big-endian), so the
 * picture is placed at its own proportions without an image library.
 */
export const pngSize = (bytes: Buffer): { width: number; height: number } => {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) {
    throw new Error('Not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

/** The largest box of the given proportions that fits in `maxWidth` × `maxHeight`. */
export const fitInto = (
  size: { width: number; height: number },
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } => {
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
};
