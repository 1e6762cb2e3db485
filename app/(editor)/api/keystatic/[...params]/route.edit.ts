import fs from 'node:fs'
import path from 'node:path'
import { makeRouteHandler } from '@keystatic/next/route-handler'
import { editorConfig } from '@/keystatic.config'
import { toIsoDate } from '@/lib/content'
import { EDITOR_PORT_VARIABLE, EDITOR_SECURITY_HEADERS, refusalFor } from '@/lib/editor/access'
import { deletionRefusal, saveSizeRefusal, writeRefusal } from '@/lib/editor/files'
import { editorOptions } from '@/lib/editor/options'
import { keepSignOffs } from '@/lib/editor/sign-off-save'
import { keystaticRoute, writeRouteOf } from '@/lib/editor/write-routes'
import { serviceBlob, serviceSave } from '@/lib/editor-service/save-route'
import { isEditorService, serviceRefusal } from '@/lib/editor-service/service-address'
import { problemsInEditorSave, updateYamlKeepingComments, withoutEmptyLists, type EditorAddition } from '@/lib/editor/save-check'
import { FACTS_FILE } from '@/lib/facts'

// Reads and writes the files under content/ for the editor. Exists only in edit mode.
const keystatic = makeRouteHandler({ config: editorConfig(editorOptions()) })

/** Plain words for the editor to show next to Save, with the editor's security policy. */
function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...EDITOR_SECURITY_HEADERS } })
}

/** The proxy checks every request already; the route checks again, so the rule holds without it. */
function accessRefusal(request: Request): Response | undefined {
  if (isEditorService()) {
    // The editor service (npm run editor:start): its own address and sign-in (lib/editor-service/).
    const refusal = serviceRefusal({ method: request.method, host: request.headers.get('host'), origin: request.headers.get('origin') })
    return refusal && refuse(refusal.status, refusal.message)
  }
  const port = process.env[EDITOR_PORT_VARIABLE]
  if (!port) return refuse(500, 'Start the editor with npm run edit.')
  const refusal = refusalFor({ method: request.method, host: request.headers.get('host'), origin: request.headers.get('origin') }, port)
  return refusal && refuse(refusal.status, refusal.message)
}

export async function GET(request: Request) {
  const refused = accessRefusal(request)
  if (refused) return refused
  // Under the editor service, each file shown is noted for the save's check (lib/editor-service/save-route.ts).
  if (isEditorService() && new URL(request.url).pathname.startsWith('/api/keystatic/blob/')) return serviceBlob(request, keystatic.GET)
  return keystatic.GET(request)
}

/**
 * A save: only the files the editor may write (lib/editor/files.ts); empty lists are left out of
 * pages' details, the facts file keeps its comments, and a save the build would reject is
 * refused. The editor shows the message next to Save.
 */
export async function POST(request: Request) {
  const refused = accessRefusal(request)
  if (refused) return refused
  return oneAtATime(() => save(request))
}

let saving: Promise<unknown> = Promise.resolve()

/**
 * One save at a time, checked and written before the next is checked, so two saves sent together
 * cannot each pass a check the other makes untrue (a link added while its page is deleted).
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = saving.then(task, task)
  saving = run.catch(() => undefined)
  return run
}

async function save(request: Request): Promise<Response> {
  // Decided on Keystatic's own reading of the address (decoded pieces): its save route, checked
  // below, and nothing else. Keystatic has no other write in local mode.
  if (keystaticRoute(request.url) !== 'update' || !writeRouteOf(request.method, request.url)) {
    return refuse(405, 'The editor does not accept changes at this address.')
  }
  const tooBig = saveSizeRefusal(Number(request.headers.get('content-length') ?? 0))
  if (tooBig) return refuse(413, tooBig)
  const body = (await request.json().catch(() => null)) as { additions?: unknown; deletions?: unknown } | null
  if (body && body.deletions === undefined) body.deletions = []
  if (!body || !isList(body.additions, 'contents') || !isList(body.deletions)) return refuse(400, 'The editor sent a save this server does not understand. Reload the page and try again.')
  const fileProblems = [
    ...body.additions.map((addition) => writeRefusal(addition.path)),
    ...body.deletions.map((deletion) => deletionRefusal(deletion.path)),
  ].filter((problem) => problem !== undefined)
  if (fileProblems.length > 0) return refuse(403, fileProblems.join('\n'))
  // The form does not show who signed a page off: a save keeps the sign-off the file has.
  const additions = keepSignOffs(withoutEmptyLists(body.additions).map((addition) => (addition.path === FACTS_FILE ? keepComments(addition) : addition)))
  const problems = await problemsInEditorSave({ additions, deletions: body.deletions }, { today: toIsoDate(new Date()) }).catch((error: unknown) => {
    console.error(error)
    return ['The save could not be checked, so nothing was written. Try again; if it happens again, tell whoever looks after the editor (its log shows what went wrong).']
  })
  if (problems.length > 0) return refuse(422, problems.join('\n'))
  // Under the editor service, a save is one commit by the signed-in person (lib/editor-service/save.ts).
  if (isEditorService()) return serviceSave(request, { additions, deletions: body.deletions }, keystatic.GET)
  return keystatic.POST(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify({ additions, deletions: body.deletions }) }))
}

/** A list of { path } (and { contents }) items, as Keystatic sends them. */
function isList<K extends string>(value: unknown, also?: K): value is ({ path: string } & Record<K, string>)[] {
  return Array.isArray(value) && value.every((item) => typeof item?.path === 'string' && (also === undefined || typeof item[also] === 'string'))
}

function keepComments(addition: EditorAddition): EditorAddition {
  const file = path.join(process.cwd(), FACTS_FILE)
  if (!fs.existsSync(file)) return addition
  const written = updateYamlKeepingComments(fs.readFileSync(file, 'utf8'), Buffer.from(addition.contents, 'base64').toString('utf8'))
  return { ...addition, contents: Buffer.from(written, 'utf8').toString('base64') }
}
