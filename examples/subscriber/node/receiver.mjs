// A webhook receiver for Alianza in Node (the `standardwebhooks` package): verify the signature,
// keep each `webhook-id` once, answer at once, do the work after. The Python starter beside it
// (../receiver.py) does the same; the guide is ../README.md.
//
//   npm ci && WEBHOOK_SECRET=whsec_... PORT=8080 node receiver.mjs
//
// Answers: 401 when the signature does not verify (never processed), 413 for a body over 1 MiB,
// 204 otherwise as soon as the message is written down; a `webhook-id` seen before is
// acknowledged and dropped. Received messages are appended (and flushed to disk) to
// `received.jsonl` before the answer and their ids to `processed.jsonl` after the work, so a
// restart neither forgets an id nor loses a message it acknowledged.
import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { Webhook } from "standardwebhooks";

const MAX_BODY_BYTES = 1024 * 1024;
const secret = process.env.WEBHOOK_SECRET;
if (!secret) {
  console.error("set WEBHOOK_SECRET to the subscription's secret (whsec_...)");
  process.exit(2);
}
const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 8080);
const path = process.env.WEBHOOK_PATH ?? "/webhooks";
const dataDir = process.env.DATA_DIR ?? ".";
const receivedFile = join(dataDir, "received.jsonl");
const processedFile = join(dataDir, "processed.jsonl");
const verifier = new Webhook(secret);

// The work: here, a line per event. Replace with yours (it runs after the answer was sent).
async function handle(event) {
  console.log(`processed ${event.id} ${event.type}`);
}

function lines(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

function appendDurably(file, record) {
  const fd = openSync(file, "a");
  try {
    appendFileSync(fd, `${JSON.stringify(record)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const received = new Map(lines(receivedFile).map((r) => [r.id, r.body]));
const processed = new Set(lines(processedFile).map((r) => r.id));
const queue = [...received.keys()].filter((id) => !processed.has(id));
let working = false;

async function drain() {
  if (working) return;
  working = true;
  try {
    while (queue.length) {
      const id = queue[0];
      try {
        await handle(JSON.parse(received.get(id)));
      } catch (error) {
        console.error(`processing ${id} failed, retrying in 5 s: ${error}`);
        setTimeout(drain, 5000);
        return;
      }
      appendDurably(processedFile, { id });
      processed.add(id);
      queue.shift();
    }
  } finally {
    working = false;
  }
}

function accept(headers, body) {
  try {
    verifier.verify(body, headers);
  } catch (error) {
    console.log(`refused: ${error.message}`);
    return 401;
  }
  const id = headers["webhook-id"];
  if (received.has(id)) {
    console.log(`duplicate ${id}`);
    return 204;
  }
  appendDurably(receivedFile, { id, body });
  received.set(id, body);
  queue.push(id);
  console.log(`accepted ${id}`);
  setImmediate(drain);
  return 204;
}

const server = createServer((request, response) => {
  const answer = (status) => response.writeHead(status, { "content-length": "0" }).end();
  if (request.method !== "POST" || request.url !== path) return answer(404);
  const chunks = [];
  let size = 0;
  request.on("data", (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      answer(413);
      request.destroy();
    } else {
      chunks.push(chunk);
    }
  });
  request.on("end", () => {
    if (size <= MAX_BODY_BYTES) answer(accept(request.headers, Buffer.concat(chunks).toString("utf8")));
  });
});

server.listen(port, host, () => {
  console.log(`receiving at http://${host}:${port}${path}`);
  drain();
});
