// Bundles the GitHub Action into one committed file, dist/index.js (`npm run bundle`).
// CI rebuilds it and fails when the committed bundle differs from the sources. The benches
// bundle the current sources elsewhere: `tsx scripts/bundle.ts <outfile>`.
//
// `--cli [launcher]` bundles the command line instead (`npm run build` does): the code into
// lib/supportops-bundle.cjs, package.json's bin lib/supportops.mjs (scripts/cli-launcher.mjs)
// beside it, and a V8 code cache of the bundle, lib/supportops-bundle.code-cache, made by
// checking the shipped example once. One file starts about a fifth faster than the few hundred
// modules tsc writes to lib/, and from the code cache it skips parsing the bundle's 6 MB. The
// bundle is CommonJS because only a vm.Script takes a code cache on every supported Node.js.
// lib/ stays the library's API.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

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

// @actions/core imports its OIDC client, and with it @actions/http-client, whose module starts
// undici and a proxy tunnel when it loads (about 25 ms). The Action never asks for an OIDC token, so
// esbuild drops the client's code, but it keeps a module's start-up unless told it has no side
// effects that matter; @actions/http-client has none but those. (@actions/github's own copy
// loads only when a comment is posted: src/action/comment.ts.)
const httpClientWithoutSideEffects: Plugin = {
  name: 'http-client-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const found = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
      return found.errors.length > 0 ? undefined : { ...found, sideEffects: false };
    });
  },
};

// Large data modules the holiday library loads: V8 reads a JSON string with JSON.parse several
// times faster than the same data written as a JavaScript literal, which it must parse as code.
const DATA_MODULES = [['date-holidays', 'lib', 'data.cjs'], ['astronomia', 'lib', 'data', 'vsop87Bearth.cjs'], ['moment-timezone', 'data', 'packed', 'latest.json']].map((p) => join('node_modules', ...p));
const loadData = createRequire(import.meta.url);
const dataAsJson: Plugin = {
  name: 'data-as-json',
  setup(b) {
    b.onLoad({ filter: /\.(cjs|json)$/ }, (args) => {
      if (!DATA_MODULES.some((p) => args.path.endsWith(p))) return undefined;
      const data = loadData(args.path) as Record<string, unknown>;
      const text = (value: unknown) => {
        const json = JSON.stringify(value);
        if (!isDeepStrictEqual(JSON.parse(json), value)) throw new Error(`${args.path} holds more than JSON data`);
        return `JSON.parse(${JSON.stringify(json)})`;
      };
      const contents = args.path.endsWith('.json')
        ? `module.exports = ${text(data)};`
        : ['Object.defineProperty(exports, "__esModule", { value: true });', ...Object.keys(data).map((k) => `exports[${JSON.stringify(k)}] = ${text(data[k])};`)].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

const common: BuildOptions = {
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  target: 'node20',
  plugins: [bundledLibraries, httpClientWithoutSideEffects, dataAsJson],
  // jsonc-parser's "main" is a UMD build whose require('./impl/…') esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * Bundles in memory and writes the one output file, `edit`ed, with every character past ASCII as
 * a \u escape. esbuild writes code as ASCII but copies comments as they are, and a few
 * dependencies' comments hold curly quotes or Greek letters. One such character makes V8 hold the
 * whole 7 MB source as a two-byte string: decoding it took 55-75 ms instead of about 20. An escape
 * reads the same in a comment, a string or a regular expression.
 */
async function bundle(options: BuildOptions & { outfile: string }, edit = (text: string) => text): Promise<void> {
  const { outputFiles } = await build({ ...options, write: false });
  // eslint-disable-next-line no-control-regex
  const text = edit(outputFiles[0]!.text).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  mkdirSync(dirname(options.outfile), { recursive: true });
  writeFileSync(options.outfile, text);
}

if (!cli) {
  await bundle({
    ...common,
    outfile,
    format: 'esm',
    // Bundled CommonJS dependencies call require() for Node built-ins; give them one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  });
} else {
  const dir = dirname(outfile);
  const code = join(dir, 'supportops-bundle.cjs');
  const cache = join(dir, 'supportops-bundle.code-cache');
  await bundle(
    {
      ...common,
      outfile: code,
      format: 'cjs',
      // The sources find their package folder and their own file from import.meta.url.
      define: { 'import.meta.url': '__supportopsModuleUrl' },
      banner: { js: "const __supportopsModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    },
    // The launcher wraps the bundle in a function, where the entry's #! line would not parse.
    (text) => text.replace(/^#![^\n]*\n/, ''),
  );
  copyFileSync(join(import.meta.dirname, 'cli-launcher.mjs'), outfile);
  chmodSync(outfile, 0o755);
  rmSync(cache, { force: true });
  const example = join(import.meta.dirname, '..', 'policies');
  if (existsSync(example)) {
    // Findings (exit 1) are fine here: the run is for the code it compiles, not for its verdict.
    const run = spawnSync(process.execPath, [outfile, 'check', example, '--as-of', '2026-11-23', '--no-cache', '--format', 'json'], { env: { ...process.env, SUPPORTOPS_CODE_CACHE_OUT: cache }, stdio: 'ignore' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`the run that makes the code cache failed (exit ${run.status}): try node ${outfile} check ${example}`);
  }
}
console.log(`wrote ${outfile}`);
