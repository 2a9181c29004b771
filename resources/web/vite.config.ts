// Builds the browser client into OSCALIS_WEB_DIST (CMake points it into the build folder; by
// default ./dist). index.html and sw.js keep their names; everything else goes to /assets/ with a
// content hash, which the server marks immutable.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = __dirname;
const outDir = process.env.OSCALIS_WEB_DIST ? resolve(process.env.OSCALIS_WEB_DIST) : resolve(root, 'dist');

function filesUnder(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * Writes the app shell into sw.js: the URL of every built file and of every file in public/, and
 * a version made from their contents (a new build → a new cache, the old one is dropped).
 */
function serviceWorkerShell(): Plugin {
    let publicDir = '';
    return {
        name: 'oscalis-service-worker-shell',
        apply: 'build',
        configResolved(config) {
            publicDir = config.publicDir;
        },
        generateBundle(_options, bundle) {
            const sw = bundle['sw.js'];
            if (!sw || sw.type !== 'chunk') {
                this.error('sw.js was not built');
                return;
            }
            const hash = createHash('sha256');
            const urls: string[] = ['/'];
            for (const name of Object.keys(bundle).sort()) {
                if (name === 'sw.js') continue;
                const item = bundle[name];
                hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
                if (name !== 'index.html') urls.push(`/${name}`);
            }
            for (const path of filesUnder(publicDir).sort()) {
                const name = relative(publicDir, path).split(sep).join('/');
                hash.update(name).update(readFileSync(path));
                urls.push(`/${name}`);
            }
            const version = hash.digest('hex').slice(0, 16);
            const code = sw.code
                .replace(/__OSCALIS_SHELL__/g, JSON.stringify(urls))
                .replace(/__OSCALIS_VERSION__/g, JSON.stringify(version));
            if (code === sw.code) this.error('sw.js has no __OSCALIS_SHELL__ placeholder');
            sw.code = code;
        },
    };
}

export default defineConfig({
    root,
    base: '/',
    publicDir: resolve(root, 'public'),
    plugins: [serviceWorkerShell()],
    build: {
        outDir,
        emptyOutDir: true,
        target: 'es2020',
        sourcemap: false,
        // The polyfill would be an inline script, which the Content-Security-Policy forbids.
        modulePreload: { polyfill: false },
        assetsInlineLimit: 0,
        rollupOptions: {
            input: {
                index: resolve(root, 'index.html'),
                sw: resolve(root, 'src/sw/sw.ts'),
            },
            output: {
                entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
                chunkFileNames: 'assets/[name]-[hash].js',
                assetFileNames: 'assets/[name]-[hash][extname]',
            },
        },
    },
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    test: {
        include: ['tests/**/*.test.ts'],
        environment: 'node',
    },
});
