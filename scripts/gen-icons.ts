/**
 * Draws Tactful's toolbar icon (a speech bubble with a check mark) as PNGs in public/icon/.
 * Run: npx tsx scripts/gen-icons.ts — no image library needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Anti-aliased coverage by 4×4 supersampling of a shape test in unit coordinates. */
function draw(size: number, inside: (u: number, v: number) => 'bubble' | 'mark' | null): Buffer {
  const blue: [number, number, number] = [27, 95, 193];
  return png(size, (x, y) => {
    let bubble = 0;
    let mark = 0;
    for (let sy = 0; sy < 4; sy++)
      for (let sx = 0; sx < 4; sx++) {
        const hit = inside((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        if (hit === 'bubble') bubble++;
        if (hit === 'mark') mark++;
      }
    const a = (bubble + mark) / 16;
    if (a === 0) return [0, 0, 0, 0];
    const white = mark / (bubble + mark);
    return [
      Math.round(blue[0] + (255 - blue[0]) * white),
      Math.round(blue[1] + (255 - blue[1]) * white),
      Math.round(blue[2] + (255 - blue[2]) * white),
      Math.round(a * 255),
    ];
  });
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

const shape = (u: number, v: number): 'bubble' | 'mark' | null => {
  const inBody = (() => {
    const [x0, y0, x1, y1, r] = [0.06, 0.08, 0.94, 0.74, 0.18];
    const cx = Math.min(Math.max(u, x0 + r), x1 - r);
    const cy = Math.min(Math.max(v, y0 + r), y1 - r);
    return Math.hypot(u - cx, v - cy) <= r;
  })();
  const inTail = v >= 0.7 && v <= 0.95 && u >= 0.22 && u <= 0.46 && u - 0.22 <= (0.95 - v) * 0.96;
  if (!inBody && !inTail) return null;
  const stroke = 0.075;
  const onMark =
    segmentDistance(u, v, 0.28, 0.42, 0.44, 0.57) <= stroke || segmentDistance(u, v, 0.44, 0.57, 0.72, 0.26) <= stroke;
  return onMark ? 'mark' : 'bubble';
};

const dir = path.resolve(import.meta.dirname, '../public/icon');
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) fs.writeFileSync(path.join(dir, `${size}.png`), draw(size, shape));
console.log(`wrote icons to ${path.relative(process.cwd(), dir)}`);
