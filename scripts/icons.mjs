// Draws the home-screen icons from the logo (app/icon.svg): the manifest's into public/icons/, iOS's
// into app/apple-icon.png (Next links it as apple-touch-icon). Run after the logo changes:
// `node scripts/icons.mjs`. The PNGs are committed so the build needs no image library.
import { readFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const logo = readFileSync(path.join(root, "app/icon.svg"), "utf8");
const out = path.join(root, "public/icons");

const background = /<rect[^>]*fill="([^"]+)"/.exec(logo)?.[1];
const keypad = /<g[\s\S]*<\/g>/.exec(logo)?.[0];
if (!background || !keypad) throw new Error("app/icon.svg: expected a filled <rect> and a <g> of keys");

/**
 * The keypad on a full square of the logo's colour, scaled to `scale` of the side: a launcher that
 * cuts its own shape (Android's maskable icons, iOS) keeps the keys inside its safe zone.
 * @param {number} scale
 */
function fullBleed(scale) {
  const offset = (32 * (1 - scale)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(${offset} ${offset}) scale(${scale})">${keypad}</g></svg>`;
}

const icons = [
  { file: "icon-192.png", size: 192, svg: logo },
  { file: "icon-512.png", size: 512, svg: logo },
  // Android's safe zone is the centre circle of 80 % of the side; the keys stay well inside it.
  { file: "maskable-512.png", size: 512, svg: fullBleed(0.75) },
  { file: "../../app/apple-icon.png", size: 180, svg: fullBleed(0.9) },
];

mkdirSync(out, { recursive: true });
for (const { file, size, svg } of icons) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9 }).toFile(path.join(out, file));
  console.log(`${path.relative(root, path.join(out, file))}: ${size}×${size}`);
}
