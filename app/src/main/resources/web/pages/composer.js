// The compose box: Enter sends, Shift+Enter makes a newline; it grows with its text; the draft is
// kept per conversation (across reloads) and a send that completes removes only the text it sent;
// a failed send stays in the box with its reason and a Retry. The 1024 counter shows near the limit.
import { chars, el } from './dom.js';
import { Offline, SignedOut } from './api.js';

export const MAX_CHARS = 1024;
const SHOW_COUNT_BELOW = 100;
const MAX_HEIGHT_PX = 200;

const draftKey = (key) => 'cruddur.draft.' + key;

/**
 * @param key the conversation the draft belongs to
 * @param onSend sends the text; resolves when sent, or throws an Error whose message says why not
 */
export function composer(key, onSend, label = 'Message') {
  const text = el('textarea', { id: 'compose', name: 'message', rows: 1, placeholder: 'Write a message', 'aria-label': label, enterkeyhint: 'send' });
  text.value = localStorage.getItem(draftKey(key)) || '';
  const count = el('span', { class: 'count', hidden: true });
  const button = el('button', { type: 'submit', class: 'send-button', disabled: true, text: 'Send' });
  const problem = el('div', { class: 'problem', role: 'alert' });
  let sending = false;

  const grow = () => {
    if (!text.isConnected || text.offsetParent === null) return; // hidden: nothing to measure
    text.style.height = 'auto';
    text.style.height = Math.min(text.scrollHeight + 2, MAX_HEIGHT_PX) + 'px';
  };
  const update = () => {
    const left = MAX_CHARS - chars(text.value);
    count.textContent = String(left);
    count.hidden = left > SHOW_COUNT_BELOW;
    count.classList.toggle('over', left < 0);
    button.disabled = sending || left < 0 || text.value.trim() === '';
  };
  const save = () => {
    if (text.value === '') localStorage.removeItem(draftKey(key));
    else localStorage.setItem(draftKey(key), text.value);
  };
  text.addEventListener('input', () => { save(); update(); grow(); });
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  const send = async () => {
    if (sending) return;
    const sent = text.value;
    if (sent.trim() === '' || chars(sent) > MAX_CHARS) return;
    sending = true;
    problem.replaceChildren();
    update();
    try {
      await onSend(sent);
      // Whatever was typed meanwhile stays: only the sent text goes.
      if (text.value.startsWith(sent)) text.value = text.value.slice(sent.length).replace(/^\n/, '');
      save();
    } catch (err) {
      if (!(err instanceof SignedOut)) {
        const why = err instanceof Offline || err instanceof TypeError ? err.message : err.message || 'That did not send.';
        problem.replaceChildren(
          el('span', { class: 'why', text: 'Not sent. ' + why }),
          el('button', { type: 'button', class: 'retry', text: 'Retry', onclick: () => form.requestSubmit() }));
      }
    } finally {
      sending = false;
      update();
      grow();
    }
  };
  const form = el('form', { class: 'send', 'aria-label': 'Send a message' },
    problem, el('div', { class: 'box' }, text, count, button));
  form.addEventListener('submit', (e) => { e.preventDefault(); send(); });
  update();
  // Measured once it is shown (a restored draft may be several lines), and when the width changes.
  let width = 0;
  new ResizeObserver(() => {
    if (text.clientWidth !== width) { width = text.clientWidth; grow(); }
  }).observe(text);
  return form;
}
