// Renders the extension's SVG master (src/extension/icon.svg) to PNG at any size, with no
// dependencies: the master is a few filled rounded rectangles, drawn here with 4×4 supersampling.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32.mjs';

const MASTER = readFileSync(new URL('../../src/extension/icon.svg', import.meta.url), 'utf8');
const CANVAS = Number(/viewBox="0 0 (\d+) \d+"/.exec(MASTER)[1]);
const attribute = (element, name) => new RegExp(`\\s${name}="([^"]+)"`).exec(element)?.[1];
/** The master's shapes, in drawing order. */
export const SHAPES = [...MASTER.matchAll(/<rect\b[^>]*>/g)].map(([element]) => {
  const [x, y, width, height, radius] = ['x', 'y', 'width', 'height', 'rx'].map((name) =>
    Number(attribute(element, name) ?? 0),
  );
  const fill = attribute(element, 'fill');
  return { x, y, width, height, radius, color: [1, 3, 5].map((at) => Number.parseInt(fill.slice(at, at + 2), 16)) };
});

function inside(shape, px, py) {
  if (px < shape.x || px > shape.x + shape.width || py < shape.y || py > shape.y + shape.height) return false;
  const cx = Math.min(Math.max(px, shape.x + shape.radius), shape.x + shape.width - shape.radius);
  const cy = Math.min(Math.max(py, shape.y + shape.radius), shape.y + shape.height - shape.radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= shape.radius ** 2;
}

/** One pixel: the shapes' colours averaged over 16 samples, with the coverage as alpha. */
function pixel(x, y, size) {
  const scale = CANVAS / size;
  const sum = [0, 0, 0];
  let covered = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = (x + (sx + 0.5) / 4) * scale;
      const py = (y + (sy + 0.5) / 4) * scale;
      const top = SHAPES.findLast((shape) => inside(shape, px, py));
      if (!top) continue;
      covered++;
      for (let channel = 0; channel < 3; channel++) sum[channel] += top.color[channel];
    }
  }
  if (covered === 0) return [0, 0, 0, 0];
  return [...sum.map((value) => Math.round(value / covered)), Math.round((covered / 16) * 255)];
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function iconPng(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
