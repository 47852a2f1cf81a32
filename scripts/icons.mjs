// npm run icons: renders public/icon/icon.svg (the one source of the artwork)
// into the PNG sizes the stores and browsers use. The PNGs are committed, so a
// build needs no renderer; run this after changing the SVG.
import { Resvg } from '@resvg/resvg-js';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const ICON_SIZES = [16, 32, 48, 96, 128];
const DIR = resolve(import.meta.dirname, '../public/icon');

const svg = await readFile(join(DIR, 'icon.svg'), 'utf8');
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  await writeFile(join(DIR, `${size}.png`), png);
  console.log(`icons: public/icon/${size}.png (${png.length} bytes)`);
}
