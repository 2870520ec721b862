// Calls to the API. A request that cannot reach it raises the offline banner, which clears
// itself as soon as the API answers again (the banner checks every few seconds meanwhile).
import { token } from './session.js';
import { OFFLINE } from './words.js';

const CHECK_MS = 3000;
const banner = () => document.getElementById('offline');
let checking = null;
let onSignedOut = () => {};

/** Raised when a request never reached the API; the banner already says so. */
export class Offline extends Error {
  constructor() { super(OFFLINE); }
}

/** Raised for a 401: the page signs out. */
export class SignedOut extends Error {
  constructor() { super('signed out'); }
}

export function whenSignedOut(handler) { onSignedOut = handler; }

function online() {
  banner().hidden = true;
  clearTimeout(checking);
  checking = null;
}

function offline() {
  const b = banner();
  b.textContent = OFFLINE;
  b.hidden = false;
  if (checking) return;
  const check = async () => {
    try {
      await fetch('/api/health-check', { cache: 'no-store' });
      online();
      window.dispatchEvent(new Event('cruddur:online'));
    } catch (e) {
      checking = setTimeout(check, CHECK_MS);
    }
  };
  checking = setTimeout(check, CHECK_MS);
}

/** Fetches {@code path} with the sign-in's token; throws Offline or SignedOut. */
export async function api(path, options = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (token() && options.auth !== false) headers.Authorization = 'Bearer ' + token();
  let response;
  try {
    response = await fetch(path, { ...options, headers });
  } catch (e) {
    offline();
    throw new Offline();
  }
  online();
  if (response.status === 401 && options.auth !== false) {
    onSignedOut();
    throw new SignedOut();
  }
  return response;
}
