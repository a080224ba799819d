// This browser's copy of each answer, in localStorage under assay:<attempt>:<question>. Storage may be unavailable
// (private windows, a full disk): the page then saves to the server only.

const PREFIX = 'assay:';

function key(attemptKey, qid) {
  return PREFIX + attemptKey + ':' + qid;
}

/** The record of one answer: read() returns it or null, write(record) replaces it. */
export function answerStore(storage, attemptKey, qid) {
  const name = key(attemptKey, qid);
  return {
    read() {
      try {
        const value = storage.getItem(name);
        return value ? JSON.parse(value) : null;
      } catch (e) {
        return null;
      }
    },
    write(record) {
      try {
        storage.setItem(name, JSON.stringify(record));
      } catch (e) {
        // nothing to do: the server's copy is the one that counts
      }
    }
  };
}

/** Forgets every answer of a finished attempt. */
export function clearAttempt(storage, attemptKey) {
  try {
    const prefix = PREFIX + attemptKey + ':';
    for (let i = storage.length - 1; i >= 0; i--) {
      const name = storage.key(i);
      if (name && name.startsWith(prefix)) {
        storage.removeItem(name);
      }
    }
  } catch (e) {
    // ignore
  }
}
