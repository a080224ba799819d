// The autosave API's replies as state machine events, against a stand-in for fetch.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { outcome, transport } from '../../main/resources/META-INF/resources/js/autosave/transport.js';

function reply(status, body) {
  return async () => ({ status: status, json: async () => body });
}

test('each kind of reply becomes its event', () => {
  assert.deepEqual(outcome(200, { qid: 'q01', revision: 4, savedAt: 'T' }), { type: 'ack', savedAt: 'T' });
  for (const status of [500, 502, 503, 408, 429]) {
    assert.equal(outcome(status, {}).type, 'fail', String(status));
  }
  assert.deepEqual(outcome(409, { detail: 'Newer', revision: 9, savedAt: 'T', text: 'Stored' }),
    { type: 'conflict', serverRevision: 9, serverText: 'Stored', savedAt: 'T', detail: 'Newer' });
  assert.deepEqual(outcome(410, { title: 'Time is over' }), { type: 'close', detail: 'Time is over', link: true });
  assert.equal(outcome(404, {}).type, 'close');
  assert.deepEqual(outcome(422, { detail: 'Too long' }), { type: 'refuse', status: 422, detail: 'Too long' });
  assert.equal(outcome(403, {}).detail, 'This answer could not be saved (error 403).');
});

test('a busy server\'s Retry-After travels with the failure, in milliseconds', async () => {
  assert.deepEqual(outcome(503, {}, '2'), { type: 'fail', status: 503, retryAfterMs: 2000 });
  assert.deepEqual(outcome(503, {}, null), { type: 'fail', status: 503 });
  const busy = async () => ({ status: 503, headers: new Headers({ 'Retry-After': '1' }), json: async () => ({}) });
  const event = await transport('/api', busy).save('q', { revision: 3, text: 'x', base: 2 });
  assert.equal(event.retryAfterMs, 1000);
});

test('a save is a JSON PUT of the text, its revision and its base, and its event names them', async () => {
  let seen;
  const fetchFn = async (url, init) => {
    seen = { url: url, init: init };
    return { status: 200, json: async () => ({ revision: 4, savedAt: 'T' }) };
  };
  const event = await transport('/api/t/abc', fetchFn).save('q 1', { revision: 4, text: 'Text', base: 2,
    keepalive: true });
  assert.equal(seen.url, '/api/t/abc/answers/q%201');
  assert.equal(seen.init.method, 'PUT');
  assert.equal(seen.init.keepalive, true);
  assert.deepEqual(JSON.parse(seen.init.body), { text: 'Text', revision: 4, base: 2 });
  assert.deepEqual(event, { type: 'ack', savedAt: 'T', revision: 4, text: 'Text' });
});

test('a dropped connection, a body that is not JSON and a reply that never comes are failures', async () => {
  const dropped = async () => {
    throw new TypeError('Failed to fetch');
  };
  assert.equal((await transport('/api', dropped).save('q', { revision: 1, text: 'x', base: 0 })).type, 'fail');
  const garbled = async () => ({ status: 503, json: async () => JSON.parse('<html>') });
  assert.equal((await transport('/api', garbled).save('q', { revision: 1, text: 'x', base: 0 })).type, 'fail');
  const silent = (url, init) => new Promise((resolve, reject) => {
    init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
  const started = Date.now();
  const event = await transport('/api', silent, 50).save('q', { revision: 2, text: 'y', base: 1 });
  assert.deepEqual(event, { type: 'fail', status: 0, revision: 2, text: 'y' });
  assert.ok(Date.now() - started < 5000);
});

test('submit: done when accepted or already submitted, the problem\'s detail otherwise', async () => {
  assert.deepEqual(await transport('/api', reply(200, {})).submit(), { ok: true, detail: '' });
  assert.deepEqual(await transport('/api', reply(410, {})).submit(), { ok: true, detail: '' });
  assert.deepEqual(await transport('/api', reply(409, { detail: 'Not started' })).submit(),
    { ok: false, detail: 'Not started' });
});

test('a 409 saying the test is open elsewhere is a takeover, not a conflict', () => {
  assert.deepEqual(outcome(409, { elsewhere: true, detail: 'Open on another device.' }, null),
    { type: 'moved', detail: 'Open on another device.' });
});
