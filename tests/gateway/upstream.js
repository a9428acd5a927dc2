// upstream.js - an OpenAI-compatible server for the gateway tests: chat,
// completions, embeddings, responses and models, streaming and not, with
// faults switched on by markers in the last user message:
//   __delay:MS__       answer after MS milliseconds
//   __chunkdelay:MS__  wait MS between streamed chunks
//   __stall__          never answer           __reset__   destroy the socket
//   __garbage__        answer with non-HTTP bytes
//   __badjson__        200 with a JSON content type and a broken body
//   __status:N__       answer with HTTP status N and an OpenAI error
//   __say:TEXT__       answer exactly TEXT (spaces as _)
// GET /__last returns the last request seen (headers and body) so tests can
// check what the gateway forwarded. Prints "PORT <n>" when listening.
// With TLS_CERT and TLS_KEY set it serves HTTPS.
'use strict';
const http = require('http');
const https = require('https');
const fs = require('fs');

let last = null;
const models = ['gpt-test', 'gpt-other', 'embed-test'];

function marker(text, name) {
  const m = new RegExp('__' + name + '(?::([^_]*(?:_[^_]+)*?))?__').exec(text || '');
  return m ? (m[1] === undefined ? true : m[1]) : null;
}

function lastText(body) {
  if (Array.isArray(body.messages)) {
    const m = body.messages[body.messages.length - 1] || {};
    if (typeof m.content === 'string') return m.content;
    if (Array.isArray(m.content)) return m.content.map((p) => p.text || '').join(' ');
  }
  if (typeof body.prompt === 'string') return body.prompt;
  if (typeof body.input === 'string') return body.input;
  if (Array.isArray(body.input)) return JSON.stringify(body.input);
  return '';
}

function answerText(text) {
  const say = marker(text, 'say');
  if (say) return say.replace(/_/g, ' ');
  return 'echo: ' + text.replace(/__[a-z]+(:[^_]*)?__/g, '').trim();
}

function send(res, status, obj) {
  const s = JSON.stringify(obj);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(s) });
  res.end(s);
}

function handle(req, res, raw) {
  let body = {};
  last = { method: req.method, url: req.url, headers: req.headers, body: raw };
  if (req.method === 'GET' && req.url === '/__last') return send(res, 200, global.prev || {});
  global.prev = last;
  if (req.method === 'GET' && req.url.startsWith('/v1/models')) {
    return send(res, 200, { object: 'list', data: models.map((id) => ({ id, object: 'model', owned_by: 'test' })) });
  }
  try { body = JSON.parse(raw || '{}'); } catch (e) { return send(res, 400, { error: { message: 'bad json', type: 'invalid_request_error' } }); }
  const text = lastText(body);
  if (marker(text, 'stall')) return; // never answer
  if (marker(text, 'reset')) return req.socket.destroy();
  if (marker(text, 'garbage')) { req.socket.end('THIS IS NOT HTTP\r\n\r\n'); return; }
  if (marker(text, 'badjson')) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end('{"choices": [');
  }
  const status = marker(text, 'status');
  if (status) return send(res, Number(status), { error: { message: 'upstream says ' + status, type: 'server_error' } });
  const reply = answerText(text);
  const promptTokens = Math.ceil(raw.length / 4);
  const words = reply.split(/(?<= )/);
  const usage = { prompt_tokens: promptTokens, completion_tokens: words.length, total_tokens: promptTokens + words.length };
  const model = body.model || 'gpt-test';
  const go = () => {
    if (req.url === '/v1/embeddings') {
      const inputs = Array.isArray(body.input) ? body.input : [body.input];
      return send(res, 200, { object: 'list', model, data: inputs.map((_, i) => ({ object: 'embedding', index: i, embedding: [0.1, 0.2, 0.3] })), usage: { prompt_tokens: promptTokens, total_tokens: promptTokens } });
    }
    const isResponses = req.url === '/v1/responses';
    const isCompletions = req.url === '/v1/completions';
    if (!body.stream) {
      if (isResponses) {
        return send(res, 200, { id: 'resp_1', object: 'response', status: 'completed', model,
          output: [{ type: 'message', id: 'msg_1', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: reply, annotations: [] }] }],
          usage: { input_tokens: usage.prompt_tokens, output_tokens: usage.completion_tokens, total_tokens: usage.total_tokens } });
      }
      if (isCompletions) {
        return send(res, 200, { id: 'cmpl-1', object: 'text_completion', created: 1, model, choices: [{ index: 0, text: reply, finish_reason: 'stop' }], usage });
      }
      return send(res, 200, { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model,
        choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }], usage });
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    const gap = Number(marker(text, 'chunkdelay') || 0);
    let i = 0;
    const events = [];
    if (isResponses) {
      events.push({ event: 'response.created', data: { type: 'response.created', response: { id: 'resp_1', object: 'response', status: 'in_progress', model, output: [] } } });
      for (const w of words) events.push({ event: 'response.output_text.delta', data: { type: 'response.output_text.delta', item_id: 'msg_1', output_index: 0, content_index: 0, delta: w } });
      events.push({ event: 'response.output_text.done', data: { type: 'response.output_text.done', item_id: 'msg_1', output_index: 0, content_index: 0, text: reply } });
      events.push({ event: 'response.completed', data: { type: 'response.completed', response: { id: 'resp_1', object: 'response', status: 'completed', model,
        output: [{ type: 'message', id: 'msg_1', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: reply, annotations: [] }] }],
        usage: { input_tokens: usage.prompt_tokens, output_tokens: usage.completion_tokens, total_tokens: usage.total_tokens } } } });
    } else {
      for (const w of words) {
        events.push({ data: isCompletions
          ? { id: 'cmpl-1', object: 'text_completion', created: 1, model, choices: [{ index: 0, text: w, finish_reason: null }] }
          : { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model, choices: [{ index: 0, delta: { content: w }, finish_reason: null }] } });
      }
      if (body.stream_options && body.stream_options.include_usage) {
        events.push({ data: { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model, choices: [], usage } });
      }
      events.push({ data: '[DONE]' });
    }
    const next = () => {
      if (i >= events.length) return res.end();
      const e = events[i++];
      const d = typeof e.data === 'string' ? e.data : JSON.stringify(e.data);
      res.write((e.event ? 'event: ' + e.event + '\n' : '') + 'data: ' + d + '\n\n');
      if (gap) setTimeout(next, gap); else setImmediate(next);
    };
    next();
  };
  const delay = Number(marker(text, 'delay') || 0);
  // Said on stdout so a test can wait until a slow request is in flight.
  if (delay) process.stdout.write('delaying ' + delay + '\n');
  if (delay) setTimeout(go, delay); else go();
}

const onRequest = (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
};
const server = process.env.TLS_CERT
  ? https.createServer({ cert: fs.readFileSync(process.env.TLS_CERT), key: fs.readFileSync(process.env.TLS_KEY) }, onRequest)
  : http.createServer(onRequest);
server.keepAliveTimeout = 60000;
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  process.stdout.write('PORT ' + server.address().port + '\n');
});
process.on('SIGTERM', () => process.exit(0));
