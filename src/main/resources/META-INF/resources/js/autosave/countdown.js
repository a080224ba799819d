// The countdown to the server's deadline, corrected for the difference between this clock and the server's, and
// brought back in step whenever the server tells the time again (after sleep or a lost connection).

export const WARN_AT_MINUTES = [10, 5, 1];
// A warning stays this long, then the region empties so it does not read as the current state
export const WARNING_SHOWN_MS = 30000;

/** m:ss, or h:mm:ss from an hour up. */
export function format(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? hours + ':' + String(minutes).padStart(2, '0') + ':' + seconds : minutes + ':' + seconds;
}

/** "10 minutes left.", "1 minute left." */
export function warningText(minutes) {
  return minutes === 1 ? '1 minute left.' : minutes + ' minutes left.';
}

/**
 * The warning due with {@code left} ms to go, given the thresholds already passed ({@code warned}, a Set of minutes,
 * updated here): the smallest threshold newly passed, or null. Thresholds passed long before (the page opened
 * late, or the device slept through them) are marked without a warning of their own.
 */
export function warningDue(left, warned) {
  if (left <= 0) {
    return null;
  }
  const passed = WARN_AT_MINUTES.filter((minutes) => left <= minutes * 60000 && !warned.has(minutes));
  if (passed.length === 0) {
    return null;
  }
  passed.forEach((minutes) => warned.add(minutes));
  return Math.min(...passed);
}

/** How the timer looks: 'normal', 'low' from 5 minutes, 'ending' in the last minute, 'over' at the end. */
export function stage(left) {
  if (left <= 0) {
    return 'over';
  }
  return left <= 60000 ? 'ending' : left <= 5 * 60000 ? 'low' : 'normal';
}

/**
 * Shows the time left in the element every second, warns 10, 5 and 1 minutes before the end through warn(message)
 * and calls timeUp(remaining) once at the end; remaining() is the time left by the server's clock. Returns
 * { sync(deadline, serverTime) } to move onto the server's clock again.
 */
export function startCountdown(element, warn, timeUp) {
  let deadline = Date.parse(element.dataset.deadline);
  let offset = Date.parse(element.dataset.serverTime) - Date.now();
  const remaining = () => deadline - (Date.now() + offset);
  // Thresholds already behind when the page opened get no warning of their own
  const warned = new Set(WARN_AT_MINUTES.filter((minutes) => remaining() <= minutes * 60000 - 5000));
  const bar = element.closest('.time-left') || element;
  let timer = null;

  function tick() {
    const left = remaining();
    element.textContent = format(left);
    bar.dataset.stage = stage(left);
    const minutes = warningDue(left, warned);
    if (minutes !== null) {
      warn(warningText(minutes));
    }
    if (left <= 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
      timeUp(remaining);
    }
  }

  timer = setInterval(tick, 1000);
  tick();
  return {
    sync(newDeadline, serverTime) {
      const d = Date.parse(newDeadline);
      const s = Date.parse(serverTime);
      if (!isNaN(d) && !isNaN(s)) {
        deadline = d;
        offset = s - Date.now();
        if (timer !== null) {
          tick();
        }
      }
    }
  };
}
