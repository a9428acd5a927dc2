// client.js - the official openai npm client as the gateway's caller.
// Usage: node client.js BASE_URL KEY ; prints "ok <case>" or "FAIL <case>: why"
// and exits non-zero if any case failed.
'use strict';
const OpenAI = require('openai');

const [baseURL, apiKey] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout: 10000 });
const bad = new OpenAI({ baseURL, apiKey: 'sgk_0000000000000000_nope', maxRetries: 0 });
let failed = 0;

async function check(name, fn) {
  try {
    await fn();
    console.log('ok   openai: ' + name);
  } catch (e) {
    failed++;
    console.log('FAIL openai: ' + name + ': ' + (e && e.stack ? e.stack : e));
  }
}
function expect(cond, what) { if (!cond) throw new Error(what); }
async function expectError(p, status, code) {
  try { await p; } catch (e) {
    expect(e.status === status, 'status ' + e.status + ' != ' + status);
    if (code) expect(e.code === code, 'code ' + e.code + ' != ' + code);
    return e;
  }
  throw new Error('no error');
}

(async () => {
  await check('chat', async () => {
    const r = await client.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'hello there' }] });
    expect(r.choices[0].message.content === 'echo: hello there', r.choices[0].message.content);
    expect(r.usage.total_tokens > 0, 'usage');
  });
  await check('chat stream', async () => {
    const s = await client.chat.completions.create({ model: 'gpt-test', stream: true, stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'one two three four' }] });
    let text = ''; let chunks = 0; let usage = null;
    for await (const c of s) { chunks++; if (c.choices[0]) text += c.choices[0].delta.content || ''; if (c.usage) usage = c.usage; }
    expect(text === 'echo: one two three four', text);
    expect(chunks >= 5, 'chunks ' + chunks);
    expect(usage && usage.total_tokens > 0, 'usage');
  });
  await check('completions', async () => {
    const r = await client.completions.create({ model: 'gpt-test', prompt: 'abc' });
    expect(r.choices[0].text === 'echo: abc', r.choices[0].text);
  });
  await check('embeddings', async () => {
    const r = await client.embeddings.create({ model: 'embed-test', input: ['a', 'b'] });
    expect(r.data.length === 2, 'two embeddings');
  });
  await check('models filtered to the key', async () => {
    const r = await client.models.list();
    const ids = r.data.map((m) => m.id).sort();
    expect(JSON.stringify(ids) === JSON.stringify(['embed-test', 'gpt-test']), ids.join(','));
  });
  await check('responses', async () => {
    const r = await client.responses.create({ model: 'gpt-test', input: 'resp here' });
    expect(r.output_text === 'echo: resp here', r.output_text);
  });
  await check('responses stream', async () => {
    const s = await client.responses.create({ model: 'gpt-test', input: 'a b c', stream: true });
    let text = '';
    for await (const e of s) if (e.type === 'response.output_text.delta') text += e.delta;
    expect(text === 'echo: a b c', text);
  });
  await check('403 model', () => expectError(client.chat.completions.create({ model: 'gpt-other', messages: [{ role: 'user', content: 'x' }] }), 403, 'model_not_allowed'));
  await check('403 modality', () => expectError(client.chat.completions.create({ model: 'gpt-test',
    messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] }] }), 403, 'modality_not_allowed'));
  await check('403 tool', () => expectError(client.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'x' }],
    tools: [{ type: 'function', function: { name: 'rm_rf', parameters: { type: 'object' } } }] }), 403, 'tool_not_allowed'));
  await check('allowed tool', async () => {
    await client.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'x' }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }] });
  });
  await check('400 max_tokens', () => expectError(client.chat.completions.create({ model: 'gpt-test', max_tokens: 100000, messages: [{ role: 'user', content: 'x' }] }), 400, 'max_tokens_exceeded'));
  await check('401 unknown key', () => expectError(bad.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'x' }] }), 401, 'unauthorized'));
  await check('502 upstream reset', () => expectError(client.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: '__reset__' }] }), 502));
  process.exit(failed ? 1 : 0);
})();
