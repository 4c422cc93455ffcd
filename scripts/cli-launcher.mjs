#!/usr/bin/env node
// The supportops executable (package.json's bin), as `npm run build` writes it to lib/: it runs
// the bundled command line, supportops-bundle.cjs, from the V8 code cache the build left beside
// it, so a run starts from compiled code instead of parsing megabytes of JavaScript first. A
// cache made by another Node.js (or missing) is rejected by V8 and the bundle compiles as usual:
// the cache only ever saves time, and what a command prints never depends on it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, 'supportops-bundle.cjs');
const cache = join(here, 'supportops-bundle.code-cache');
const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData: existsSync(cache) ? readFileSync(cache) : undefined });
// The build's own run: once the command is done, everything it compiled goes into the cache.
const out = process.env.SUPPORTOPS_CODE_CACHE_OUT;
if (out) process.on('exit', () => writeFileSync(out, script.createCachedData()));
const module = { exports: {} };
script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, here);
