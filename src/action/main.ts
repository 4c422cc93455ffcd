// The Action's entry point (bundled to dist/index.js): it only calls run().
import { run } from './run-action.js';

await run();
