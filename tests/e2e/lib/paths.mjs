// Where the programs under test and the browser are. CTest passes the built programs' paths in
// the environment (tests/e2e/CMakeLists.txt); by hand, the test preset's build folder is used.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..', '..');
const build = path.join(repo, 'build', 'test');

export const paths = {
    app: process.env.OSCALIS_APP ?? path.join(build, 'app', 'oscalis'),
    simulator: process.env.OSCALIS_SIM ?? path.join(build, 'app', 'oscalis-reaper-sim'),
    seed: process.env.OSCALIS_E2E_SEED ?? path.join(build, 'tests', 'e2e', 'oscalis_e2e_seed'),
    /** Debian's Chromium; the suite never downloads a browser. */
    chromium: process.env.OSCALIS_CHROMIUM ?? '/usr/bin/chromium',
    screenshots: process.env.OSCALIS_E2E_SCREENSHOTS ?? path.join(build, 'e2e-screenshots'),
};

/** The paths that don't exist, in words. */
export function missingPrograms() {
    return Object.entries(paths)
        .filter(([name]) => name !== 'screenshots')
        .filter(([, file]) => !fs.existsSync(file))
        .map(([name, file]) => `${name}: ${file}`);
}
