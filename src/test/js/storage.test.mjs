// The browser's copy of each answer, against an in-memory stand-in for localStorage.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { answerStore, clearAttempt } from '../../main/resources/META-INF/resources/js/autosave/storage.js';

function memory() {
  const map = new Map();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem: (k, v) => map.set(k, String(v)),
    removeItem: (k) => map.delete(k),
    map: map
  };
}

test('an answer is kept under its attempt and question', () => {
  const storage = memory();
  answerStore(storage, 'a1', 'q01').write({ text: 'Hello', pending: true });
  assert.deepEqual(JSON.parse(storage.getItem('assay:a1:q01')), { text: 'Hello', pending: true });
  assert.deepEqual(answerStore(storage, 'a1', 'q01').read(), { text: 'Hello', pending: true });
  assert.equal(answerStore(storage, 'a1', 'q02').read(), null);
});

test('unreadable, blocked or full storage neither throws nor returns garbage', () => {
  const storage = memory();
  storage.setItem('assay:a1:q01', '{not json');
  assert.equal(answerStore(storage, 'a1', 'q01').read(), null);
  const full = { ...memory(), setItem: () => { throw new Error('QuotaExceededError'); } };
  assert.doesNotThrow(() => answerStore(full, 'a1', 'q01').write({ text: 'x' }));
  assert.equal(answerStore(null, 'a1', 'q01').read(), null);
  assert.doesNotThrow(() => answerStore(null, 'a1', 'q01').write({ text: 'x' }));
  assert.doesNotThrow(() => clearAttempt(null, 'a1'));
});

test('a finished attempt forgets its answers and no other attempt\'s', () => {
  const storage = memory();
  answerStore(storage, 'a1', 'q01').write({ text: 'one' });
  answerStore(storage, 'a1', 'q02').write({ text: 'two' });
  answerStore(storage, 'a10', 'q01').write({ text: 'other attempt' });
  storage.setItem('unrelated', 'kept');
  clearAttempt(storage, 'a1');
  assert.deepEqual([...storage.map.keys()].sort(), ['assay:a10:q01', 'unrelated']);
});
