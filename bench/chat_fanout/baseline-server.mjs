// The baseline of the chat fan-out benchmark: the least a chat server must do, on the npm `ws`
// package. It takes the same chat.send messages as Oscalis, parses each, gives it the next seq of
// the room, and sends the same chat.message JSON to every connected client. No database, no
// sessions, no permissions: what Oscalis does on top of this is what the ratio measures.
// Usage: node baseline-server.mjs PORT
import { WebSocketServer } from 'ws';

const port = Number(process.argv[2] ?? 0);
const wss = new WebSocketServer({ host: '127.0.0.1', port, maxPayload: 64 * 1024 });
let seq = 0;

wss.on('connection', (socket) => {
  socket.send(JSON.stringify({ type: 'welcome', rooms: [{ id: 1, kind: 'room', name: 'general', lastSeq: seq }] }));
  socket.on('message', (data) => {
    let m;
    try {
      m = JSON.parse(data.toString());
    } catch {
      socket.send(JSON.stringify({ type: 'error', code: 'invalid_json', message: 'That was not JSON.' }));
      return;
    }
    if (m.type !== 'chat.send') return;
    seq += 1;
    const out = JSON.stringify({
      type: 'chat.message',
      message: { id: seq, roomId: m.roomId, seq, authorId: 1, authorName: 'bench', text: m.text,
                 at: new Date().toISOString(), mentions: [], clientId: m.clientId },
    });
    for (const client of wss.clients) if (client.readyState === 1) client.send(out);
  });
});
wss.on('listening', () => console.log(`LISTENING ${wss.address().port}`));
