/**
 * The headers of every answer of the editor service, pages, API and files alike. Its policy allows
 * what Keystatic needs under a production build and nothing more: its own scripts (and Next's inline
 * bootstrap scripts, which carry the page's data), its own styles (Keystatic sets styles inline),
 * pictures from itself and the blob:/data: addresses of uploads being shown, connections to itself
 * only; no framing, no plugins, forms only to itself. The public site's policy is another, in
 * lib/build/security-headers.ts, and does not change.
 */
export const EDITOR_SERVICE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ')

export function editorServiceHeaders(secure: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': EDITOR_SERVICE_CONTENT_SECURITY_POLICY,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // Not no-referrer: with it, Chromium sends "Origin: null" with a form's POST (Sign out), which
    // the Origin check must refuse. same-origin sends nothing to other sites.
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    // Nothing the editor shows is for a shared cache: every answer depends on who is signed in.
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    ...(secure ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  }
}
