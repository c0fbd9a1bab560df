import type { Metadata } from 'next';
import { OAuthCallback } from './oauth-callback.client';

export const metadata: Metadata = { title: 'Signing in', robots: { index: false } };

/** Where authorization servers send the try-it console's OAuth popup back to. */
export default function OAuthCallbackPage() {
  return (
    <main className="tryit-callback">
      <h1>Signing in</h1>
      <OAuthCallback />
      <noscript>This page hands the sign-in result to the API console and needs JavaScript.</noscript>
    </main>
  );
}
