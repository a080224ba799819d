// Integrity signals the page notices for reviewers: pastes, time away from the test, text appearing faster than a
// person types. Pure parts here; the page wires them to events and sends them with POST {api}/signals.

/** Characters within one second that no person types; text arriving like that came from elsewhere. */
export const BURST_CHARS = 200;
export const BURST_WINDOW_MS = 1000;
/** Time away shorter than this is not worth a reviewer's attention. */
export const AWAY_MIN_MS = 1000;

/**
 * Watches typed (not pasted) characters: typed(count, now) returns the number of characters of a burst once the
 * last second holds BURST_CHARS or more, and then nothing until the text slows down again.
 */
export function typingMonitor() {
  let recent = [];
  let inBurst = false;
  return {
    typed(count, now) {
      recent = recent.filter((entry) => now - entry.at < BURST_WINDOW_MS);
      if (count > 0) {
        recent.push({ at: now, count: count });
      }
      const total = recent.reduce((sum, entry) => sum + entry.count, 0);
      if (total >= BURST_CHARS && !inBurst) {
        inBurst = true;
        return total;
      }
      if (total < BURST_CHARS) {
        inBurst = false;
      }
      return null;
    }
  };
}

/** Time away from the test: left(now) when the page loses focus, back(now) returns the milliseconds or null. */
export function awayClock() {
  let since = null;
  return {
    left(now) {
      if (since === null) {
        since = now;
      }
    },
    back(now) {
      if (since === null) {
        return null;
      }
      const ms = now - since;
      since = null;
      return ms >= AWAY_MIN_MS ? ms : null;
    }
  };
}
