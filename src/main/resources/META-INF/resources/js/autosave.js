// Candidate pages: autosave of the answer, the countdown to the server's deadline, and clean-up after submitting.
// Without this script every page still works: its buttons post the form, which saves the answer.
(function () {
  'use strict';

  const MAX_BACKOFF_MS = 30000;
  const WARN_AT_MINUTES = [5, 1];

  const form = document.getElementById('answer-form');
  const countdown = document.getElementById('countdown');
  const alerts = document.getElementById('alerts');
  const finished = document.getElementById('finished');

  // Storage may be unavailable (private windows, full disk): saving to the server still works.
  function readStored(key) {
    try {
      const value = localStorage.getItem(key);
      return value ? JSON.parse(value) : null;
    } catch (e) {
      return null;
    }
  }

  function writeStored(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      // nothing to do: the server copy is the one that counts
    }
  }

  function clearAttempt(attemptKey) {
    try {
      const prefix = 'assay:' + attemptKey + ':';
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const key = localStorage.key(i);
        if (key && key.indexOf(prefix) === 0) {
          localStorage.removeItem(key);
        }
      }
    } catch (e) {
      // ignore
    }
  }

  function clockTime(iso) {
    const date = new Date(iso);
    return isNaN(date) ? '' : date.toLocaleTimeString([], {
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
    });
  }

  function announce(message, link) {
    if (!alerts) {
      return;
    }
    const p = document.createElement('p');
    p.className = 'warning';
    p.textContent = message;
    if (link) {
      p.appendChild(document.createTextNode(' '));
      const a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.text;
      p.appendChild(a);
    }
    alerts.replaceChildren(p);
  }

  async function readJson(response) {
    try {
      return await response.json();
    } catch (e) {
      return {};
    }
  }

  async function problemDetail(response) {
    const body = await readJson(response);
    return body.detail || body.title || '';
  }

  if (finished) {
    clearAttempt(finished.dataset.attemptKey);
    return;
  }

  const api = (countdown && countdown.dataset.api) || (form && form.dataset.api);
  const doneUrl = (countdown && countdown.dataset.doneUrl) || (form && form.dataset.doneUrl);
  const editor = form ? createEditor(form) : null;
  if (countdown) {
    startCountdown(countdown);
  }

  function createEditor(form) {
    const textarea = document.getElementById('answer');
    const revisionInput = document.getElementById('revision');
    const status = document.getElementById('save-status');
    const words = document.getElementById('word-count');
    const charWarning = document.getElementById('char-warning');
    const qid = form.dataset.qid;
    const key = 'assay:' + form.dataset.attemptKey + ':' + qid;
    const interval = Math.max(500, parseInt(form.dataset.interval, 10) || 3000);
    const maxChars = parseInt(form.dataset.maxChars, 10) || 10000;
    const serverRevision = parseInt(form.dataset.revision, 10) || 0;
    const refused = form.dataset.refused === 'true';

    const mine = new Set();
    let counter = serverRevision;
    let savedText = refused ? null : textarea.value;
    let ackedRevision = serverRevision;
    let rejectedText = null;
    let timer = null;
    let inFlight = false;
    let again = false;
    let retries = 0;
    let stopped = false;
    let navigating = false;

    function setStatus(text) {
      if (status.textContent !== text) {
        status.textContent = text;
      }
    }

    function stored() {
      return readStored(key) || {};
    }

    // The revision counter lives in storage too, so a reload or a second tab continues above every number used.
    function nextRevision() {
      counter = Math.max(counter, stored().counter || 0, ackedRevision) + 1;
      return counter;
    }

    function remember(text) {
      writeStored(key, { counter: Math.max(counter, stored().counter || 0), text: text, pending: text !== savedText });
    }

    function showCounts() {
      const text = textarea.value.trim();
      const count = text === '' ? 0 : text.split(/\s+/).length;
      words.textContent = count === 1 ? '1 word' : count + ' words';
      const length = textarea.value.length;
      if (length > maxChars) {
        charWarning.textContent = ' · ' + length.toLocaleString() + ' characters: over the limit of '
          + maxChars.toLocaleString() + ', shorten it to save';
        charWarning.className = 'error';
      } else if (length > maxChars * 0.9) {
        charWarning.textContent = ' · ' + length.toLocaleString() + ' of ' + maxChars.toLocaleString()
          + ' characters used';
        charWarning.className = '';
      } else {
        charWarning.textContent = '';
      }
    }

    function markAnswered(text) {
      const current = form.querySelector('button.jump[aria-current]');
      if (!current) {
        return;
      }
      const answered = text.trim() !== '';
      current.classList.toggle('answered', answered);
      const state = current.querySelector('.state');
      if (state) {
        state.textContent = answered ? 'answered' : 'not answered';
      }
    }

    function schedule(delay) {
      if (!timer && !stopped) {
        timer = setTimeout(function () {
          timer = null;
          save(false);
        }, delay);
      }
    }

    function stop(message, link) {
      stopped = true;
      clearTimeout(timer);
      textarea.readOnly = true;
      form.querySelectorAll('button').forEach(function (button) {
        button.disabled = true;
      });
      announce(message, link);
    }

    async function save(keepalive) {
      const text = textarea.value;
      if (stopped || text === savedText || text === rejectedText) {
        return;
      }
      if (inFlight && !keepalive) {
        again = true;
        return;
      }
      const revision = nextRevision();
      mine.add(revision);
      remember(text);
      inFlight = true;
      setStatus('Saving…');
      try {
        const response = await fetch(api + '/answers/' + encodeURIComponent(qid), {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
          body: JSON.stringify({ text: text, revision: revision }),
          credentials: 'same-origin',
          keepalive: keepalive
        });
        await handle(response, text, revision);
      } catch (e) {
        retry();
      } finally {
        inFlight = false;
        if (again) {
          again = false;
          schedule(0);
        }
      }
    }

    async function handle(response, text, revision) {
      if (response.ok) {
        const body = await response.json();
        retries = 0;
        if (revision > ackedRevision) {
          ackedRevision = revision;
          savedText = text;
          remember(textarea.value);
          markAnswered(text);
        }
        if (textarea.value === savedText) {
          setStatus('Saved ' + clockTime(body.savedAt));
        }
        return;
      }
      const problem = await readJson(response);
      const detail = problem.detail || problem.title || '';
      if (response.status === 409) {
        if (mine.has(problem.revision)) {
          return; // a later save from this page got there first
        }
        setStatus('Not saved');
        stopped = true;
        announce(detail || 'A newer version of this answer was saved elsewhere. Reload the page to see it.');
      } else if (response.status === 422 || response.status === 413) {
        rejectedText = text;
        setStatus('Not saved');
        announce(detail);
      } else if (response.status === 410 || response.status === 404) {
        setStatus('Not saved');
        stop(detail, { href: doneUrl, text: 'Continue' });
      } else if (response.status >= 500 || response.status === 408 || response.status === 429) {
        retry(Number(response.headers.get('Retry-After')));
      } else {
        setStatus('Not saved');
        announce(detail || 'This answer could not be saved (error ' + response.status + ').');
      }
    }

    // A busy server says when to come back (Retry-After, in seconds); otherwise wait longer after each failure
    function retry(retryAfterSeconds) {
      retries++;
      const delay = retryAfterSeconds > 0 ? Math.min(MAX_BACKOFF_MS, retryAfterSeconds * 1000)
        : Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, retries - 1));
      setStatus('Not saved, retrying in ' + Math.round(delay / 1000) + ' s');
      clearTimeout(timer);
      timer = null;
      schedule(delay);
    }

    function flush() {
      if (!navigating && textarea.value !== savedText) {
        save(true);
      }
    }

    textarea.addEventListener('input', function () {
      rejectedText = null;
      remember(textarea.value);
      showCounts();
      if (textarea.value !== savedText) {
        setStatus('Unsaved changes');
      }
      schedule(interval);
    });
    textarea.addEventListener('blur', function () {
      save(false);
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        flush();
      }
    });
    window.addEventListener('pagehide', flush);
    window.addEventListener('online', function () {
      if (textarea.value !== savedText) {
        retries = 0;
        save(false);
      }
    });

    // The buttons post the text with the form; give it a revision above everything sent so far.
    form.addEventListener('submit', function () {
      navigating = true;
      if (textarea.value !== savedText) {
        revisionInput.value = nextRevision();
        mine.add(counter);
        remember(textarea.value);
      }
    });

    // Text typed here that never reached the server (closed tab, lost connection) comes back if nothing newer
    // was saved since.
    const local = stored();
    if (!refused && local.pending && typeof local.text === 'string' && local.text !== textarea.value
      && serverRevision <= (local.counter || 0)) {
      textarea.value = local.text;
      announce('Text you typed earlier on this device had not been saved yet. It has been put back and is being'
        + ' saved.');
      schedule(0);
    } else if (!refused) {
      remember(textarea.value);
    }
    showCounts();

    return {
      textarea: textarea,
      stop: stop,
      pending: function () {
        return textarea.value !== savedText;
      },
      saveNow: async function () {
        clearTimeout(timer);
        timer = null;
        while (inFlight) {
          await new Promise(function (resolve) {
            setTimeout(resolve, 100);
          });
        }
        await save(false);
      }
    };
  }

  function startCountdown(element) {
    const deadline = Date.parse(element.dataset.deadline);
    const offset = Date.parse(element.dataset.serverTime) - Date.now();
    const warned = new Set();
    let ended = false;

    function remaining() {
      return deadline - (Date.now() + offset);
    }

    function format(ms) {
      const total = Math.max(0, Math.ceil(ms / 1000));
      const hours = Math.floor(total / 3600);
      const minutes = Math.floor((total % 3600) / 60);
      const seconds = String(total % 60).padStart(2, '0');
      return hours > 0 ? hours + ':' + String(minutes).padStart(2, '0') + ':' + seconds : minutes + ':' + seconds;
    }

    function tick() {
      const left = remaining();
      element.textContent = format(left);
      WARN_AT_MINUTES.forEach(function (minutes) {
        if (left <= minutes * 60000 && left > (minutes * 60000) - 5000 && !warned.has(minutes)) {
          warned.add(minutes);
          announce(minutes === 1 ? '1 minute left.' : minutes + ' minutes left.');
        }
      });
      if (left <= 0 && !ended) {
        ended = true;
        clearInterval(timer);
        timeUp();
      }
    }

    async function timeUp() {
      announce('Time is up. Your answers are being submitted.');
      if (editor) {
        if (editor.pending()) {
          await editor.saveNow();
        }
        editor.stop('Time is up. Your answers are being submitted.');
      }
      // Submit once the server's clock has passed the deadline too, so it is recorded as the deadline's doing
      while (remaining() > -1000) {
        await new Promise(function (resolve) {
          setTimeout(resolve, 250);
        });
      }
      let message = 'Time is up. Your answers have been saved and submitted.';
      try {
        const response = await fetch(api + '/submit', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
          body: '{}',
          credentials: 'same-origin'
        });
        if (!response.ok && response.status !== 410) {
          message = 'Time is up. ' + (await problemDetail(response));
        }
      } catch (e) {
        message = 'Time is up. The answers saved by then will be submitted for you.';
      }
      announce(message, { href: doneUrl, text: 'See the confirmation' });
    }

    const timer = setInterval(tick, 1000);
    tick();
  }
})();
