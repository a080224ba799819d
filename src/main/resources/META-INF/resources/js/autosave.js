// Candidate pages: binds the autosave state machine to the question page, runs the countdown to the server's
// deadline and forgets the stored answers once the test is submitted. Without this script every page still works:
// its buttons post the form, which saves the answer.
import { next, record, start } from './autosave/machine.js';
import { answerStore, clearAttempt } from './autosave/storage.js';
import { transport } from './autosave/transport.js';
import { lengthNote, notice, statusText, wordsLabel } from './autosave/messages.js';
import { startCountdown, WARNING_SHOWN_MS } from './autosave/countdown.js';
import { awayClock, typingMonitor } from './autosave/signals.js';
import { renameTab, tabName, tabPeers } from './autosave/tab.js';

const SETTLE_MS = 10000;

const form = document.getElementById('answer-form');
const countdown = document.getElementById('countdown');
const alerts = document.getElementById('alerts');
const finished = document.getElementById('finished');
const timeWarning = document.getElementById('time-warning');

/** Shows each time in the candidate's own zone, naming the zone; the page's own text (UTC) stays without script. */
function localiseTimes() {
  let zone = '';
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch (e) {
    zone = '';
  }
  document.querySelectorAll('time.local-time[datetime]').forEach((element) => {
    const date = new Date(element.getAttribute('datetime'));
    if (isNaN(date)) {
      return;
    }
    const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' };
    if (element.dataset.withDate === 'true') {
      options.weekday = 'short';
      options.day = 'numeric';
      options.month = 'long';
      options.year = 'numeric';
    }
    const text = date.toLocaleString([], options);
    element.textContent = zone ? text + ' (' + zone.replace(/_/g, ' ') + ')' : text;
    element.title = date.toISOString().replace('.000Z', 'Z');
  });
}

let warningTimer = null;

// Integrity signals waiting to be sent: reviewers see them, they never change a score
const pendingSignals = [];

// The kinds the assessment records; the page sends no other
const recordedKinds = new Set(((form && form.dataset.signals) || '').split(' ').filter((k) => k !== ''));

function signal(kind, qid, amount) {
  if (recordedKinds.has(kind) && pendingSignals.length < 200) {
    pendingSignals.push({ kind: kind, qid: qid || null, amount: amount, at: new Date().toISOString() });
  }
}

async function sendSignals(keepalive) {
  if (!server || pendingSignals.length === 0) {
    return;
  }
  const batch = pendingSignals.splice(0, 50);
  if (!(await server.signals(batch, keepalive))) {
    pendingSignals.unshift(...batch); // kept for the next try
  }
}

/** Counts time spent outside the test's tab or window, from leaving until coming back. */
function watchFocus(qid) {
  const away = awayClock();
  const leave = () => away.left(Date.now());
  const back = () => {
    const ms = away.back(Date.now());
    if (ms !== null) {
      signal('FOCUS', qid, ms);
      sendSignals(false);
    }
  };
  window.addEventListener('blur', leave);
  window.addEventListener('focus', back);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      leave();
      sendSignals(true);
    } else {
      back();
    }
  });
  window.addEventListener('pagehide', () => sendSignals(true));
  setInterval(() => sendSignals(false), checkMs);
}

/** Time warnings go to their own live region and leave it again, so an old warning never reads as current. */
function warn(message) {
  if (!timeWarning) {
    announce(message);
    return;
  }
  timeWarning.textContent = message;
  clearTimeout(warningTimer);
  warningTimer = setTimeout(() => {
    timeWarning.textContent = '';
  }, WARNING_SHOWN_MS);
}

/** Every control of the page stops working, and looks it. */
function disableControls() {
  document.querySelectorAll('main form button').forEach((button) => {
    button.disabled = true;
  });
  const textarea = document.getElementById('answer');
  if (textarea) {
    textarea.readOnly = true;
    textarea.blur();
  }
}

// Reading window.localStorage itself throws where storage is blocked; the store then keeps nothing
function browserStorage() {
  try {
    return window.localStorage;
  } catch (e) {
    return null;
  }
}

function clockTime(iso) {
  const date = new Date(iso);
  return isNaN(date) ? '' : date.toLocaleTimeString([], {
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
  });
}

function announce(message, link, copy) {
  if (!alerts) {
    return;
  }
  const p = document.createElement('p');
  p.className = 'warning';
  p.textContent = message;
  if (link) {
    p.append(' ');
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.text;
    if (link.action) {
      a.addEventListener('click', (event) => {
        event.preventDefault();
        link.action();
      });
    }
    p.appendChild(a);
  }
  const parts = [p];
  if (copy !== undefined) {
    const box = document.createElement('textarea');
    box.id = 'unsaved-copy';
    box.readOnly = true;
    box.rows = 6;
    box.setAttribute('aria-label', 'Text typed on this device that was not saved');
    box.value = copy;
    parts.push(box);
  }
  alerts.replaceChildren(...parts);
}

const api = (countdown && countdown.dataset.api) || (form && form.dataset.api);
const doneUrl = (countdown && countdown.dataset.doneUrl) || (form && form.dataset.doneUrl);
// The invitation link itself: on a device that was taken over it offers "Continue here"
const entryUrl = doneUrl ? doneUrl.replace(/\/done$/, '') : null;
const checkMs = Math.max(500, parseInt((form && form.dataset.interval) || (countdown && countdown.dataset.interval),
  10) || 3000);

function sessionStore() {
  try {
    return window.sessionStorage;
  } catch (e) {
    return null;
  }
}

// This tab's name, sent with every request, and the other tabs of this test in this browser
let tab = sessionStore() ? tabName(sessionStore()) : null;
const server = api ? transport(api, undefined, undefined, () => tab) : null;
let holding = true;
const peers = api && tab && typeof BroadcastChannel === 'function'
  ? tabPeers(new BroadcastChannel('assay-tabs:' + api), tab, () => holding, 500, () => takenElsewhere())
  : null;
// Where the test is worked on ('here', 'tab' or 'device'): saves wait until this tab knows
let ready = Promise.resolve('here');
let onTaken = null;

function takenElsewhere() {
  if (onTaken) {
    onTaken();
  }
}

/** "Continue here": this tab takes the test over, tells the other tabs at once, and starts afresh. */
async function continueHere() {
  if (server && await server.takeOver()) {
    if (peers) {
      peers.taken();
    }
    try {
      sessionStore().setItem('assay-tab-claimed', '1');
    } catch (e) {
      // the new page then asks the other tabs, which have turned read-only already
    }
    window.location.reload();
  } else if (entryUrl) {
    window.location.href = entryUrl;
  }
}

/**
 * Whether this tab may work on the test: 'here', or 'tab' when a live tab of this browser has it, or 'device' when
 * another device has it. A tab of this browser that holds the test but no longer answers was closed: this one takes
 * over without asking.
 */
async function claim() {
  let claimed = false;
  try {
    claimed = sessionStore().getItem('assay-tab-claimed') === '1';
    sessionStore().removeItem('assay-tab-claimed');
  } catch (e) {
    claimed = false;
  }
  const [presence, others] = await Promise.all([server.presence(),
    peers && !claimed ? peers.ask() : Promise.resolve({ live: false, sameName: false })]);
  if (others.sameName) {
    // A duplicated tab copied the original's name: it takes a name of its own and leaves the test to the original
    tab = renameTab(sessionStore());
    peers.rename(tab);
    return 'tab';
  }
  if (others.live) {
    return 'tab';
  }
  if (!presence || presence.status !== 'IN_PROGRESS' || presence.activeHere) {
    return 'here';
  }
  if (presence.anotherTab && await server.takeOver()) {
    return 'here';
  }
  return presence.anotherTab ? 'tab' : 'device';
}

function bindEditor(form) {
  const textarea = document.getElementById('answer');
  const revisionInput = document.getElementById('revision');
  const baseInput = document.getElementById('base');
  const status = document.getElementById('save-status');
  const words = document.getElementById('word-count');
  const charWarning = document.getElementById('char-warning');
  const qid = form.dataset.qid;
  const maxChars = parseInt(form.dataset.maxChars, 10) || 10000;
  const store = answerStore(browserStorage(), form.dataset.attemptKey, qid);
  const settled = [];
  let timer = null;
  let navigating = false;

  const begun = start({
    text: textarea.value,
    revision: parseInt(form.dataset.revision, 10) || 0,
    savedAt: form.dataset.savedAt || null,
    interval: Math.max(500, parseInt(form.dataset.interval, 10) || 3000),
    refused: form.dataset.refused === 'true'
  }, store.read());
  let state = begun.state;

  function showStatus() {
    const text = statusText(state, clockTime);
    if (text !== null && status.textContent !== text) {
      status.textContent = text;
    }
  }

  function showCounts() {
    words.textContent = wordsLabel(textarea.value);
    const note = lengthNote(textarea.value.length, maxChars);
    charWarning.textContent = note.text;
    charWarning.className = note.error ? 'error' : '';
  }

  function markAnswered(text) {
    const current = form.querySelector('button.jump[aria-current]');
    if (!current) {
      return;
    }
    const answered = text.trim() !== '';
    current.classList.toggle('answered', answered);
    const label = current.querySelector('.state');
    if (label) {
      label.textContent = answered ? 'answered' : 'not answered';
    }
  }

  function tell(effect) {
    const shown = notice(effect, state);
    const link = shown.takeover ? { href: entryUrl, text: 'Continue here', action: continueHere }
      : shown.link ? { href: doneUrl, text: 'Continue' } : null;
    announce(shown.text, link, shown.copy);
  }

  function plan(ms, replace) {
    if (replace) {
      clearTimeout(timer);
      timer = null;
    }
    if (timer === null) {
      timer = setTimeout(() => {
        timer = null;
        dispatch({ type: 'due' });
      }, ms);
    }
  }

  async function send(effect) {
    if ((await ready) !== 'here') {
      return; // the page turns read-only and shows the text to copy
    }
    const reply = await server.save(qid, effect);
    dispatch(reply);
  }

  function run(effect) {
    switch (effect.type) {
      case 'send':
        send(effect);
        break;
      case 'schedule':
        plan(effect.ms, false);
        break;
      case 'retry':
        plan(effect.ms, true);
        break;
      case 'answered':
        markAnswered(effect.text);
        break;
      case 'post':
        revisionInput.value = effect.revision;
        baseInput.value = effect.base;
        break;
      case 'lock':
        clearTimeout(timer);
        disableControls();
        break;
      case 'announce':
        tell(effect);
        break;
      default:
        break;
    }
  }

  function dispatch(event) {
    // Another tab may have sent revisions of this answer: send above them, and know them as this browser's
    const stored = store.read() || {};
    const floor = typeof stored.counter === 'number' ? stored.counter : 0;
    const step = next(state, { floor: floor, shared: stored.sent, ...event });
    state = step.state;
    store.write(record(state));
    step.effects.forEach(run);
    showStatus();
    if (!busy()) {
      settled.splice(0).forEach((resolve) => resolve());
    }
  }

  // A save is on its way or about to go
  function busy() {
    return state.status === 'saving' || (state.status === 'dirty' && state.rejected !== state.text);
  }

  const monitor = typingMonitor();
  let length = textarea.value.length;
  textarea.addEventListener('paste', (event) => {
    const pasted = event.clipboardData ? event.clipboardData.getData('text') : '';
    if (pasted.length > 0) {
      signal('PASTE', qid, pasted.length);
    }
  });
  textarea.addEventListener('input', (event) => {
    const added = textarea.value.length - length;
    length = textarea.value.length;
    const kind = event.inputType || '';
    if (kind === 'insertFromDrop' && added > 0) {
      signal('PASTE', qid, added);
    } else if (!kind.startsWith('insertFromPaste') && kind !== 'insertFromDrop') {
      const burst = monitor.typed(Math.max(0, added), Date.now());
      if (burst !== null) {
        signal('TYPING', qid, burst);
      }
    }
    dispatch({ type: 'edit', text: textarea.value });
    showCounts();
  });
  textarea.addEventListener('blur', () => dispatch({ type: 'due' }));
  const flush = () => {
    if (!navigating) {
      dispatch({ type: 'flush' });
    }
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      flush();
    }
  });
  window.addEventListener('pagehide', flush);
  window.addEventListener('online', () => dispatch({ type: 'online' }));
  // The buttons post the text with the form, as a revision above everything sent so far
  form.addEventListener('submit', () => {
    navigating = true;
    dispatch({ type: 'post' });
  });

  if (state.text !== textarea.value) {
    textarea.value = state.text;
  }
  store.write(record(state));
  begun.effects.forEach(run);
  showStatus();
  showCounts();

  return {
    /** Sends what is not saved yet and waits, at most SETTLE_MS, until the server answered. */
    async settle() {
      dispatch({ type: 'due' });
      if (busy()) {
        await Promise.race([
          new Promise((resolve) => settled.push(resolve)),
          new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
        ]);
      }
    },
    close(message) {
      dispatch({ type: 'close', detail: message });
    },
    moved(byTab) {
      dispatch({ type: 'moved', tab: byTab });
    }
  };
}

/** A page without an answer box (the confirmation) that another device took over: its buttons stop working. */
function lockPage(byTab) {
  disableControls();
  const shown = notice({ kind: 'moved', tab: byTab }, null);
  announce(shown.text, { href: entryUrl, text: 'Continue here', action: continueHere });
}

/**
 * Asks the server once per autosave interval whether this device still has the test, and keeps the countdown on the
 * server's clock. A hidden page asks again as soon as it is shown: after sleep the answer comes at once.
 */
function watch(editor, clock) {
  let done = false;
  function lose(byTab) {
    done = true;
    holding = false;
    if (editor) {
      editor.moved(byTab);
    } else {
      lockPage(byTab);
    }
  }
  onTaken = () => {
    if (!done) {
      lose(true);
    }
  };
  ready.then((where) => {
    if (where !== 'here') {
      lose(where === 'tab');
    }
  });
  async function check() {
    if (done || document.visibilityState === 'hidden') {
      return;
    }
    const presence = await server.presence();
    if (!presence || done) {
      return;
    }
    if (clock && presence.deadline && presence.serverTime) {
      clock.sync(presence.deadline, presence.serverTime);
    }
    if (presence.status === 'IN_PROGRESS' && presence.activeHere === false) {
      lose(presence.anotherTab === true);
    }
  }
  setInterval(check, checkMs);
  document.addEventListener('visibilitychange', check);
  window.addEventListener('online', check);
}

async function timeUp(editor, remaining) {
  announce('Time is up. Your answers are being submitted.');
  if (timeWarning) {
    timeWarning.textContent = '';
  }
  if (!editor) {
    disableControls();
  }
  if (editor) {
    await editor.settle();
    editor.close('Time is up. Your answers are being submitted.');
  }
  // Submit once the server's clock has passed the deadline too, so it is recorded as the deadline's doing
  while (remaining() > -1000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  let message = 'Time is up. Your answers have been saved and submitted.';
  try {
    const result = await server.submit();
    if (!result.ok) {
      message = 'Time is up. ' + result.detail;
    }
  } catch (e) {
    message = 'Time is up. The answers saved by then will be submitted for you.';
  }
  announce(message, { href: doneUrl, text: 'See the confirmation' });
}

localiseTimes();
if (finished) {
  clearAttempt(browserStorage(), finished.dataset.attemptKey);
} else {
  if (server && (form || countdown)) {
    ready = claim().catch(() => 'here');
  }
  const editor = form ? bindEditor(form) : null;
  let clock = null;
  if (countdown) {
    clock = startCountdown(countdown, warn, (remaining) => timeUp(editor, remaining));
  }
  if (server && (form || countdown)) {
    watch(editor, clock);
    watchFocus(form ? form.dataset.qid : null);
  }
}
