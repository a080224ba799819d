// What the question page says: the save status, notices and the length of the answer. Pure, like the machine.

/** The status line for a state, or null to leave the page's own (nothing typed since it loaded). */
export function statusText(state, clockTime) {
  const pending = state.text !== state.saved.text;
  switch (state.status) {
    case 'dirty':
      return state.rejected === state.text ? 'Not saved' : 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved ' + clockTime(state.saved.at);
    case 'offline':
      return 'Not saved, retrying in ' + Math.round(state.retryMs / 1000) + ' s';
    case 'conflict':
    case 'closed':
      return pending ? 'Not saved' : null;
    default:
      return null;
  }
}

/** What a device that was taken over says; the page adds a "Continue here" link. */
export const MOVED = 'This test is now open on another device, so this page is read-only.';

/** The same, when the other holder is a tab of this browser. */
export const MOVED_TAB = 'This test is open in another tab of this browser, so this page is read-only. Close this'
  + ' tab, or continue here and the other tab turns read-only.';

const KEPT = 'The text typed on this device that was not saved is below: copy what you need.';

/** An announce effect as the page shows it: text, the unsent text to copy (copy), whether to link onwards (link). */
export function notice(effect, state) {
  switch (effect.kind) {
    case 'restored':
      return { text: 'Text you typed earlier on this device had not been saved yet. It has been put back and is being'
        + ' saved.' };
    case 'conflict':
      if (state.conflict && state.conflict.revision > state.saved.revision) {
        return { text: effect.detail || 'A newer version of this answer was saved elsewhere. Reload the page to see it.'
        };
      }
      return { text: 'A newer version of this answer was saved from another window or device, and the box shows it. '
        + KEPT, copy: effect.detail };
    case 'kept':
      return { text: 'A newer version of this answer was saved elsewhere. ' + KEPT, copy: effect.detail };
    case 'closed':
      return { text: effect.detail, link: !!effect.link };
    case 'moved':
      return { text: (effect.tab ? MOVED_TAB : MOVED) + (effect.copy === undefined ? '' : ' ' + KEPT),
        copy: effect.copy, takeover: true };
    default:
      return { text: effect.detail };
  }
}

/** "1 word", "12 words". */
export function wordsLabel(text) {
  const trimmed = text.trim();
  const count = trimmed === '' ? 0 : trimmed.split(/\s+/).length;
  return count === 1 ? '1 word' : count + ' words';
}

/** The note after the word count: empty, how much of the limit is used, or that the text is over it. */
export function lengthNote(length, max) {
  if (length > max) {
    return { text: ' · ' + length.toLocaleString() + ' characters: over the limit of ' + max.toLocaleString()
      + ', shorten it to save', error: true };
  }
  if (length > max * 0.9) {
    return { text: ' · ' + length.toLocaleString() + ' of ' + max.toLocaleString() + ' characters used', error: false };
  }
  return { text: '', error: false };
}
