// npm run package: store zips of the built extension, one per browser (artifacts/), each with the
// manifest keys that store expects.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zip } from './lib/zip.mjs';

const source = 'dist/extension';
const pkg = JSON.parse(await readFile('package.json', 'utf8'));

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat().sort();
}

const files = await filesUnder(source);
const manifest = JSON.parse(await readFile(join(source, 'manifest.json'), 'utf8'));
const stores = {
  // Chrome rejects keys it does not know with a warning; Firefox needs its own id.
  chrome: (({ browser_specific_settings: _gecko, ...rest }) => rest)(manifest),
  firefox: manifest,
};

await mkdir('artifacts', { recursive: true });
for (const [store, storeManifest] of Object.entries(stores)) {
  const entries = await Promise.all(
    files.map(async (file) => {
      const name = relative(source, file).split('\\').join('/');
      const data =
        name === 'manifest.json' ? Buffer.from(`${JSON.stringify(storeManifest, null, 2)}\n`) : await readFile(file);
      return { name, data };
    }),
  );
  const out = `artifacts/dreambooth-companion-${pkg.version}-${store}.zip`;
  await writeFile(out, zip(entries));
  console.log(`${out} (${entries.length} files)`);
}
