/**
 * The editor service's request handler (scripts/editor-server.ts runs it around Next's production
 * handler): every request, whatever it asks for, first loses any identity header, gets the
 * service's security headers and passes the gate (gate.ts); only then does Next, Keystatic or the
 * preview see it. Pictures saved a moment ago are served from the clone.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import serveHandler from 'serve-handler'
import { decide } from './gate'
import { noRolePage, refusalPage } from './pages'
import { dropIdentityHeaders } from './request-identity'
import { editorServiceHeaders } from './security-headers'
import { currentAccess } from './service'
import { getSession } from './session'
import { redirect, sendHtml, signInRoute } from './sign-in-routes'
import type { EditorSettings } from './settings'

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

function wantsPage(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html')
}

export function editorRequestHandler(settings: EditorSettings, next: NodeHandler): NodeHandler {
  const secure = settings.url.protocol === 'https:'
  const headers = editorServiceHeaders(secure)
  const publicDir = path.join(settings.repo, 'public')

  return async (req, res) => {
    try {
      dropIdentityHeaders(req.headers, req.rawHeaders)
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
      const session = await getSession(req, res, settings.sessionSecret, secure)
      const person = session.person && session.id ? session.person : undefined
      const access = person ? currentAccess(person, settings) : undefined
      const decision = decide({ method: req.method ?? 'GET', target: req.url ?? '/', host: req.headers.host, origin: req.headers.origin, access }, settings.url)

      switch (decision.kind) {
        case 'refuse':
          if (wantsPage(req)) return sendHtml(res, decision.status, refusalPage(decision.status, decision.message))
          res.statusCode = decision.status
          res.setHeader('content-type', 'text/plain; charset=utf-8')
          return void res.end(`${decision.message}\n`)
        case 'sign-in':
          if (wantsPage(req)) return redirect(res, `/sign-in?return=${encodeURIComponent(decision.returnTo)}`)
          res.statusCode = 401
          res.setHeader('content-type', 'text/plain; charset=utf-8')
          return void res.end('Sign in first: your session has ended or you have not signed in.\n')
        case 'no-role':
          return sendHtml(res, 403, noRolePage(person!))
        case 'own':
          return await signInRoute(decision.path, req, res, settings)
        case 'next':
          if (decision.path.startsWith('/images/')) {
            return await serveHandler(req, res, { public: publicDir, directoryListing: false, cleanUrls: false, symlinks: false })
          }
          return await next(req, res)
      }
    } catch (error) {
      console.error(error)
      if (!res.headersSent) sendHtml(res, 500, refusalPage(500, 'Something went wrong in the editor. Try again; if it happens again, tell IT.'))
      else res.end()
    }
  }
}
