// The autosave API: PUT {api}/answers/{qid} with {text, revision, base}, POST {api}/submit. Each reply becomes an event
// for the state machine; a reply that never comes is a failure after REQUEST_TIMEOUT_MS.

export const REQUEST_TIMEOUT_MS = 10000;

async function readJson(response) {
  try {
    return await response.json();
  } catch (e) {
    return {};
  }
}

function detailOf(body) {
  return body.detail || body.title || '';
}

/**
 * The machine's event for a save's reply (without the revision and text, which the caller adds). A busy server's
 * Retry-After, in seconds, says when to send again.
 */
export function outcome(status, body, retryAfter) {
  if (status >= 200 && status < 300) {
    return { type: 'ack', savedAt: body.savedAt || null };
  }
  if (status >= 500 || status === 408 || status === 429) {
    const seconds = Number(retryAfter);
    return seconds > 0 ? { type: 'fail', status: status, retryAfterMs: seconds * 1000 }
      : { type: 'fail', status: status };
  }
  if (status === 409 && body.elsewhere === true) {
    return { type: 'moved', detail: detailOf(body) };
  }
  if (status === 409) {
    return { type: 'conflict', serverRevision: body.revision, serverText: body.text, savedAt: body.savedAt || null,
      detail: detailOf(body) };
  }
  if (status === 410 || status === 404) {
    return { type: 'close', detail: detailOf(body), link: true };
  }
  const detail = detailOf(body) || 'This answer could not be saved (error ' + status + ').';
  return { type: 'refuse', status: status, detail: detail };
}

/**
 * Talks to the server for one attempt; fetchFn and timeoutMs may be replaced in tests. tab() gives this tab's name,
 * sent with every request so that the server tells two tabs of one browser apart.
 */
export function transport(api, fetchFn = globalThis.fetch.bind(globalThis), timeoutMs = REQUEST_TIMEOUT_MS,
  tab = () => null) {
  // The status and the JSON body, both within the time limit
  async function request(path, method, body, keepalive) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      const name = tab();
      if (name) {
        headers['Assay-Tab'] = name;
      }
      const response = await fetchFn(api + path, {
        method: method,
        headers: headers,
        body: body,
        credentials: 'same-origin',
        keepalive: !!keepalive,
        signal: controller.signal
      });
      const retryAfter = response.headers && response.headers.get ? response.headers.get('Retry-After') : null;
      return { status: response.status, body: await readJson(response), retryAfter: retryAfter };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    /** Saves one revision of the text, edited from revision base; resolves to the machine's event, never rejects. */
    async save(qid, { revision, text, base, keepalive }) {
      let event;
      try {
        const reply = await request('/answers/' + encodeURIComponent(qid), 'PUT',
          JSON.stringify({ text: text, revision: revision, base: base }), keepalive);
        event = outcome(reply.status, reply.body, reply.retryAfter);
      } catch (e) {
        event = { type: 'fail', status: 0 };
      }
      return { ...event, revision: revision, text: text };
    },

    /**
     * Whether this device may still change the attempt, with the server's clock and deadline: { activeHere,
     * anotherTab, status, deadline, serverTime }, or null when the server could not be reached.
     */
    async presence() {
      try {
        const reply = await request('/presence', 'GET', undefined, false);
        return reply.status === 200 ? reply.body : null;
      } catch (e) {
        return null;
      }
    },

    /** Reports integrity signals; true once the server took them. Never rejects. */
    async signals(list, keepalive) {
      try {
        const reply = await request('/signals', 'POST', JSON.stringify({ signals: list }), keepalive);
        return reply.status >= 200 && reply.status < 300;
      } catch (e) {
        return false;
      }
    },

    /** Makes this tab the one that works on the test ("Continue here"); true once the server agreed. */
    async takeOver() {
      try {
        const reply = await request('/takeover', 'POST', '{}', false);
        return reply.status >= 200 && reply.status < 300;
      } catch (e) {
        return false;
      }
    },

    /** Submits the attempt: { ok, detail }; a submit the server already recorded (410) counts as done. */
    async submit() {
      const reply = await request('/submit', 'POST', '{}', false);
      if ((reply.status >= 200 && reply.status < 300) || reply.status === 410) {
        return { ok: true, detail: '' };
      }
      return { ok: false, detail: detailOf(reply.body) };
    }
  };
}
