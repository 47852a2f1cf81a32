// npm run zip: the store packages, named after package.json's version (which
// the manifest takes too): the Chrome/Edge zip, the Firefox zip, and the
// sources zip Firefox Add-ons asks for (rebuilt as SOURCE_BUILD.md says).
import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));

for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  const r = spawnSync('npx', ['wxt', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) {
    console.error(`zip: \`wxt ${args.join(' ')}\` failed`);
    process.exit(r.status ?? 1);
  }
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`zip: Storewise ${version}`);
for (const [label, kind] of [
  ['Chrome Web Store, Edge Add-ons', 'chrome'],
  ['Firefox Add-ons', 'firefox'],
  ['Firefox Add-ons sources', 'sources'],
]) {
  const file = join(ROOT, '.output', `${name}-${version}-${kind}.zip`);
  const { size } = await stat(file);
  console.log(`  ${relative(process.cwd(), file).padEnd(40)} ${kib(size).padStart(10)}  ${label}`);
}
