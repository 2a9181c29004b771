// Runs the end-to-end scenarios (*.test.mjs, Node's own test runner) and says plainly why when
// they can't run. CTest starts this file (CMakeLists.txt); `node run.mjs` works by hand too, and
// `node run.mjs chat.test.mjs` runs one scenario.
//
// Exit codes: the test runner's, or 77 (CTest's SKIP_RETURN_CODE) when Debian's Chromium isn't
// installed: on Ubuntu it only comes as a snap, which the suite doesn't use.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingPrograms, paths } from './lib/paths.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

if (!fs.existsSync(paths.chromium)) {
    console.log(`Skipped: the end-to-end tests need Debian's Chromium at ${paths.chromium}, which is not installed `
        + '(on Ubuntu it is only a snap). On Debian: sudo apt-get install chromium');
    process.exit(77);
}
const missing = missingPrograms();
if (missing.length > 0) {
    console.error(`The end-to-end tests can't find:\n  ${missing.join('\n  ')}\nBuild them first: `
        + 'cmake --build --preset test --target oscalis oscalis-reaper-sim oscalis_e2e_seed oscalis_e2e_npm');
    process.exit(1);
}
if (!fs.existsSync(path.join(here, 'node_modules', 'playwright-core'))) {
    console.error(`playwright-core is not installed in ${here}: run npm ci there (the build does it).`);
    process.exit(1);
}

const chosen = process.argv.slice(2);
const files = chosen.length > 0
    ? chosen
    : fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort();
// One scenario at a time: each starts its own studio and browser, and the machine may be small.
let failed = false;
for (const file of files) {
    const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', path.resolve(here, file)], { stdio: 'inherit', cwd: here });
    if (result.status !== 0) failed = true;
}
console.log(`Screenshots: ${paths.screenshots}`);
process.exit(failed ? 1 : 0);
