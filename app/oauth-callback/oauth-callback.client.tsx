'use client';

import { useEffect, useRef } from 'react';
import { OAUTH_MESSAGE_TYPE, parseOAuthCallback } from '@/lib/tryit/oauth-callback';

/**
 * Hands the code (or token, or error) to the console window that opened this
 * popup, on this origin only, then closes. The console opens the popup with
 * `noopener` (the sign-in page must get no handle on the portal's window), so
 * the answer goes over a same-origin BroadcastChannel; `window.opener`, when a
 * browser still sets it, gets a postMessage too.
 */
export function OAuthCallback() {
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const message = parseOAuthCallback(window.location.search, window.location.hash);
    // The code must not linger in the address bar or the history.
    window.history.replaceState(null, '', window.location.pathname);
    let delivered = false;
    if (window.opener && window.opener !== window) {
      (window.opener as Window).postMessage(message, window.location.origin);
      delivered = true;
    }
    if ('BroadcastChannel' in window) {
      const channel = new BroadcastChannel(OAUTH_MESSAGE_TYPE);
      channel.postMessage(message);
      channel.close();
      delivered = true;
    }
    // The page is static: the outcome is only known here, so the effect writes it into the DOM.
    if (status.current) status.current.textContent = (
      delivered
        ? message.error
          ? `Sign-in failed (${message.error}). You can close this window.`
          : 'Signed in. You can close this window if it does not close by itself.'
        : 'This page is meant to open from the API console. Go back to the console and start again.');
    if (delivered) window.setTimeout(() => window.close(), 300);
  }, []);
  return (
    <p role="status" ref={status}>
      Finishing sign-in…
    </p>
  );
}
