// Bundles the GitHub Action into one committed file, dist/index.js (`npm run bundle`).
// CI rebuilds it and fails when the committed bundle differs from the sources.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/action/main.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS dependencies call require() for Node built-ins; give them one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('wrote dist/index.js');
