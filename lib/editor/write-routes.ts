/**
 * The only requests that may change anything through the editor: one allow-list of write routes,
 * each answered by a route of ours that checks what it writes. Every other POST, PUT, PATCH or
 * DELETE is refused, by the edit-mode proxy and again by the route itself, however its address is
 * written.
 *
 * A route is compared after decoding, the way Keystatic reads its own addresses
 * (`@keystatic/core/api/generic`, getParams): the path split at "/", each piece percent-decoded,
 * empty pieces dropped. So `/api/keystatic/updat%65` and `/api/keystatic//update` are the checked
 * save route, and `/api/keystatic/update%2F` (one piece "update/") is no route at all.
 *
 * To add a write route (a publish or sign-off route, say), add it here and check its input in its
 * handler. Plain data and functions with no imports, so the proxy loads nothing else.
 */

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface WriteRoute {
  method: WriteMethod
  /** The decoded path, like "/api/keystatic/update". */
  path: string
  /** What checks it, for the reader of this list. */
  checkedBy: string
}

export const EDITOR_WRITE_ROUTES: readonly WriteRoute[] = [
  { method: 'POST', path: '/api/keystatic/update', checkedBy: 'app/(editor)/api/keystatic/[...params]/route.edit.ts: lib/editor/files.ts and lib/editor/save-check.ts' },
  ...(['publish', 'rollback', 'undo', 'sign-off'] as const).map((action) => ({
    method: 'POST' as const,
    path: `/api/publishing/${action}`,
    checkedBy: 'app/(editor)/api/publishing/[action]/route.edit.ts: the signed-in person\'s role, then lib/publishing/',
  })),
]

/** The methods that only read. Anything else is a write. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export function isWriteMethod(method: string): boolean {
  return !READ_METHODS.has(method.toUpperCase())
}

/** The pieces of a path, each decoded, empty ones dropped; undefined when one cannot be decoded. */
export function decodedSegments(pathname: string): string[] | undefined {
  try {
    return pathname
      .split('/')
      .map((piece) => decodeURIComponent(piece))
      .filter(Boolean)
  } catch {
    return undefined
  }
}

/**
 * What Keystatic's API handler takes an address for: the pieces after /api/keystatic/, joined
 * with "/" ("update", "tree", "blob/…"), exactly as it computes them; undefined when it could not
 * decode them (it would answer an error).
 */
export function keystaticRoute(url: string): string | undefined {
  const pieces = decodedSegments(new URL(url).pathname.replace(/^\/api\/keystatic\/?/, ''))
  return pieces?.join('/')
}

/**
 * The write route a request is, or undefined when it is none: the method, and every decoded piece
 * of the path, match one route of the list exactly.
 */
export function writeRouteOf(method: string, url: string): WriteRoute | undefined {
  const pieces = decodedSegments(new URL(url, 'http://editor.invalid').pathname)
  if (!pieces) return undefined
  return EDITOR_WRITE_ROUTES.find((route) => route.method === method.toUpperCase() && sameSegments(decodedSegments(route.path) ?? [], pieces))
}

function sameSegments(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((piece, index) => piece === b[index])
}

/** The refusal for a write that is not on the list, or undefined for a read or a listed write. */
export function unlistedWriteRefusal(method: string, url: string): { status: number; message: string } | undefined {
  if (!isWriteMethod(method) || writeRouteOf(method, url)) return undefined
  return { status: 405, message: 'The editor does not accept changes at this address.' }
}
