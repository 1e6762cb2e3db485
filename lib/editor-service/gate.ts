/**
 * What the editor does with each request, decided before anything answers it (the server,
 * scripts/editor-server.ts, asks here first for every request: pages, the Keystatic API, Next's
 * files, the preview, pictures). Nothing answers without a signed-in person with a role, except
 * sign-in itself; every address the editor answers is listed in EDITOR_ROUTES (an allow-list: an
 * address that is not on it is 404); the request must name the editor's own address (Host) and a
 * change must come from the editor's own pages (Origin).
 */
import type { Access, Role } from './roles'

export interface EditorRoute {
  name: string
  /** Matched against the decoded path, the same parse Next and Keystatic route on. */
  path: RegExp
  methods: readonly string[]
  /** 'public': sign-in itself; 'signed-in': any person with at least one role; or the roles that may. */
  who: 'public' | 'signed-in' | readonly Role[]
  /** Answered by the server itself (sign-in pages) rather than by Next. */
  own?: boolean
  /**
   * Matched against the path as sent, encoded: only for addresses that every part of the path
   * leads to the same screen, such as the editor's (a page inside a folder is
   * /keystatic/collection/pages/item/programs%2Fsacot). Never for a route that reads or writes.
   */
  raw?: boolean
}

const READ = ['GET', 'HEAD'] as const
/** A page of the site (previewed): lowercase words with hyphens, never one of the editor's own addresses. */
const PAGE_PATH = /^(?!\/(?:api|keystatic|sign-in|sign-out|content-problems|preview|publishing)(?:\/|$))(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*\/?$/

/** Every address of the editor. Later features add theirs to this list (addEditorRoutes). */
export const EDITOR_ROUTES: EditorRoute[] = [
  { name: 'sign-in page', path: /^\/sign-in$/, methods: READ, who: 'public', own: true },
  { name: 'sign-in start', path: /^\/sign-in\/start$/, methods: ['GET'], who: 'public', own: true },
  { name: 'sign-in callback', path: /^\/sign-in\/callback$/, methods: ['GET'], who: 'public', own: true },
  { name: 'sign-out', path: /^\/sign-out$/, methods: ['POST'], who: 'public', own: true },
  { name: 'editor', path: /^\/keystatic(?:\/[A-Za-z0-9._~%-]+)*\/?$/, methods: READ, who: ['editor'], raw: true },
  { name: 'editor files', path: /^\/api\/keystatic\/(?:tree|blob\/[0-9a-f]{40}\/[^\\]+)$/, methods: ['GET'], who: ['editor'] },
  { name: 'editor save', path: /^\/api\/keystatic\/update$/, methods: ['POST'], who: ['editor'] },
  { name: 'framework files', path: /^\/_next\/(?:static|image)\/[^\\]+$/, methods: READ, who: 'signed-in' },
  { name: 'content problems', path: /^\/content-problems$/, methods: READ, who: 'signed-in' },
  { name: 'site files', path: /^\/(?:icon\.svg|share-image\.png|images\/[^\\]+)$/, methods: READ, who: 'signed-in' },
  // Publishing (lib/publishing/, app/(editor)/publishing/): each action checks the role it needs.
  { name: 'waiting to publish', path: /^\/publishing(?:\/history\/[^\\]+)?$/, methods: READ, who: 'signed-in' },
  { name: 'publishing actions', path: /^\/api\/publishing\/(?:publish|rollback|undo|sign-off)$/, methods: ['POST'], who: ['publisher', 'clinical-reviewer', 'translation-reviewer'] },
  { name: 'preview', path: PAGE_PATH, methods: READ, who: 'signed-in' },
]

/** Adds routes before the preview (which answers every page-shaped address). */
export function addEditorRoutes(routes: readonly EditorRoute[]): void {
  EDITOR_ROUTES.splice(EDITOR_ROUTES.length - 1, 0, ...routes.filter((route) => !EDITOR_ROUTES.some((known) => known.name === route.name)))
}

export interface GateRequest {
  method: string
  /** The request target as sent: "/keystatic?x=1". */
  target: string
  host: string | undefined
  origin: string | undefined
  /** The signed-in person's access, from the session; undefined when no one is signed in. */
  access: Access | undefined
}

export type GateDecision =
  | { kind: 'refuse'; status: number; message: string }
  | { kind: 'sign-in'; returnTo: string }
  | { kind: 'no-role' }
  | { kind: 'own'; route: EditorRoute; path: string }
  | { kind: 'next'; route: EditorRoute; path: string }

/** A "." or ".." segment, plain or encoded: a URL parser would climb out of the path with it. */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i

const CHANGES = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method)

/** The request's path decoded as Next does, or undefined when it hides anything in its encoding. */
export function decodedPath(target: string): string | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined
  const raw = target.split(/[?#]/, 1)[0]
  try {
    const segments = raw.split('/').map((segment) => decodeURIComponent(segment))
    // An encoded slash, backslash, dot segment, a second round of encoding or a control character
    // would be read one way here and another way further in: refused.
    if (segments.some((s) => /[/\\%\u0000-\u001f\u007f]/.test(s) || s === '.' || s === '..')) return undefined
    return segments.join('/')
  } catch {
    return undefined
  }
}

/** The Host and Origin rule alone: the request names the editor's address, a change comes from its pages. */
export function addressRefusal(request: Pick<GateRequest, 'method' | 'host' | 'origin'>, editorUrl: URL): { kind: 'refuse'; status: number; message: string } | undefined {
  if (request.host?.toLowerCase() !== editorUrl.host) {
    return { kind: 'refuse', status: 421, message: `The editor answers only at ${editorUrl.origin}.` }
  }
  if (CHANGES(request.method.toUpperCase()) && request.origin !== editorUrl.origin) {
    return { kind: 'refuse', status: 403, message: 'Changes are accepted only from the editor\'s own pages.' }
  }
  return undefined
}

export function decide(request: GateRequest, editorUrl: URL): GateDecision {
  const method = request.method.toUpperCase()
  const wrongAddress = addressRefusal(request, editorUrl)
  if (wrongAddress) return wrongAddress
  const raw = request.target.split(/[?#]/, 1)[0]
  if (DOT_SEGMENT.test(raw)) return { kind: 'refuse', status: 400, message: 'This address is not one the editor answers.' }
  const decoded = decodedPath(request.target)
  const route = EDITOR_ROUTES.find((r) => (r.raw ? r.path.test(raw) : decoded !== undefined && r.path.test(decoded)))
  if (!route && decoded === undefined) return { kind: 'refuse', status: 400, message: 'This address is not one the editor answers.' }
  if (!route) return { kind: 'refuse', status: 404, message: 'There is no such page in the editor.' }
  const path = route.raw ? raw : decoded!
  if (!route.methods.includes(method)) return { kind: 'refuse', status: 405, message: `The editor does not accept ${method} here.` }
  if (route.who === 'public') return { kind: 'own', route, path }
  if (!request.access) return { kind: 'sign-in', returnTo: method === 'GET' ? request.target : '/keystatic' }
  if (request.access.roles.length === 0) return { kind: 'no-role' }
  if (route.who !== 'signed-in' && !route.who.some((role) => request.access!.roles.includes(role))) {
    return { kind: 'refuse', status: 403, message: `Your account may not use ${route.name}: it needs the role ${route.who.join(' or ')}. Ask the editor's administrator.` }
  }
  return route.own ? { kind: 'own', route, path } : { kind: 'next', route, path }
}

/** A place to return to after sign-in: only a path of the editor itself, never another site. */
export function safeReturnTo(value: string | undefined | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/keystatic'
  const raw = value.split(/[?#]/, 1)[0]
  const path = decodedPath(value)
  return EDITOR_ROUTES.some((r) => r.who !== 'public' && r.methods.includes('GET') && (r.raw ? r.path.test(raw) : path !== undefined && r.path.test(path))) ? value : '/keystatic'
}
