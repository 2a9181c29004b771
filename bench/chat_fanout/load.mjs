// Load generator of the chat fan-out benchmark (docs/PERFORMANCE.md).
// N clients join one room; together they send RATE chat messages per second for SECONDS seconds
// (round robin over the clients); every client must receive every message.
// Prints one RESULT line: delivered, expected, latency p50/p99 (ms, send -> each delivery).
// Usage: node load.mjs URL TOKENS_FILE|- N RATE SECONDS
//   URL: ws://127.0.0.1:PORT/ws?band=1 (Oscalis) or ws://127.0.0.1:PORT/ (baseline)
//   TOKENS_FILE: one session token per line (Oscalis), or - for none (baseline)
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

const [url, tokensFile, nArg, rateArg, secondsArg] = process.argv.slice(2);
const n = Number(nArg), rate = Number(rateArg), seconds = Number(secondsArg);
const tokens = tokensFile === '-' ? [] : readFileSync(tokensFile, 'utf8').split('\n').filter(Boolean);
const origin = new URL(url).origin.replace(/^ws/, 'http');

const sentAt = new Map();   // clientId -> hrtime of sending
const latencies = [];
let delivered = 0;
let roomId = null;

function connect(i) {
  return new Promise((resolve, reject) => {
    const headers = { Origin: origin };
    if (tokens.length) headers.Cookie = `oscalis_session=${tokens[i % tokens.length]}`;
    const ws = new WebSocket(url, { headers, perMessageDeflate: false });
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString());
      if (m.type === 'welcome') {
        if (roomId === null) roomId = m.rooms.find((r) => r.kind === 'room').id;
        resolve(ws);
      } else if (m.type === 'chat.message') {
        const t0 = sentAt.get(m.message.clientId);
        if (t0 !== undefined) {
          delivered += 1;
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
      } else if (m.type === 'error') {
        console.error(`client ${i}: server error ${m.code}: ${m.message}`);
      }
    });
    ws.on('error', reject);
    ws.on('close', (code, reason) => { if (code !== 1000) console.error(`client ${i} closed: ${code} ${reason}`); });
  });
}

const clients = [];
for (let i = 0; i < n; i += 1) clients.push(await connect(i)); // one at a time: no connect storm

const total = rate * seconds;
let sent = 0;
const start = process.hrtime.bigint();
await new Promise((resolve) => {
  const tick = setInterval(() => {
    // Catch up to the schedule: rate messages per second, whatever the timer's jitter.
    const due = Math.min(total, Math.floor((Number(process.hrtime.bigint() - start) / 1e9) * rate));
    while (sent < due) {
      const clientId = randomUUID();
      sentAt.set(clientId, process.hrtime.bigint());
      clients[sent % n].send(JSON.stringify({ type: 'chat.send', roomId, text: `bench message ${sent}`, clientId }));
      sent += 1;
    }
    if (sent >= total) { clearInterval(tick); resolve(); }
  }, 2);
});
// Let the last deliveries arrive (at most 10 s), then close.
const expected = total * n;
const deadline = Date.now() + 10000;
while (delivered < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
for (const ws of clients) ws.close(1000);

latencies.sort((a, b) => a - b);
const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] : NaN);
console.log(`RESULT delivered=${delivered} expected=${expected} p50_ms=${pct(50).toFixed(2)} p99_ms=${pct(99).toFixed(2)}`);
