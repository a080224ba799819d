// Every transition of the autosave state machine. The last test checks that each one listed in TRANSITIONS ran.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  STATES, TRANSITIONS, backoff, fingerprint, next, record, start
} from '../../main/resources/META-INF/resources/js/autosave/machine.js';

const AT = '2026-03-01T10:00:00Z';
const LATER = '2026-03-01T10:00:05Z';
const SERVER = { text: 'Saved text', revision: 3, savedAt: AT, interval: 3000, refused: false };

const ran = new Set();

/** One transition, recorded for the coverage check. */
function step(state, event) {
  ran.add(state.status + ':' + event.type);
  return next(state, event);
}

function types(effects) {
  return effects.map((effect) => effect.type);
}

function saved() {
  return start(SERVER, null).state;
}

function idle() {
  return start({ ...SERVER, text: '', revision: 0, savedAt: null }, null).state;
}

function dirty(text = 'Saved text, more') {
  return next(saved(), { type: 'edit', text: text }).state;
}

function saving(text) {
  return next(dirty(text), { type: 'due' }).state;
}

function offline() {
  const sending = saving();
  return next(sending, { type: 'fail', revision: sending.inFlight, text: sending.text }).state;
}

function conflict() {
  const sending = saving();
  return next(sending, { type: 'conflict', revision: sending.inFlight, text: sending.text, serverRevision: 9,
    savedAt: LATER, detail: 'Saved elsewhere' }).state;
}

function closed() {
  return next(saved(), { type: 'close', detail: 'Over' }).state;
}

test('the states are the seven the page shows', () => {
  assert.deepEqual(Object.keys(TRANSITIONS), STATES);
  assert.deepEqual(STATES, ['idle', 'dirty', 'saving', 'saved', 'conflict', 'offline', 'closed']);
});

test('backoff doubles from one second up to thirty', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map(backoff), [1000, 2000, 4000, 8000, 16000, 30000, 30000]);
});

// start: what a page begins with

test('start: a saved answer with nothing stored is saved', () => {
  const { state, effects } = start(SERVER, null);
  assert.equal(state.status, 'saved');
  assert.deepEqual(state.saved, { text: 'Saved text', revision: 3, at: AT });
  assert.deepEqual(effects, []);
});

test('start: an answer never saved is idle', () => {
  assert.equal(idle().status, 'idle');
});

test('start: stored text equal to the server text changes nothing', () => {
  const stored = { text: 'Saved text', base: 3, counter: 3, sent: [], pending: false };
  const { state, effects } = start(SERVER, stored);
  assert.equal(state.status, 'saved');
  assert.deepEqual(effects, []);
});

test('start: unsent text typed on the last saved revision is put back and sent at once', () => {
  const stored = { text: 'Saved text, typed offline', base: 3, counter: 5, sent: [], pending: true };
  const { state, effects } = start(SERVER, stored);
  assert.equal(state.status, 'dirty');
  assert.equal(state.text, 'Saved text, typed offline');
  assert.deepEqual(effects, [{ type: 'announce', kind: 'restored' }, { type: 'schedule', ms: 0 }]);
  const sent = next(state, { type: 'due' });
  assert.deepEqual(sent.effects,
    [{ type: 'send', revision: 6, text: 'Saved text, typed offline', base: 3, keepalive: false }]);
});

test('start: text the server acknowledged and then lost is put back and sent again', () => {
  const stored = { text: 'Acknowledged text', base: 7, counter: 7, sent: [], pending: false };
  const { state, effects } = start(SERVER, stored);
  assert.equal(state.text, 'Acknowledged text');
  assert.deepEqual(types(effects), ['announce', 'schedule']);
});

test('start: a revision sent from here whose reply never came counts as this page\'s own', () => {
  const stored = { text: 'Saved text, and later', base: 2, counter: 3, pending: true,
    sent: [{ revision: 3, hash: fingerprint('Saved text') }] };
  const { state, effects } = start(SERVER, stored);
  assert.equal(state.status, 'dirty');
  assert.equal(state.text, 'Saved text, and later');
  assert.deepEqual(types(effects), ['announce', 'schedule']);
});

test('start: a newer revision from another device is shown and the unsent text kept beside it', () => {
  const stored = { text: 'Typed here', base: 2, counter: 3, pending: true,
    sent: [{ revision: 3, hash: fingerprint('Other text') }] };
  const { state, effects } = start(SERVER, stored);
  assert.equal(state.status, 'conflict');
  assert.equal(state.text, 'Saved text');
  assert.equal(state.kept, 'Typed here');
  assert.deepEqual(effects, [{ type: 'announce', kind: 'conflict', detail: 'Typed here' }]);
  assert.equal(record(state).kept, 'Typed here');
});

test('start: kept text is shown again after a reload until the box is edited', () => {
  const stored = { text: 'Saved text', base: 3, counter: 3, sent: [], pending: false, kept: 'Typed here' };
  const { effects } = start(SERVER, stored);
  assert.deepEqual(effects, [{ type: 'announce', kind: 'kept', detail: 'Typed here' }]);
});

test('start: a kept copy is dropped once the server holds that very text', () => {
  const stored = { text: 'Saved text', base: 3, counter: 3, sent: [], pending: false, kept: 'Saved text' };
  const { state, effects } = start(SERVER, stored);
  assert.deepEqual(effects, []);
  assert.equal(state.kept, null);
});

test('start: a newer revision from elsewhere with nothing unsent here simply shows', () => {
  const stored = { text: 'Old text', base: 2, counter: 2, sent: [], pending: false };
  const { state, effects } = start(SERVER, stored);
  assert.equal(state.status, 'saved');
  assert.equal(state.text, 'Saved text');
  assert.deepEqual(effects, []);
});

test('start: a record without a base is read by its counter', () => {
  const { state } = start(SERVER, { text: 'Typed offline', counter: 4, pending: true });
  assert.equal(state.text, 'Typed offline');
});

test('start: a refused form shows its text unsaved and does not send it until changed', () => {
  const { state, effects } = start({ ...SERVER, text: 'Too long', refused: true }, null);
  assert.equal(state.status, 'dirty');
  assert.equal(state.saved.text, null);
  assert.deepEqual(effects, []);
  assert.deepEqual(next(state, { type: 'due' }).effects, []);
  const changed = next(state, { type: 'edit', text: 'Shorter' });
  assert.deepEqual(types(changed.effects), ['schedule']);
});

test('record: keeps the text, the acknowledged revision, the counter and whether it is unsent', () => {
  const state = saving('Saved text, more');
  assert.deepEqual(record(state), {
    text: 'Saved text, more', base: 3, counter: 4, pending: true, kept: null,
    sent: [{ revision: 4, hash: fingerprint('Saved text, more') }]
  });
  assert.equal(record(saved()).pending, false);
});

// idle

test('idle + edit: a change is dirty and plans a save after the interval', () => {
  const { state, effects } = step(idle(), { type: 'edit', text: 'First words' });
  assert.equal(state.status, 'dirty');
  assert.deepEqual(effects, [{ type: 'schedule', ms: 3000 }]);
});

test('idle + due and flush: nothing to send', () => {
  assert.deepEqual(step(idle(), { type: 'due' }), { state: idle(), effects: [] });
  assert.deepEqual(step(idle(), { type: 'flush' }).effects, []);
});

test('idle + post: the form needs no new revision', () => {
  assert.deepEqual(step(idle(), { type: 'post' }).effects, []);
});

test('idle + close: closed and locked', () => {
  const { state, effects } = step(idle(), { type: 'close', detail: 'Time is up.' });
  assert.equal(state.status, 'closed');
  assert.deepEqual(effects,
    [{ type: 'lock' }, { type: 'announce', kind: 'closed', detail: 'Time is up.', link: false }]);
});

test('idle + replies to nothing sent here change nothing', () => {
  const state = idle();
  for (const type of ['ack', 'fail', 'refuse']) {
    assert.deepEqual(step(state, { type: type, revision: 1, text: 'x' }), { state: state, effects: [] });
  }
});

test('idle + conflict: a late reply saying another device saved newer is shown', () => {
  const { state, effects } = step(idle(), { type: 'conflict', revision: 1, serverRevision: 5, detail: 'Newer' });
  assert.equal(state.status, 'conflict');
  assert.deepEqual(effects, [{ type: 'announce', kind: 'conflict', detail: 'Newer' }]);
});

// dirty

test('dirty + edit: still dirty; back to the saved text is saved again', () => {
  const more = step(dirty(), { type: 'edit', text: 'Saved text, more and more' });
  assert.equal(more.state.status, 'dirty');
  assert.deepEqual(more.effects, [{ type: 'schedule', ms: 3000 }]);
  const back = step(dirty(), { type: 'edit', text: 'Saved text' });
  assert.equal(back.state.status, 'saved');
  assert.deepEqual(back.effects, []);
});

test('dirty + due: sends the text as the next revision', () => {
  const { state, effects } = step(dirty(), { type: 'due' });
  assert.equal(state.status, 'saving');
  assert.equal(state.inFlight, 4);
  assert.deepEqual(effects, [{ type: 'send', revision: 4, text: 'Saved text, more', base: 3, keepalive: false }]);
});

test('dirty + due: a revision used by another tab is skipped', () => {
  const { effects } = step(dirty(), { type: 'due', floor: 11 });
  assert.equal(effects[0].revision, 12);
});

test('dirty + flush: sends with keepalive, since the page is going away', () => {
  const { state, effects } = step(dirty(), { type: 'flush' });
  assert.equal(state.status, 'saving');
  assert.equal(effects[0].keepalive, true);
});

test('dirty + online: sends at once', () => {
  assert.deepEqual(types(step(dirty(), { type: 'online' }).effects), ['send']);
});

test('dirty + post: the form carries a revision above every one sent', () => {
  const { state, effects } = step(dirty(), { type: 'post' });
  assert.equal(state.status, 'dirty');
  assert.deepEqual(effects, [{ type: 'post', revision: 4, base: 3 }]);
  assert.equal(state.counter, 4);
});

test('dirty + close: closed with the text unsent', () => {
  const { state } = step(dirty(), { type: 'close', detail: 'Over' });
  assert.equal(state.status, 'closed');
  assert.equal(record(state).pending, true);
});

test('dirty + stale replies change nothing', () => {
  const state = dirty();
  for (const type of ['ack', 'fail', 'refuse']) {
    assert.deepEqual(step(state, { type: type, revision: 2, text: 'x' }).state, state);
  }
  const own = { ...state, sent: [{ revision: 5, hash: fingerprint('x') }] };
  assert.deepEqual(step(own, { type: 'conflict', revision: 4, serverRevision: 5 }).effects, []);
});

// saving

test('saving + ack: saved at the server\'s time, and the question shows answered', () => {
  const sending = saving();
  const { state, effects } = step(sending, { type: 'ack', revision: 4, text: 'Saved text, more', savedAt: LATER });
  assert.equal(state.status, 'saved');
  assert.deepEqual(state.saved, { text: 'Saved text, more', revision: 4, at: LATER });
  assert.deepEqual(effects, [{ type: 'answered', text: 'Saved text, more' }]);
  assert.equal(record(state).pending, false);
});

test('saving + ack: text typed meanwhile stays unsaved and is planned', () => {
  const typed = next(saving(), { type: 'edit', text: 'Saved text, more, and more' }).state;
  const { state, effects } = step(typed, { type: 'ack', revision: 4, text: 'Saved text, more', savedAt: LATER });
  assert.equal(state.status, 'dirty');
  assert.equal(state.saved.revision, 4);
  assert.deepEqual(types(effects), ['answered', 'schedule']);
});

test('saving + ack of an older revision while a newer one is in flight keeps saving', () => {
  const first = saving();
  const typed = next(first, { type: 'edit', text: 'Saved text, more, and more' }).state;
  const both = next(typed, { type: 'flush' }).state;
  const { state } = step(both, { type: 'ack', revision: 4, text: 'Saved text, more', savedAt: LATER });
  assert.equal(state.status, 'saving');
  assert.equal(state.saved.revision, 4);
  assert.equal(state.inFlight, 5);
});

test('saving + edit: the text is kept, no second request', () => {
  const { state, effects } = step(saving(), { type: 'edit', text: 'Saved text, more!' });
  assert.equal(state.status, 'saving');
  assert.equal(state.text, 'Saved text, more!');
  assert.deepEqual(effects, []);
});

test('saving + flush: a newer text goes too; the text in flight does not go twice', () => {
  const typed = next(saving(), { type: 'edit', text: 'Saved text, more!' }).state;
  assert.deepEqual(step(typed, { type: 'flush' }).effects,
    [{ type: 'send', revision: 5, text: 'Saved text, more!', base: 3, keepalive: true }]);
  assert.deepEqual(step(saving(), { type: 'flush' }).effects, []);
});

test('saving + post: the form gets the next revision', () => {
  assert.deepEqual(step(saving(), { type: 'post' }).effects, [{ type: 'post', revision: 5, base: 4 }]);
});

test('saving + fail: offline, the text stays unsent, retried after a growing pause', () => {
  const sending = saving();
  const { state, effects } = step(sending, { type: 'fail', revision: 4, text: sending.text });
  assert.equal(state.status, 'offline');
  assert.deepEqual(effects, [{ type: 'retry', ms: 1000 }]);
  assert.notEqual(state.saved.text, state.text);
  assert.equal(record(state).pending, true);
  const again = next(next(state, { type: 'due' }).state, { type: 'fail', revision: 5 });
  assert.deepEqual(again.effects, [{ type: 'retry', ms: 2000 }]);
});

test('saving + fail from a busy server: retried when its Retry-After says, never later than the longest pause', () => {
  const sending = saving();
  const busy = step(sending, { type: 'fail', revision: 4, text: sending.text, retryAfterMs: 3000 });
  assert.equal(busy.state.status, 'offline');
  assert.deepEqual(busy.effects, [{ type: 'retry', ms: 3000 }]);
  const far = step(saving(), { type: 'fail', revision: 4, retryAfterMs: 3600000 });
  assert.deepEqual(far.effects, [{ type: 'retry', ms: 30000 }]);
});

test('saving + fail of an older request changes nothing', () => {
  const typed = next(saving(), { type: 'edit', text: 'Saved text, more!' }).state;
  const both = next(typed, { type: 'flush' }).state;
  assert.deepEqual(step(both, { type: 'fail', revision: 4 }).state, both);
});

test('saving + conflict: another device saved a newer revision, which is shown and not overwritten', () => {
  const { state, effects } = step(saving(), { type: 'conflict', revision: 4, serverRevision: 9, savedAt: LATER,
    detail: 'Saved elsewhere' });
  assert.equal(state.status, 'conflict');
  assert.deepEqual(state.conflict, { revision: 9, at: LATER });
  assert.deepEqual(effects, [{ type: 'announce', kind: 'conflict', detail: 'Saved elsewhere' }]);
  assert.deepEqual(next(state, { type: 'due' }).effects, []);
});

test('saving + conflict with a revision sent from here: a later save of this page got there first', () => {
  const typed = next(saving(), { type: 'edit', text: 'Saved text, more!' }).state;
  const both = next(typed, { type: 'flush' }).state;
  assert.deepEqual(step(both, { type: 'conflict', revision: 4, serverRevision: 5 }), { state: both, effects: [] });
});

test('saving + conflict naming an earlier save of this page: sent again on top of it', () => {
  const typed = next(saving(), { type: 'edit', text: 'Saved text, more!' }).state;
  const failed = next(typed, { type: 'fail', revision: 4 }).state;
  const again = next(failed, { type: 'due' }).state;
  // Revision 4 reached the server after all; its reply was lost
  const { state, effects } = step(again, { type: 'conflict', revision: 5, serverRevision: 4,
    serverText: 'Saved text, more', savedAt: LATER });
  assert.equal(state.status, 'saving');
  assert.deepEqual(state.saved, { text: 'Saved text, more', revision: 4, at: LATER });
  assert.deepEqual(effects, [{ type: 'send', revision: 6, text: 'Saved text, more!', base: 4, keepalive: false }]);
});

test('saving + conflict naming an earlier save of this page with the text shown: saved', () => {
  const failed = next(saving(), { type: 'fail', revision: 4 }).state;
  const again = next(failed, { type: 'due' }).state;
  const { state, effects } = step(again, { type: 'conflict', revision: 5, serverRevision: 4,
    serverText: 'Saved text, more', savedAt: LATER });
  assert.equal(state.status, 'saved');
  assert.deepEqual(effects, []);
});

test('saving + conflict naming a save another tab of this browser sent: saved', () => {
  const failed = next(saving(), { type: 'fail', revision: 4 }).state;
  const again = next(failed, { type: 'due' }).state;
  const shared = [{ revision: 9, hash: fingerprint('Saved text, more') }];
  const { state } = step(again, { type: 'conflict', revision: 5, serverRevision: 9,
    serverText: 'Saved text, more', savedAt: LATER, shared: shared });
  assert.equal(state.status, 'saved');
  assert.equal(state.saved.revision, 9);
  assert.ok(state.sent.some((s) => s.revision === 9));
});

test('saving + conflict with this page\'s revision number but another text: another device\'s, shown', () => {
  const failed = next(saving(), { type: 'fail', revision: 4 }).state;
  const again = next(failed, { type: 'due' }).state;
  const { state, effects } = step(again, { type: 'conflict', revision: 5, serverRevision: 4,
    serverText: 'Typed on a phone', detail: 'Saved elsewhere' });
  assert.equal(state.status, 'conflict');
  assert.equal(state.saved.revision, 3);
  assert.deepEqual(types(effects), ['announce']);
});

test('saving + refuse: not saved, not sent again until changed', () => {
  const { state, effects } = step(saving(), { type: 'refuse', revision: 4, text: 'Saved text, more',
    detail: 'Too long' });
  assert.equal(state.status, 'dirty');
  assert.equal(state.rejected, 'Saved text, more');
  assert.deepEqual(effects, [{ type: 'announce', kind: 'refused', detail: 'Too long' }]);
  assert.deepEqual(next(state, { type: 'due' }).effects, []);
  assert.equal(next(state, { type: 'edit', text: 'Shorter' }).state.rejected, null);
});

test('saving + close: closed, and the reply no longer matters', () => {
  const { state, effects } = step(saving(), { type: 'close', detail: 'Gone', link: true });
  assert.equal(state.status, 'closed');
  assert.deepEqual(effects[1], { type: 'announce', kind: 'closed', detail: 'Gone', link: true });
  assert.deepEqual(next(state, { type: 'ack', revision: 4, text: 'x' }).state, state);
});

// saved

test('saved + edit: dirty again', () => {
  const { state, effects } = step(saved(), { type: 'edit', text: 'Saved text!' });
  assert.equal(state.status, 'dirty');
  assert.deepEqual(effects, [{ type: 'schedule', ms: 3000 }]);
});

test('saved + post: nothing unsent, the form keeps its revision', () => {
  assert.deepEqual(step(saved(), { type: 'post' }).effects, []);
});

test('saved + close: closed', () => {
  assert.equal(step(saved(), { type: 'close' }).state.status, 'closed');
});

test('saved + late replies: an older acknowledgement changes nothing', () => {
  const state = next(saving(), { type: 'ack', revision: 4, text: 'Saved text, more', savedAt: LATER }).state;
  for (const type of ['ack', 'fail', 'refuse']) {
    assert.deepEqual(step(state, { type: type, revision: 4, text: 'Saved text, more' }).state, state);
  }
  assert.equal(step(state, { type: 'conflict', revision: 2, serverRevision: 4 }).state, state);
});

// offline

test('offline + edit: still offline, the new text waits for the retry', () => {
  const { state, effects } = step(offline(), { type: 'edit', text: 'Saved text, more and more' });
  assert.equal(state.status, 'offline');
  assert.equal(state.text, 'Saved text, more and more');
  assert.deepEqual(effects, []);
});

test('offline + due: the retry sends the text again as a new revision', () => {
  const { state, effects } = step(offline(), { type: 'due' });
  assert.equal(state.status, 'saving');
  assert.deepEqual(effects, [{ type: 'send', revision: 5, text: 'Saved text, more', base: 3, keepalive: false }]);
});

test('offline + due after the text went back to the saved one: saved', () => {
  const back = next(offline(), { type: 'edit', text: 'Saved text' }).state;
  const { state, effects } = step(back, { type: 'due' });
  assert.equal(state.status, 'saved');
  assert.deepEqual(effects, []);
});

test('offline + flush: sends with keepalive', () => {
  assert.equal(step(offline(), { type: 'flush' }).effects[0].keepalive, true);
});

test('offline + online: sends at once and starts the pauses afresh', () => {
  const { state, effects } = step(offline(), { type: 'online' });
  assert.equal(state.status, 'saving');
  assert.equal(state.failures, 0);
  assert.deepEqual(types(effects), ['send']);
});

test('offline + post: the form gets a revision above the failed one', () => {
  assert.deepEqual(step(offline(), { type: 'post' }).effects, [{ type: 'post', revision: 5, base: 4 }]);
});

test('offline + close: closed with the text unsent', () => {
  const { state } = step(offline(), { type: 'close' });
  assert.equal(state.status, 'closed');
  assert.equal(record(state).pending, true);
});

test('offline + a late acknowledgement of the failed revision: saved after all', () => {
  const { state } = step(offline(), { type: 'ack', revision: 4, text: 'Saved text, more', savedAt: LATER });
  assert.equal(state.status, 'saved');
  assert.equal(state.saved.revision, 4);
});

test('offline + stale failures and refusals change nothing', () => {
  const state = offline();
  assert.deepEqual(step(state, { type: 'fail', revision: 4 }).state, state);
  assert.deepEqual(step(state, { type: 'refuse', revision: 4 }).state, state);
  assert.deepEqual(step(state, { type: 'conflict', revision: 2, serverRevision: 4 }).state, state);
});

// conflict

test('conflict + edit before the page shows the other version: kept here, never sent', () => {
  const { state, effects } = step(conflict(), { type: 'edit', text: 'Still typing' });
  assert.equal(state.status, 'conflict');
  assert.equal(record(state).text, 'Still typing');
  assert.equal(record(state).pending, true);
  assert.deepEqual(effects, []);
});

test('conflict + edit after the page loaded the other version: saved on top of it', () => {
  const stored = { text: 'Typed here', base: 2, counter: 2, sent: [], pending: true };
  const loaded = start(SERVER, stored).state;
  const { state, effects } = step(loaded, { type: 'edit', text: 'Saved text, merged' });
  assert.equal(state.status, 'dirty');
  assert.equal(state.kept, null);
  assert.deepEqual(effects, [{ type: 'schedule', ms: 3000 }]);
  assert.equal(next(state, { type: 'due' }).effects[0].revision, 4);
});

test('conflict + close: closed', () => {
  assert.equal(step(conflict(), { type: 'close' }).state.status, 'closed');
});

test('conflict + anything else changes nothing', () => {
  const state = conflict();
  for (const type of ['due', 'flush', 'online', 'post', 'ack', 'fail']) {
    assert.deepEqual(next(state, { type: type, revision: 4 }), { state: state, effects: [] });
  }
});

// closed

test('closed: nothing moves it', () => {
  const state = closed();
  for (const type of ['edit', 'due', 'flush', 'online', 'post', 'ack', 'fail', 'conflict', 'refuse', 'close']) {
    assert.deepEqual(next(state, { type: type, revision: 4, text: 'x' }), { state: state, effects: [] });
  }
});

// moved: another device took the test over

test('a takeover while a save is in flight locks the page and offers the unsent text to copy', () => {
  const reply = step(saving('Saved text and more'), { type: 'moved', detail: 'elsewhere' });
  assert.equal(reply.state.status, 'closed');
  assert.deepEqual(types(reply.effects), ['lock', 'announce']);
  assert.equal(reply.effects[1].kind, 'moved');
  assert.equal(reply.effects[1].copy, 'Saved text and more');
  assert.deepEqual(next(reply.state, { type: 'edit', text: 'x' }).effects, []);
});

test('a takeover with nothing unsaved offers nothing to copy', () => {
  for (const state of [saved(), idle()]) {
    const reply = step(state, { type: 'moved' });
    assert.equal(reply.state.status, 'closed');
    assert.equal(reply.effects[1].copy, undefined);
  }
});

test('a takeover keeps typed, offline and conflicting text visible to copy', () => {
  for (const state of [dirty('Typed here'), offline(), conflict()]) {
    const reply = step(state, { type: 'moved' });
    assert.equal(reply.state.status, 'closed');
    assert.equal(reply.effects[1].copy, state.text);
  }
});

test('every transition listed in TRANSITIONS has a test above', () => {
  const listed = Object.entries(TRANSITIONS)
    .flatMap(([status, events]) => Object.keys(events).map((event) => status + ':' + event));
  const untested = listed.filter((name) => !ran.has(name));
  assert.deepEqual(untested, [], 'transitions without a test');
});

