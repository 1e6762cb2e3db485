// @vitest-environment jsdom
/**
 * Every page is stored in the editor's own format: opening it in the editor and saving it with no
 * change writes the same bytes, so a one-word change in the editor is a one-line change in the
 * pull request (the browser test, tests/editor, checks that with the real editor).
 *
 * After a page is changed by hand, write it in the editor's format with
 *   WRITE_EDITOR_FORMAT=1 npx vitest run tests/unit/editor-format.test.ts
 * (the pages' HTML stays the same: tests/unit/editor-round-trip.test.tsx).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_DIR, listContentFiles } from '@/lib/content'
import { inEditorFormat } from '../editor-format'

const files = listContentFiles()

if (process.env.WRITE_EDITOR_FORMAT === '1') {
  for (const file of files) {
    const full = path.join(CONTENT_DIR, file)
    fs.writeFileSync(full, inEditorFormat(file, fs.readFileSync(full, 'utf8')))
  }
}

describe("every page is in the editor's format", () => {
  it.each(files)('content/%s: opened and saved with no change, the file is byte for byte the same', (file) => {
    const source = fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8')
    expect(inEditorFormat(file, source)).toBe(source)
  })

  it("is a fixed point: the editor's format of a page in the editor's format is itself", () => {
    for (const file of files) {
      const once = inEditorFormat(file, fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8'))
      expect(inEditorFormat(file, once)).toBe(once)
    }
  })
})
