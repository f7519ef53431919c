// Whether this browser can draw the emotion markers (😡 😟 😐 🙂 😍) in
// colour. Without a colour-emoji font they come out as empty boxes or grey
// outlines: draw one on a canvas and look for a coloured pixel.
const PROBE = '😍';
const SIZE = 32;

export function canDrawColourEmoji(document: Document): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  // No canvas (a test environment): nothing to say.
  if (context === null) return true;
  context.textBaseline = 'top';
  context.font = `${SIZE - 8}px sans-serif`;
  context.fillText(PROBE, 0, 0);
  const { data } = context.getImageData(0, 0, SIZE, SIZE);
  for (let index = 0; index < data.length; index += 4) {
    const [red = 0, green = 0, blue = 0, alpha = 0] = [data[index], data[index + 1], data[index + 2], data[index + 3]];
    // fillText draws black: any pixel with colour in it came from a colour font.
    if (alpha > 0 && Math.max(red, green, blue) - Math.min(red, green, blue) > 40) return true;
  }
  return false;
}
