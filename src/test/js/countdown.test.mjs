// The countdown's warnings and looks.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  format, stage, warningDue, warningText
} from '../../main/resources/META-INF/resources/js/autosave/countdown.js';

const MIN = 60000;

test('warns once at 10, 5 and 1 minutes', () => {
  const warned = new Set();
  const said = [];
  for (let left = 12 * MIN; left > 0; left -= 1000) {
    const due = warningDue(left, warned);
    if (due !== null) {
      said.push(warningText(due));
    }
  }
  assert.deepEqual(said, ['10 minutes left.', '5 minutes left.', '1 minute left.']);
});

test('a device that slept through two thresholds gives one warning, the nearest', () => {
  const warned = new Set();
  assert.equal(warningDue(11 * MIN, warned), null);
  assert.equal(warningDue(4 * MIN, warned), 5);
  assert.equal(warningDue(3 * MIN, warned), null);
  assert.equal(warningDue(50000, warned), 1);
});

test('no warning once the time is up', () => {
  assert.equal(warningDue(0, new Set()), null);
});

test('the timer changes its look from 5 minutes and again in the last minute', () => {
  assert.equal(stage(6 * MIN), 'normal');
  assert.equal(stage(5 * MIN), 'low');
  assert.equal(stage(59000), 'ending');
  assert.equal(stage(0), 'over');
});

test('formats minutes and hours', () => {
  assert.equal(format(61000), '1:01');
  assert.equal(format(3600000 + 5000), '1:00:05');
  assert.equal(format(-5), '0:00');
});
