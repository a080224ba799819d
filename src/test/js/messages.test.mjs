// What the question page says for each state and notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { next, start } from '../../main/resources/META-INF/resources/js/autosave/machine.js';
import {
  lengthNote, notice, statusText, wordsLabel
} from '../../main/resources/META-INF/resources/js/autosave/messages.js';

const SERVER = { text: 'Saved text', revision: 3, savedAt: '2026-03-01T10:00:00Z', interval: 3000, refused: false };
const clock = (iso) => 'at ' + iso;

test('the status says Saved only in the saved state, with the server\'s time', () => {
  const saved = start(SERVER, null).state;
  assert.equal(statusText(saved, clock), 'Saved at 2026-03-01T10:00:00Z');
  const dirty = next(saved, { type: 'edit', text: 'More' }).state;
  assert.equal(statusText(dirty, clock), 'Unsaved changes');
  const saving = next(dirty, { type: 'due' }).state;
  assert.equal(statusText(saving, clock), 'Saving…');
  const offline = next(saving, { type: 'fail', revision: 4 }).state;
  assert.equal(statusText(offline, clock), 'Not saved, retrying in 1 s');
  const refused = next(saving, { type: 'refuse', revision: 4, text: 'More', detail: 'Too long' }).state;
  assert.equal(statusText(refused, clock), 'Not saved');
  const conflict = next(saving, { type: 'conflict', revision: 4, serverRevision: 8 }).state;
  assert.equal(statusText(conflict, clock), 'Not saved');
  assert.equal(statusText(next(dirty, { type: 'close' }).state, clock), 'Not saved');
  assert.equal(statusText(next(saved, { type: 'close' }).state, clock), null);
  assert.equal(statusText(start({ ...SERVER, savedAt: null }, null).state, clock), null);
});

test('notices: restored text, conflicts in the page and on loading, the end', () => {
  const saved = start(SERVER, null).state;
  assert.match(notice({ kind: 'restored' }, saved).text, /put back/);
  const saving = next(next(saved, { type: 'edit', text: 'More' }).state, { type: 'due' }).state;
  const inPage = next(saving, { type: 'conflict', revision: 4, serverRevision: 8, detail: 'Reload it' }).state;
  assert.deepEqual(notice({ kind: 'conflict', detail: 'Reload it' }, inPage), { text: 'Reload it' });
  const loaded = start(SERVER, { text: 'Typed here', base: 2, counter: 2, sent: [], pending: true }).state;
  const shown = notice({ kind: 'conflict', detail: 'Typed here' }, loaded);
  assert.match(shown.text, /box shows it/);
  assert.equal(shown.copy, 'Typed here');
  assert.equal(notice({ kind: 'kept', detail: 'Typed here' }, saved).copy, 'Typed here');
  assert.deepEqual(notice({ kind: 'closed', detail: 'Gone', link: true }, saved), { text: 'Gone', link: true });
});

test('words and length', () => {
  assert.equal(wordsLabel('  '), '0 words');
  assert.equal(wordsLabel('one'), '1 word');
  assert.equal(wordsLabel(' two\nwords '), '2 words');
  assert.deepEqual(lengthNote(10, 100), { text: '', error: false });
  assert.equal(lengthNote(95, 100).error, false);
  assert.match(lengthNote(95, 100).text, /95 of 100 characters used/);
  assert.equal(lengthNote(101, 100).error, true);
  assert.match(lengthNote(101, 100).text, /over the limit of 100/);
});
