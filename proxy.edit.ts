import { NextResponse, type NextRequest } from 'next/server'
import { EDITOR_PORT_VARIABLE, EDITOR_SECURITY_HEADERS, refusalFor } from '@/lib/editor/access'
import { unlistedWriteRefusal } from '@/lib/editor/write-routes'
import { isEditorService, serviceHeaders, serviceRefusal } from '@/lib/editor-service/service-address'

/**
 * Edit mode only (`npm run edit`; the public build has no proxy): every request to the editor's
 * server, pages, API and Next's own files alike, is refused unless it names the editor's own
 * address, and a write unless it comes from the editor's own pages (lib/editor/access.ts) and goes
 * to a write route on the editor's list (lib/editor/write-routes.ts). Every
 * answer carries the editor's security policy: no framing, no outside requests.
 */
export function proxy(request: NextRequest) {
  const port = process.env[EDITOR_PORT_VARIABLE]
  const service = isEditorService()
  // The editor service (npm run editor:start) has its own address, policy and sign-in
  // (lib/editor-service/); its server has already let this request through its gate.
  const headers = service ? serviceHeaders() : EDITOR_SECURITY_HEADERS
  let refusal = service
    ? serviceRefusal({ method: request.method, host: request.headers.get('host'), origin: request.headers.get('origin') })
    : port
      ? refusalFor({ method: request.method, host: request.headers.get('host'), origin: request.headers.get('origin') }, port)
      : { status: 500, message: 'Start the editor with npm run edit.' }
  // A write only to a route on the editor's list (lib/editor/write-routes.ts), however it is spelled.
  refusal ??= unlistedWriteRefusal(request.method, request.url)
  if (refusal) return new NextResponse(`${refusal.message}\n`, { status: refusal.status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } })
  const response = NextResponse.next()
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}
