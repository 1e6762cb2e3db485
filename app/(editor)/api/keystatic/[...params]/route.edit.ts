import fs from 'node:fs'
import path from 'node:path'
import { makeRouteHandler } from '@keystatic/next/route-handler'
import { editorConfig } from '@/keystatic.config'
import { editorOptions } from '@/lib/editor-options'
import { problemsInEditorSave, updateYamlKeepingComments, withoutEmptyLists, type EditorAddition } from '@/lib/editor-save-check'
import { FACTS_FILE } from '@/lib/program-facts'

// Reads and writes the files under content/ for the editor. Exists only in edit mode.
const keystatic = makeRouteHandler({ config: editorConfig(editorOptions()) })

export const GET = keystatic.GET

/**
 * A save: empty lists are left out of pages' details, the facts file keeps its comments, and a
 * save the build would reject is refused; the editor shows the message next to Save.
 */
export async function POST(request: Request) {
  if (!new URL(request.url).pathname.endsWith('/update')) return keystatic.POST(request)
  const body = (await request.json().catch(() => null)) as { additions?: EditorAddition[]; deletions?: unknown } | null
  if (!body || !Array.isArray(body.additions)) return new Response('Bad data', { status: 400 })
  const additions = withoutEmptyLists(body.additions).map((addition) => (addition.path === FACTS_FILE ? keepComments(addition) : addition))
  const problems = problemsInEditorSave(additions)
  if (problems.length > 0) return new Response(problems.join('\n'), { status: 422 })
  return keystatic.POST(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify({ ...body, additions }) }))
}

function keepComments(addition: EditorAddition): EditorAddition {
  const file = path.join(process.cwd(), FACTS_FILE)
  if (!fs.existsSync(file)) return addition
  const written = updateYamlKeepingComments(fs.readFileSync(file, 'utf8'), Buffer.from(addition.contents, 'base64').toString('utf8'))
  return { ...addition, contents: Buffer.from(written, 'utf8').toString('base64') }
}
