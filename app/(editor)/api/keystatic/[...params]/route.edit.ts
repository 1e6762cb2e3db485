import { makeRouteHandler } from '@keystatic/next/route-handler'
import { editorConfig } from '@/keystatic.config'
import { editorOptions } from '@/lib/editor-options'

// Reads and writes the files under content/ for the editor. Exists only in edit mode.
export const { POST, GET } = makeRouteHandler({ config: editorConfig(editorOptions()) })
