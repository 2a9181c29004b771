// The studio computer of one scenario, made of real processes: a band database written by
// oscalis_e2e_seed, the REAPER simulator (oscalis-reaper-sim) on a free UDP port, and
// `oscalis --headless` connected to it, serving the browser client over HTTPS on a free TCP port
// from a private data and config folder (its own self-signed certificate and settings).
// Every process it starts is stopped again by close(), and by the exit handlers below when a
// scenario dies half-way.

import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { paths } from './paths.mjs';

/** How long a process may take to say it is ready, on a busy machine. */
const startTimeoutMs = 30_000;

const running = new Set();
const folders = new Set();
function killAll() {
    for (const child of running) {
        try {
            child.kill('SIGKILL');
        } catch {
            // Already gone.
        }
    }
    if (!process.env.OSCALIS_E2E_KEEP) {
        for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
    }
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
        killAll();
        process.exit(128 + os.constants.signals[signal]);
    });
}

/** A child process whose standard output and error are kept, to wait for what it says. */
class Child {
    constructor(name, command, args, env) {
        this.name = name;
        this.output = '';
        this.waiters = new Set();
        this.process = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        running.add(this.process);
        this.exited = new Promise((resolve) => {
            this.process.on('exit', (code, signal) => {
                running.delete(this.process);
                this.exitStatus = { code, signal };
                for (const waiter of this.waiters) waiter.check();
                resolve(this.exitStatus);
            });
        });
        for (const stream of [this.process.stdout, this.process.stderr]) {
            stream.setEncoding('utf8');
            stream.on('data', (text) => {
                this.output += text;
                for (const waiter of this.waiters) waiter.check();
            });
        }
    }

    get alive() {
        return this.exitStatus === undefined;
    }

    /** Resolves with the match once the output (from offset on) matches pattern. */
    waitFor(pattern, { from = 0, timeoutMs = startTimeoutMs } = {}) {
        return new Promise((resolve, reject) => {
            const waiter = {
                check: () => {
                    const match = pattern.exec(this.output.slice(from));
                    if (match) {
                        finish();
                        resolve(match);
                    } else if (!this.alive) {
                        finish();
                        reject(new Error(`${this.name} stopped (${describeExit(this.exitStatus)}) before saying ${pattern}. It said:\n${this.output}`));
                    }
                },
            };
            const timer = setTimeout(() => {
                finish();
                reject(new Error(`${this.name} did not say ${pattern} within ${timeoutMs / 1000} s. It said:\n${this.output}`));
            }, timeoutMs);
            const finish = () => {
                clearTimeout(timer);
                this.waiters.delete(waiter);
            };
            this.waiters.add(waiter);
            waiter.check();
        });
    }

    /** Sends signal and waits until the process is gone (SIGKILL after timeoutMs). */
    async stop(signal = 'SIGTERM', timeoutMs = 10_000) {
        if (!this.alive) return this.exitStatus;
        this.process.kill(signal);
        const timer = setTimeout(() => this.process.kill('SIGKILL'), timeoutMs);
        try {
            return await this.exited;
        } finally {
            clearTimeout(timer);
        }
    }
}

function describeExit(status) {
    if (!status) return 'still running';
    return status.signal ? `signal ${status.signal}` : `exit code ${status.code}`;
}

/** A TCP port nobody listens on right now (the kernel's pick). */
async function freeTcpPort() {
    const server = net.createServer();
    server.listen(0);
    await once(server, 'listening');
    const { port } = server.address();
    server.close();
    await once(server, 'close');
    return port;
}

export class Studio {
    /** Seeds a fresh database and starts the simulator and Oscalis. */
    static async start(name) {
        const studio = new Studio(name);
        try {
            studio.seed();
            await studio.startSimulator();
            await studio.startApp();
        } catch (error) {
            await studio.close();
            throw error;
        }
        return studio;
    }

    constructor(name) {
        this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `oscalis-e2e-${name}-`));
        folders.add(this.dir);
        this.databasePath = path.join(this.dir, 'band.sqlite');
        this.alicePassword = 'alice-plays-bass-42';
        this.app = null;
        this.simulator = null;
        this.webPort = 0;
        this.restarts = 0;
    }

    /** The address bandmates open; the certificate is self-signed, as in real use. */
    get origin() {
        return `https://127.0.0.1:${this.webPort}`;
    }

    url(pathAndQuery = '/') {
        return this.origin + pathAndQuery;
    }

    seed() {
        const result = spawnSync(paths.seed, [this.databasePath, this.alicePassword], { encoding: 'utf8' });
        if (result.status !== 0) {
            throw new Error(`oscalis_e2e_seed failed (${describeExit({ code: result.status, signal: result.signal })}):\n${result.stderr}${result.error ?? ''}`);
        }
        this.band = JSON.parse(result.stdout);
    }

    async startSimulator() {
        // Port 0: the simulator binds a free UDP port and says which; like REAPER in "local port"
        // mode it answers whoever spoke to it last, so Oscalis may take any free port too.
        this.simulator = new Child('oscalis-reaper-sim', paths.simulator, ['--port', '0'], process.env);
        const match = await this.simulator.waitFor(/listening on UDP port (\d+)/);
        this.simulatorPort = Number(match[1]);
    }

    /** Starts Oscalis: on a new free port the first time, on the same port after a restart. */
    async startApp() {
        const env = {
            ...process.env,
            XDG_DATA_HOME: path.join(this.dir, 'data'),
            XDG_CONFIG_HOME: path.join(this.dir, 'config'),
            XDG_CACHE_HOME: path.join(this.dir, 'cache'),
            QT_QPA_PLATFORM: 'offscreen',
        };
        const firstStart = this.webPort === 0;
        for (let attempt = 1; ; ++attempt) {
            if (firstStart) this.webPort = await freeTcpPort();
            const app = new Child('oscalis', paths.app, [
                '--headless',
                '--db', this.databasePath,
                '--web-port', String(this.webPort),
                '--reaper-host', '127.0.0.1',
                '--reaper-port', String(this.simulatorPort),
                '--port', '0',
            ], env);
            this.app = app;
            const said = await app.waitFor(/Bandmates can join from a browser at|The web server is off: .*/);
            if (!said[0].startsWith('The web server is off')) break;
            await app.stop();
            // Someone took the port between our look and Oscalis's bind: pick another (first start only).
            if (!firstStart || attempt === 3) throw new Error(`Oscalis could not serve on port ${this.webPort}: ${said[0]}`);
        }
        await this.app.waitFor(/Connected to REAPER/);
    }

    /** Ends Oscalis as the system does at shutdown (SIGTERM) and waits until it is gone. */
    async stopApp() {
        const status = await this.app.stop('SIGTERM');
        return status;
    }

    async restartApp() {
        await this.stopApp();
        this.restarts += 1;
        await this.startApp();
    }

    /** Everything the processes said, for a failing test's message. */
    log() {
        return `--- oscalis ---\n${this.app?.output ?? ''}\n--- oscalis-reaper-sim ---\n${this.simulator?.output ?? ''}`;
    }

    async close() {
        await Promise.all([this.app?.stop('SIGTERM'), this.simulator?.stop('SIGTERM')]);
        if (!process.env.OSCALIS_E2E_KEEP) fs.rmSync(this.dir, { recursive: true, force: true });
        folders.delete(this.dir);
    }
}
