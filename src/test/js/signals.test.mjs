// The integrity signals the page notices.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { awayClock, typingMonitor } from '../../main/resources/META-INF/resources/js/autosave/signals.js';

test('a person typing fast is no burst', () => {
  const monitor = typingMonitor();
  let bursts = 0;
  for (let ms = 0; ms < 10000; ms += 80) {
    if (monitor.typed(1, ms) !== null) {
      bursts++;
    }
  }
  assert.equal(bursts, 0);
});

test('300 characters within a second are one burst, counted once', () => {
  const monitor = typingMonitor();
  const seen = [];
  for (let i = 0; i < 300; i++) {
    const burst = monitor.typed(1, 1000 + i * 3);
    if (burst !== null) {
      seen.push(burst);
    }
  }
  assert.deepEqual(seen, [200]);
  assert.equal(monitor.typed(1, 5000), null);
  assert.equal(monitor.typed(250, 9000), 250, 'a later burst counts again');
});

test('time away is measured from leaving to coming back, and short blinks are ignored', () => {
  const clock = awayClock();
  clock.left(1000);
  clock.left(2000);
  assert.equal(clock.back(8000), 7000);
  assert.equal(clock.back(9000), null);
  clock.left(10000);
  assert.equal(clock.back(10500), null);
});
