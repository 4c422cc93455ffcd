// Bundles the GitHub Action into one committed file, dist/index.js (`npm run bundle`).
// CI rebuilds it and fails when the committed bundle differs from the sources. The benches
// bundle the current sources elsewhere: `tsx scripts/bundle.ts <outfile>`.
//
// `--cli` bundles the command line instead, into lib/supportops.mjs (`npm run build` does, and
// package.json's bin runs it): one file starts about a fifth faster than the few hundred modules
// tsc writes to lib/, which Node's loader resolves, reads and links one by one. lib/ stays the
// library's API.
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

const cli = process.argv[2] === '--cli';
const entry = cli ? 'src/cli/main.ts' : 'src/action/main.ts';
const outfile = process.argv[cli ? 3 : 2] ?? (cli ? 'lib/supportops.mjs' : 'dist/index.js');

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
  entryPoints: [entry],
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
