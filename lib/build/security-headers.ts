/**
 * The HTTP headers the site is served with: written once, here.
 *
 * The site is plain files in out/, so the headers cannot come from a server we run. Instead the
 * build (scripts/after-build.ts) writes them, from this module, into the configuration of each
 * common way of hosting static files: `out/_headers` (Netlify, Cloudflare Pages),
 * `deploy/nginx.conf` and `deploy/serve.json` (the `serve` of `npm start`). See lib/build/host-config.ts.
 *
 * Every response gets the same headers, the Content-Security-Policy included: the pages run no
 * script (lib/build/remove-runtime.ts, guarded by lib/build/javascript-guard.ts), and every page carries the
 * same stylesheet inline (lib/build/inline-assets.ts), so there is nothing page by page to allow.
 */
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

/** A stylesheet's hash as the policy names it: 'sha256-' and 44 characters of base64 (lib/build/inline-assets.ts). */
const STYLE_HASH = /^sha256-[A-Za-z0-9+/]{43}=$/

/**
 * The Content-Security-Policy of every page and file. Start from nothing (`default-src 'none'`)
 * and allow only what the pages use:
 *
 *   script-src 'none'        the pages run no script; a script injected into one will not run either.
 *   style-src 'sha256-...'   the one stylesheet, which the build puts inside every page as a <style>
 *                            element (lib/build/inline-assets.ts), so that a first visit is one request.
 *                            It is allowed by the hash of its text, computed at every build: any
 *                            other <style>, a style="" attribute or a stylesheet file is refused.
 *                            No 'unsafe-inline', no 'self'. With no stylesheet, style-src 'none'.
 *   img-src 'self' data:     the icon, written into each page as a data: address, and any picture
 *                            a page shows, from the site itself. A data: image cannot reach another site.
 *   base-uri 'none'          no <base> can send the page's relative links elsewhere.
 *   form-action 'none'       the site has no forms, and no server to send one to.
 *   frame-ancestors 'none'   no other site may show these pages in a frame.
 *
 * Nothing else is added: no fonts (the system's), no fetch or connection (no script), no frames,
 * no media, no manifest. Everything not listed falls back to default-src 'none'.
 *
 * `styleHashes` are the hashes of the build's stylesheets, as lib/build/inline-assets.ts returns them.
 */
export function contentSecurityPolicy(styleHashes: readonly string[]): string {
  const bad = styleHashes.filter((hash) => !STYLE_HASH.test(hash))
  if (bad.length > 0) throw new Error(`Not a stylesheet hash for the Content-Security-Policy: ${bad.join(', ')} (expected sha256- and 44 characters of base64).`)
  const styleSources = styleHashes.length === 0 ? ["'none'"] : [...new Set(styleHashes)].sort().map((hash) => `'${hash}'`)
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src ${styleSources.join(' ')}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * Headers every response carries, whatever the file: pages, the 404 page, images. The same for
 * every host; only the stylesheet hashes in the policy change from build to build.
 */
export function siteWideHeaders(styleHashes: readonly string[]): Header[] {
  return [
    { name: 'Content-Security-Policy', value: contentSecurityPolicy(styleHashes) },
    { name: 'Strict-Transport-Security', value: `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` },
    { name: 'X-Content-Type-Options', value: 'nosniff' },
    // For old browsers; new ones read frame-ancestors in the policy above.
    { name: 'X-Frame-Options', value: 'DENY' },
    // A health site: the page someone came from says something about them, so send none of it.
    { name: 'Referrer-Policy', value: 'no-referrer' },
    { name: 'Permissions-Policy', value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', ') },
    { name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { name: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  ]
}

/**
 * Build output under /_next/static/ has a content hash in its name, so it never changes and can
 * be cached for a year.
 */
export const IMMUTABLE_ASSETS_PREFIX = '/_next/static/'
export const IMMUTABLE_ASSET_HEADERS: readonly Header[] = [
  { name: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
]
