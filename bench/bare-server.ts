// Baseline for the benchmark: bare Fastify (no plugins, no database) answering one route with a fixed
// body of the same size and shape as the meeting list, so the ratio shows what Huiwu adds per request.
import fs from 'node:fs';
import Fastify from 'fastify';

const [port, bodyFile] = process.argv.slice(2);
const body = JSON.parse(fs.readFileSync(bodyFile, 'utf8'));
const app = Fastify({ logger: false });
app.get("/api/meetings", async () => body);
app.post("/api/meetings", async () => body);
await app.listen({ port: Number(port), host: '127.0.0.1' });
console.log('ready');
