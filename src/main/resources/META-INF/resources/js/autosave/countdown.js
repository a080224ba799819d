// The countdown to the server's deadline, corrected for the difference between this clock and the server's.

const WARN_AT_MINUTES = [5, 1];

/** m:ss, or h:mm:ss from an hour up. */
export function format(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? hours + ':' + String(minutes).padStart(2, '0') + ':' + seconds : minutes + ':' + seconds;
}

/**
 * Shows the time left in the element every second, warns 5 and 1 minutes before the end, and calls timeUp(remaining)
 * once at the end; remaining() is the time left by the server's clock.
 */
export function startCountdown(element, announce, timeUp) {
  const deadline = Date.parse(element.dataset.deadline);
  const offset = Date.parse(element.dataset.serverTime) - Date.now();
  const warned = new Set();
  const remaining = () => deadline - (Date.now() + offset);
  let timer = null;

  function tick() {
    const left = remaining();
    element.textContent = format(left);
    WARN_AT_MINUTES.forEach((minutes) => {
      if (left <= minutes * 60000 && left > (minutes * 60000) - 5000 && !warned.has(minutes)) {
        warned.add(minutes);
        announce(minutes === 1 ? '1 minute left.' : minutes + ' minutes left.');
      }
    });
    if (left <= 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
      timeUp(remaining);
    }
  }

  timer = setInterval(tick, 1000);
  tick();
}
