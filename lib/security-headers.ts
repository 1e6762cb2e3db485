/**
 * The HTTP headers the site is served with: written once, here.
 *
 * The site is plain files in out/, so the headers cannot come from a server we run. Instead the
 * build (scripts/after-build.ts) writes them, from this module, into the configuration of each
 * common way of hosting static files: `out/_headers` (Netlify, Cloudflare Pages),
 * `deploy/nginx.conf` and `deploy/serve.json` (the `serve` of `npm start`). See lib/host-config.ts.
 *
 * The Content-Security-Policy is per page. Next.js puts small inline scripts in every static page
 * (the React Server Components payload, `self.__next_f.push(...)`, and the bootstrap), and they
 * differ from page to page. Allowing inline scripts in general ('unsafe-inline') would let any
 * injected script run too, and nonces need a server that renders each response. So the build
 * hashes the inline scripts of each HTML file and that page's policy allows exactly those hashes.
 */
import { createHash } from 'node:crypto'

export interface Header {
  name: string
  value: string
}

/** Two years, the value HSTS preload lists and scanners ask for. */
export const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 60 * 60

/**
 * Browser features the site never uses, switched off for it and for anything that might be
 * framed in it. Only names Chromium knows: it logs a warning for each name it does not know
 * (it does not know "bluetooth", for one).
 */
export const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const

/** Headers every response carries, whatever the file. */
export const SITE_WIDE_HEADERS: readonly Header[] = [
  { name: 'Strict-Transport-Security', value: `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  // For old browsers; new ones read frame-ancestors in the policy below.
  { name: 'X-Frame-Options', value: 'DENY' },
  // A health site: the page someone came from says something about them, so send none of it.
  { name: 'Referrer-Policy', value: 'no-referrer' },
  { name: 'Permissions-Policy', value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', ') },
  { name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { name: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
]

/**
 * Build output under /_next/static/ has a content hash in its name, so it never changes and can
 * be cached for a year.
 */
export const IMMUTABLE_ASSETS_PREFIX = '/_next/static/'
export const IMMUTABLE_ASSET_HEADERS: readonly Header[] = [
  { name: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
]

/**
 * The policy for one page. Nothing is loaded from any other origin; inline scripts run only if
 * their hash is listed. `style-src 'self'` needs nothing more: Next puts its CSS in files and the
 * pages have no inline styles (the CSP browser test would report one).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...[...new Set(scriptHashes)].map((hash) => `'${hash}'`)],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ]
  return directives.map((directive) => directive.join(' ')).join('; ')
}

/** "sha256-…" as CSP writes it: the SHA-256 of the script's text as UTF-8, in base64. */
export function scriptHash(scriptText: string): string {
  return `sha256-${createHash('sha256').update(scriptText, 'utf8').digest('base64')}`
}

// Types that make a <script> a classic or module script. Anything else (application/ld+json,
// application/json) is a data block: never run, so CSP does not apply to it.
const JAVASCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript'])

/**
 * The hash of every inline script a browser would run in this HTML.
 *
 * A regular expression is enough here, and exact: in HTML a <script> element's text runs, as
 * raw text, up to the first "</script" (React escapes that sequence inside its payloads), and
 * the build's own HTML has no ">" inside attribute values. The browser turns CR LF into LF
 * before hashing, so this does too.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes, text] = match
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(` ${attributes}`)?.[1]?.toLowerCase() ?? ''
    if (!JAVASCRIPT_TYPES.has(type)) continue
    hashes.push(scriptHash(text.replace(/\r\n?/g, '\n')))
  }
  return [...new Set(hashes)]
}
