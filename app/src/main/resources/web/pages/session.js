// Who is signed in: kept in localStorage, so a new tab is signed in too, and a sign-out in one
// tab signs out every tab (through the storage event).
const TOKEN = 'cruddur.token';
const HANDLE = 'cruddur.handle';

export function token() { return localStorage.getItem(TOKEN); }
export function myHandle() { return localStorage.getItem(HANDLE); }

export function remember(accessToken, handle) {
  localStorage.setItem(TOKEN, accessToken);
  localStorage.setItem(HANDLE, handle || '');
}

/** Forgets the sign-in and every draft (they are this person's). */
export function forget() {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('cruddur.')) localStorage.removeItem(key);
  }
}

/** Calls {@code signedOut} when another tab signs out (or in as someone else). */
export function onChangeElsewhere(changed) {
  window.addEventListener('storage', (e) => {
    if (e.key === TOKEN || e.key === null) changed();
  });
}
