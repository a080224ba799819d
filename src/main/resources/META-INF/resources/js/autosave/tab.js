// Names this browser tab, so that two tabs of one browser are two holders of a test, not one. The name lives in
// sessionStorage: a reload keeps it, a new tab starts without one. Tabs of a test talk over a BroadcastChannel, so
// a new tab can tell a live tab that holds the test from one that was closed.

const KEY = 'assay-tab';
const NAME = /^[0-9a-f]{16,32}$/;

/** 16 random hex digits. */
export function randomName(source = globalThis.crypto) {
  const bytes = new Uint8Array(8);
  source.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This tab's name from storage, or a new one stored there; null where storage is blocked. */
export function tabName(storage, fresh = randomName) {
  try {
    let name = storage.getItem(KEY);
    if (!NAME.test(name || '')) {
      name = fresh();
      storage.setItem(KEY, name);
    }
    return name;
  } catch (e) {
    return null;
  }
}

/** A new name for this tab: a duplicated tab starts with a copy of the original's storage and so its name. */
export function renameTab(storage, fresh = randomName) {
  try {
    storage.removeItem(KEY);
  } catch (e) {
    return null;
  }
  return tabName(storage, fresh);
}

/**
 * The other tabs of this test in this browser. {@code holding()} says whether this tab works on the test, so it
 * answers; {@code ask()} resolves within waitMs to { live, sameName }: whether a tab that works on the test answered,
 * and whether one answered with this tab's own name (a duplicate). {@code taken()} tells the others that this tab
 * took the test over, and {@code onTaken} runs when another tab says so.
 */
export function tabPeers(channel, name, holding, waitMs = 500, onTaken = () => undefined) {
  const replies = [];
  let current = name;
  if (channel) {
    channel.onmessage = (event) => {
      const data = event.data || {};
      if (data.type === 'ask' && holding()) {
        channel.postMessage({ type: 'here', name: current, to: data.nonce });
      } else if (data.type === 'here') {
        replies.push(data);
      } else if (data.type === 'taken') {
        onTaken();
      }
    };
  }
  return {
    taken() {
      if (channel) {
        channel.postMessage({ type: 'taken' });
      }
    },
    rename(newName) {
      current = newName;
    },
    async ask() {
      if (!channel) {
        return { live: false, sameName: false };
      }
      const nonce = randomName();
      replies.length = 0;
      channel.postMessage({ type: 'ask', nonce: nonce });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      const mine = replies.filter((reply) => reply.to === nonce);
      return { live: mine.length > 0, sameName: mine.some((reply) => reply.name === current) };
    }
  };
}
