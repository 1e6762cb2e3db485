/**
 * The editor's file routes (/api/keystatic/*) under the editor service: Keystatic reads and lists
 * the files as in local mode, but every file shown is noted for the session (views.ts), an older
 * version a session still shows is served from the history (so the editor never fails with "Could
 * not fetch blob" after a colleague's save), and a save goes through saveAsCommit: one commit by
 * the signed-in person, never over a change they have not seen.
 */
import fs from 'node:fs'
import path from 'node:path'
import { writeRefusal } from '@/lib/editor/files'
import { saveAsCommit, type SaveFiles } from './save'
import { editorService, personOf } from './service'
import { serviceHeaders } from './service-address'
import { blobId } from './views'

type Handler = (request: Request) => Promise<Response>

function answer(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...serviceHeaders() } })
}

async function editorOf(request: Request) {
  const signedIn = await personOf(request)
  if (!signedIn) return { ok: false as const, refused: answer(401, 'Sign in again: your session has ended.') }
  if (!signedIn.access.roles.includes('editor')) return { ok: false as const, refused: answer(403, 'Your account may not edit. Ask the editor\'s administrator for the editor role.') }
  return { ok: true as const, ...signedIn, id: signedIn.session.id! }
}

/** GET /api/keystatic/blob/<id>/<file>: the version the editor asks for, noted as shown. */
export async function serviceBlob(request: Request, keystatic: Handler): Promise<Response> {
  const who = await editorOf(request)
  if (!who.ok) return who.refused
  const match = new URL(request.url).pathname.match(/^\/api\/keystatic\/blob\/([0-9a-f]{40})\/(.+)$/)
  if (!match) return answer(404, 'Not found')
  const [, blob, file] = match.map((part) => decodeURIComponent(part))
  if (writeRefusal(file)) return answer(404, 'Not found')
  const { repo, views } = editorService()
  let now: Buffer | undefined
  try {
    now = fs.readFileSync(path.join(repo.dir, file))
  } catch {
    now = undefined
  }
  if (now && blobId(now) === blob) {
    views.note(who.id, { [file]: blob })
    return keystatic(request)
  }
  const older = await repo.blobOf(file, blob)
  if (!older) return answer(404, 'Not found')
  views.note(who.id, { [file]: blob })
  return new Response(new Uint8Array(older), { status: 200, headers: { 'content-type': 'application/octet-stream', ...serviceHeaders() } })
}

/** POST /api/keystatic/update, after the save check: one commit by the person, or a refusal saying why. */
export async function serviceSave(request: Request, files: SaveFiles, keystatic: Handler): Promise<Response> {
  const who = await editorOf(request)
  if (!who.ok) return who.refused
  const { repo, views } = editorService()
  const outcome = await saveAsCommit(repo, views, who.id, who.person, files)
  if (!outcome.saved) return answer(outcome.status, outcome.message)
  console.log(`Saved ${outcome.commit.slice(0, 8)} by ${who.person.email}: ${outcome.message.split('\n')[0]}`)
  // Keystatic's save answers with the files as they are now: the same list its tree route gives.
  const tree = new URL('/api/keystatic/tree', request.url)
  return keystatic(new Request(tree, { headers: { 'no-cors': '1' } }))
}
