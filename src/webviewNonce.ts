/**
 * A nonce for a webview's CSP: 128 random bits from the platform's CSPRNG, as hex. Node and
 * web workers both have globalThis.crypto; Math.random would be guessable.
 */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
