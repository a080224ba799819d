// The autosave state machine: what the page knows about one answer and what it must do next. Pure: no DOM, no
// timers, no network. next(state, event) returns the new state and the effects the page carries out:
//   { type: 'send', revision, text, base, keepalive }  send this text as this revision, edited from base
//   { type: 'schedule', ms }                     send when ms have passed, unless a send is already planned
//   { type: 'retry', ms }                        send again in ms, replacing any planned send
//   { type: 'announce', kind, detail }           tell the candidate (kind: restored, conflict, refused, closed,
//                                                moved)
//   { type: 'post', revision, base }              the form posts the text as this revision, edited from base
//   { type: 'lock' }                             no more typing: the attempt is over
//   { type: 'answered', text }                   the server now holds this text

export const STATES = Object.freeze(['idle', 'dirty', 'saving', 'saved', 'conflict', 'offline', 'closed']);

export const MAX_BACKOFF_MS = 30000;
// Revisions this page sent, remembered so that a reply about one of them is not taken for another device's save
const SENT_KEPT = 20;

/** A short fingerprint of a text, enough to tell whether the server's copy of a revision is the one sent. */
export function fingerprint(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(36) + ':' + text.length;
}

/** Seconds before the next try after the given number of failures in a row: 1, 2, 4 … 30. */
export function backoff(failures) {
  return Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, Math.max(0, failures - 1)));
}

function sentBy(state, revision, text) {
  return state.sent.some((s) => s.revision === revision && (text === undefined || s.hash === fingerprint(text)));
}

function pending(state) {
  return state.saved.text === null || state.text !== state.saved.text;
}

/**
 * The first state of a page. {@code server} is what the page was rendered with: text, revision, savedAt, the
 * autosave interval and whether the page shows text the server refused. {@code stored} is this browser's record of
 * the answer (see record()), or null. Text typed here that the server never acknowledged comes back and is sent
 * when the server holds nothing newer from elsewhere; when it does, the server's text stays and the unsent text is
 * shown beside it.
 */
export function start(server, stored) {
  const base = {
    status: server.savedAt ? 'saved' : 'idle',
    text: server.text,
    saved: { text: server.refused ? null : server.text, revision: server.revision, at: server.savedAt || null },
    counter: Math.max(server.revision, (stored && stored.counter) || 0),
    sent: (stored && Array.isArray(stored.sent)) ? stored.sent.slice(-SENT_KEPT) : [],
    interval: server.interval,
    inFlight: null,
    failures: 0,
    retryMs: 0,
    rejected: null,
    conflict: null,
    // A copy kept for the candidate is no longer news once the server holds that very text
    kept: (stored && typeof stored.kept === 'string' && stored.kept !== server.text) ? stored.kept : null
  };
  if (server.refused) {
    // The form was refused: the box shows the refused text, which is sent again only once it is changed
    return { state: { ...base, status: 'dirty', rejected: server.text }, effects: [] };
  }
  if (!stored || typeof stored.text !== 'string' || stored.text === server.text) {
    return { state: base, effects: base.kept === null ? [] : [{ type: 'announce', kind: 'kept', detail: base.kept }] };
  }
  // Records written before the base was kept carry only the counter
  const known = typeof stored.base === 'number' ? stored.base : (stored.counter || 0);
  // The server holds what it last acknowledged here, something older (it lost a save), or a text sent from here
  // whose reply never arrived: the local text is the newest
  if (server.revision <= known || sentBy(base, server.revision, server.text)) {
    return {
      state: { ...base, status: 'dirty', text: stored.text },
      effects: [{ type: 'announce', kind: 'restored' }, { type: 'schedule', ms: 0 }]
    };
  }
  if (!stored.pending) {
    return { state: base, effects: [] }; // another device saved since; nothing typed here is lost
  }
  const conflict = { revision: server.revision, at: server.savedAt || null };
  return {
    state: { ...base, status: 'conflict', conflict: conflict, kept: stored.text },
    effects: [{ type: 'announce', kind: 'conflict', detail: stored.text }]
  };
}

/** What the page keeps in the browser's storage for this answer. */
export function record(state) {
  return {
    text: state.text,
    base: state.saved.revision,
    counter: state.counter,
    sent: state.sent,
    pending: pending(state),
    kept: state.kept
  };
}

/** Sends the box's text as a new revision above every revision used here or in another tab ({@code floor}). */
function send(state, floor, keepalive) {
  const revision = Math.max(state.counter, floor || 0, state.saved.revision) + 1;
  const sent = state.sent.concat([{ revision: revision, hash: fingerprint(state.text) }]).slice(-SENT_KEPT);
  return {
    state: { ...state, status: 'saving', counter: revision, sent: sent, inFlight: revision, rejected: null },
    effects: [{ type: 'send', revision: revision, text: state.text, base: state.saved.revision,
      keepalive: !!keepalive }]
  };
}

function stay(state) {
  return { state: state, effects: [] };
}

/** Where an edit leads when nothing is in flight: back to the saved status, or to a planned send. */
function edited(state, text) {
  const changed = { ...state, text: text, kept: null, rejected: state.rejected === text ? state.rejected : null };
  if (!pending(changed)) {
    return stay({ ...changed, status: resting(changed) });
  }
  return { state: { ...changed, status: 'dirty' }, effects: [{ type: 'schedule', ms: state.interval }] };
}

function resting(state) {
  return state.saved.at ? 'saved' : 'idle';
}

function due(state, event) {
  if (!pending(state)) {
    return stay({ ...state, status: resting(state), failures: 0, retryMs: 0 });
  }
  if (state.text === state.rejected) {
    return stay(state);
  }
  return send(state, event.floor, event.type === 'flush');
}

/** The server acknowledged a revision; it counts only when newer than what is known to be saved. */
function acknowledged(state, event) {
  const sentText = state.sent.find((s) => s.revision === event.revision);
  if (event.revision <= state.saved.revision || !sentText) {
    return stay(state);
  }
  const text = event.text;
  const saved = { text: text, revision: event.revision, at: event.savedAt || null };
  const effects = [{ type: 'answered', text: text }];
  if (state.inFlight !== null && state.inFlight !== event.revision) {
    return { state: { ...state, saved: saved }, effects: effects }; // a newer send is still on its way
  }
  const settled = { ...state, saved: saved, inFlight: null, failures: 0, retryMs: 0 };
  if (state.text === text) {
    return { state: { ...settled, status: 'saved' }, effects: effects };
  }
  return {
    state: { ...settled, status: 'dirty' },
    effects: effects.concat([{ type: 'schedule', ms: state.interval }])
  };
}

/**
 * The send failed (no connection, no answer in time, or a server error): keep the text and try again later, when a
 * busy server said when, else after a pause that grows with each failure.
 */
function failed(state, event) {
  if (event.revision !== state.inFlight) {
    return stay(state);
  }
  const failures = state.failures + 1;
  const ms = event.retryAfterMs > 0 ? Math.min(MAX_BACKOFF_MS, event.retryAfterMs) : backoff(failures);
  return {
    state: { ...state, status: 'offline', inFlight: null, failures: failures, retryMs: ms },
    effects: [{ type: 'retry', ms: ms }]
  };
}

/**
 * The server holds a newer revision. One sent from here (same number, same text) is an earlier save whose reply was
 * lost or is still coming: the text is sent again on top of it.
 */
function conflicted(state, event) {
  if (sentBy(state, event.serverRevision, event.serverText)) {
    const known = typeof event.serverText === 'string' && event.serverRevision > state.saved.revision
      ? { ...state, saved: { text: event.serverText, revision: event.serverRevision, at: event.savedAt || null } }
      : state;
    if (event.revision !== state.inFlight) {
      return stay(known);
    }
    const settled = { ...known, inFlight: null };
    return pending(settled) ? send(settled, event.serverRevision, false)
      : stay({ ...settled, status: resting(settled) });
  }
  const conflict = { revision: event.serverRevision, at: event.savedAt || null };
  return {
    state: { ...state, status: 'conflict', inFlight: null, conflict: conflict },
    effects: [{ type: 'announce', kind: 'conflict', detail: event.detail || '' }]
  };
}

/** The server refused the text itself (too long, invalid): it is not sent again until it is changed. */
function refused(state, event) {
  if (event.revision !== state.inFlight) {
    return stay(state);
  }
  return {
    state: { ...state, status: 'dirty', inFlight: null, rejected: event.text },
    effects: [{ type: 'announce', kind: 'refused', detail: event.detail || '' }]
  };
}

function closed(state, event) {
  return {
    state: { ...state, status: 'closed', inFlight: null },
    effects: [{ type: 'lock' }, { type: 'announce', kind: 'closed', detail: event.detail || '', link: !!event.link }]
  };
}

/**
 * A form post carries the text itself; it gets a revision above every one sent so far. Its base is the highest of
 * them, since any may have arrived without a reply: the server then refuses it only for a revision saved elsewhere
 * above all of them.
 */
function posted(state) {
  if (!pending(state)) {
    return stay(state);
  }
  const sending = send(state, 0, false);
  return {
    state: { ...sending.state, status: state.status, inFlight: state.inFlight },
    effects: [{ type: 'post', revision: sending.state.counter, base: state.counter }]
  };
}

function editWhileSending(state, event) {
  return stay({ ...state, text: event.text, kept: null });
}

function editInConflict(state, event) {
  // Until the page shows the other device's version, typing here must not replace it
  if (state.conflict.revision > state.saved.revision) {
    return stay({ ...state, text: event.text });
  }
  return edited({ ...state, conflict: null }, event.text);
}

function retryNow(state, event) {
  return due({ ...state, failures: 0 }, event);
}

function flushAlso(state, event) {
  // Leaving the page: a text newer than the one in flight goes too, or it would be lost
  const last = state.sent.find((s) => s.revision === state.inFlight);
  if (!pending(state) || (last && last.hash === fingerprint(state.text))) {
    return stay(state);
  }
  return send(state, event.floor, true);
}

/**
 * Another device or tab took the test over ({@code tab}: a tab of this browser): nothing more is sent from here. Text typed here that the server does not hold
 * is shown to copy, so it is never lost without the candidate seeing it.
 */
function moved(state, event) {
  const unsaved = pending(state) && state.text.trim() !== '' ? state.text : undefined;
  return {
    state: { ...state, status: 'closed', inFlight: null, kept: unsaved === undefined ? state.kept : unsaved },
    effects: [{ type: 'lock' }, { type: 'announce', kind: 'moved', detail: event.detail || '', copy: unsaved,
      tab: !!event.tab }]
  };
}

const answers = { ack: acknowledged, fail: failed, conflict: conflicted, refuse: refused, moved: moved };

/** Every transition, by state and event. An event a state does not list changes nothing. */
export const TRANSITIONS = Object.freeze({
  idle: { edit: (s, e) => edited(s, e.text), due: due, flush: due, post: posted, close: closed, ...answers },
  dirty: { edit: (s, e) => edited(s, e.text), due: due, flush: due, online: retryNow, post: posted, close: closed,
    ...answers },
  saving: { edit: editWhileSending, flush: flushAlso, post: posted, close: closed, ...answers },
  saved: { edit: (s, e) => edited(s, e.text), post: posted, close: closed, ...answers },
  conflict: { edit: editInConflict, close: closed, moved: moved },
  offline: { edit: editWhileSending, due: due, flush: due, online: retryNow, post: posted, close: closed,
    ...answers },
  closed: {}
});

/** Adds the revisions other tabs of this browser sent ({@code shared}, from storage) to this page's own. */
function absorb(state, shared) {
  if (!Array.isArray(shared)) {
    return state;
  }
  const known = new Set(state.sent.map((s) => s.revision + ' ' + s.hash));
  const extra = shared.filter((s) => s && typeof s.revision === 'number' && !known.has(s.revision + ' ' + s.hash));
  if (extra.length === 0) {
    return state;
  }
  const sent = state.sent.concat(extra).sort((a, b) => a.revision - b.revision).slice(-SENT_KEPT);
  return { ...state, sent: sent };
}

/**
 * Applies one event: { state, effects }. Any event may carry {@code floor}, the highest revision any tab of this
 * browser used, and {@code shared}, the revisions they sent.
 */
export function next(state, event) {
  const handler = TRANSITIONS[state.status][event.type];
  return handler ? handler(absorb(state, event.shared), event) : stay(state);
}
