// Bundles the GitHub Action into one committed file, dist/index.js (`npm run bundle`).
// CI rebuilds it and fails when the committed bundle differs from the sources. The benches
// bundle the current sources elsewhere: `tsx scripts/bundle.ts <outfile>`.
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/index.js';

// The holiday libraries are loaded with createRequire in the sources, which esbuild cannot see;
// the bundle takes scripts/bundled-libraries.ts instead, whose require() calls it bundles lazily.
const bundledLibraries: Plugin = {
  name: 'bundled-holiday-libraries',
  setup(b) {
    b.onResolve({ filter: /^\.\/libraries\.js$/ }, (args) =>
      args.resolveDir.endsWith(join('model', 'holidays')) ? { path: join(import.meta.dirname, 'bundled-libraries.ts') } : undefined);
  },
};

await build({
  entryPoints: ['src/action/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS dependencies call require() for Node built-ins; give them one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  plugins: [bundledLibraries],
  // jsonc-parser's "main" is a UMD build whose require('./impl/…') esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`wrote ${outfile}`);
