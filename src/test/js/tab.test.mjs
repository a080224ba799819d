import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renameTab, tabName, tabPeers } from '../../main/resources/META-INF/resources/js/autosave/tab.js';

function memoryStorage() {
  const items = new Map();
  return {
    getItem: (k) => (items.has(k) ? items.get(k) : null),
    setItem: (k, v) => items.set(k, String(v)),
    removeItem: (k) => items.delete(k)
  };
}

// Two BroadcastChannel-like ends that deliver to each other, never to themselves
function pair() {
  const a = { postMessage: (data) => queueMicrotask(() => b.onmessage && b.onmessage({ data })) };
  const b = { postMessage: (data) => queueMicrotask(() => a.onmessage && a.onmessage({ data })) };
  return [a, b];
}

test('a tab keeps its name across reloads and a new tab gets another', () => {
  const storage = memoryStorage();
  let n = 0;
  const fresh = () => (n++ === 0 ? 'aaaaaaaaaaaaaaaa' : 'bbbbbbbbbbbbbbbb');
  assert.equal(tabName(storage, fresh), 'aaaaaaaaaaaaaaaa');
  assert.equal(tabName(storage, fresh), 'aaaaaaaaaaaaaaaa');
  assert.equal(renameTab(storage, fresh), 'bbbbbbbbbbbbbbbb');
  assert.equal(tabName(memoryStorage(), () => 'cccccccccccccccc'), 'cccccccccccccccc');
});

test('blocked storage gives no name rather than failing', () => {
  const blocked = { getItem() { throw new Error('blocked'); }, setItem() { throw new Error('blocked'); } };
  assert.equal(tabName(blocked), null);
});

test('a tab that holds the test answers; one that does not stays silent', async () => {
  const [one, two] = pair();
  let holding = true;
  tabPeers(one, 'aaaaaaaaaaaaaaaa', () => holding, 20);
  const asking = tabPeers(two, 'bbbbbbbbbbbbbbbb', () => true, 20);

  assert.deepEqual(await asking.ask(), { live: true, sameName: false });
  holding = false;
  assert.deepEqual(await asking.ask(), { live: false, sameName: false });
});

test('a duplicated tab learns that its name is taken', async () => {
  const [one, two] = pair();
  tabPeers(one, 'aaaaaaaaaaaaaaaa', () => true, 20);
  const duplicate = tabPeers(two, 'aaaaaaaaaaaaaaaa', () => true, 20);
  assert.deepEqual(await duplicate.ask(), { live: true, sameName: true });
});

test('taking over tells the other tabs at once', async () => {
  const [one, two] = pair();
  let told = 0;
  tabPeers(one, 'aaaaaaaaaaaaaaaa', () => true, 20, () => told++);
  tabPeers(two, 'bbbbbbbbbbbbbbbb', () => true, 20).taken();
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(told, 1);
});

test('without a channel nobody answers', async () => {
  assert.deepEqual(await tabPeers(null, 'aaaaaaaaaaaaaaaa', () => true, 5).ask(), { live: false, sameName: false });
});
