import { makeRouteHandler } from '@keystatic/next/route-handler'
import { editorConfig } from '@/keystatic.config'
import { editorOptions } from '@/lib/editor-options'
import { problemsInEditorSave, type EditorAddition } from '@/lib/editor-save-check'

// Reads and writes the files under content/ for the editor. Exists only in edit mode.
const keystatic = makeRouteHandler({ config: editorConfig(editorOptions()) })

export const GET = keystatic.GET

/** A save the build would reject is refused; the editor shows the message next to Save. */
export async function POST(request: Request) {
  if (new URL(request.url).pathname.endsWith('/update')) {
    const body = (await request.clone().json().catch(() => null)) as { additions?: EditorAddition[] } | null
    const problems = problemsInEditorSave(body?.additions ?? [])
    if (problems.length > 0) return new Response(problems.join('\n'), { status: 422 })
  }
  return keystatic.POST(request)
}
