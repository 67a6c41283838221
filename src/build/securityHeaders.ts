// The response headers the tool is served with, in one place: the build puts the policy into the
// page as a <meta> tag and writes `_headers` for static hosts, and deploy/nginx.conf carries the
// same lines (tests/deploy.test.ts fails when it drifts; `npm run deploy:config` rewrites it).
import type { Plugin } from 'vite';

/** Every directive of the Content-Security-Policy: the page loads nothing from anywhere else. */
const policy = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'base-uri': "'none'",
  'form-action': "'none'",
  // No other site may frame the tool (clickjacking). Only a header can say this: a <meta> cannot.
  'frame-ancestors': "'none'",
};

const serialize = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** The policy as a <meta http-equiv> tag can carry it (without frame-ancestors, which it ignores). */
export const metaContentSecurityPolicy = serialize(
  Object.fromEntries(Object.entries(policy).filter(([name]) => name !== 'frame-ancestors')),
);

/** Sent with every response, whatever the server. */
export const securityHeaders: ReadonlyArray<readonly [name: string, value: string]> = [
  ['Content-Security-Policy', serialize(policy)],
  // The address never holds answers, but no other site needs to learn that this one was visited.
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['Strict-Transport-Security', 'max-age=31536000'],
];

/** `_headers` for hosts that read one (Netlify, Cloudflare Pages). */
export function staticHostHeaders(): string {
  return [
    '# Security headers for hosts that read a _headers file. Written by the build from src/build/securityHeaders.ts.',
    '/*',
    ...securityHeaders.map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

/** Adds the <meta> policy to the built page (not the dev server, which needs inline scripts) and writes `_headers`. */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'security-headers',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeaders() });
    },
  };
}
