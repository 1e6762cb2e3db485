/**
 * Who may use the staff editor. The editor can change and delete the
 * site's files, so it answers only this computer:
 *
 * - `npm run edit` listens on the loopback address only (scripts/edit.ts), so no other machine
 *   can connect;
 * - every request must name the editor's own address in its Host header, so a web page cannot
 *   reach it through a name that points at this computer (DNS rebinding);
 * - every request that changes something must come from the editor's own pages (its Origin);
 * - a save may write only the files lib/editor/files.ts allows.
 *
 * The edit-mode proxy (proxy.edit.ts) applies these rules to every request; the save route
 * (app/(editor)/api/keystatic/) applies them again and checks each file, so neither can be
 * skipped. Plain functions with no imports, so the proxy loads nothing else.
 */

/** The only interface the editor listens on. */
export const EDITOR_HOSTNAME = '127.0.0.1'

/** Set by scripts/edit.ts for the server it starts: the port the editor listens on. */
export const EDITOR_PORT_VARIABLE = 'ANUVIA_EDITOR_PORT'

/** The Host headers the editor answers: its loopback address and "localhost", on its port. */
export function editorHosts(port: string | number): string[] {
  return [`${EDITOR_HOSTNAME}:${port}`, `localhost:${port}`]
}

export interface Refusal {
  status: number
  message: string
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Why a request is refused, or undefined when the editor may answer it. `origin` is the request's
 * Origin header (browsers send it with every write); a write without one is refused too.
 */
export function refusalFor(request: { method: string; host: string | null; origin: string | null }, port: string | number): Refusal | undefined {
  const hosts = editorHosts(port)
  if (!request.host || !hosts.includes(request.host.toLowerCase())) {
    return { status: 421, message: `The editor answers only at http://${hosts[0]} or http://${hosts[1]}, on this computer.` }
  }
  if (!READ_METHODS.has(request.method.toUpperCase()) && request.origin !== `http://${request.host.toLowerCase()}`) {
    return { status: 403, message: 'Changes are accepted only from the editor itself, opened on this computer.' }
  }
  return undefined
}

/**
 * The policy of every editor page: its own scripts, styles, images and connections only, never
 * shown inside another site's frame, no form sent elsewhere. Development mode needs inline and
 * evaluated scripts (React's refresh and error overlay); the editor's fonts are the system's,
 * so the request Keystatic makes for web fonts is refused before it leaves the computer.
 */
export const EDITOR_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ')

export const EDITOR_SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': EDITOR_CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
}
