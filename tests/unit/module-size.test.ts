/**
 * No module over 300 lines: a newcomer reads one concern a file. Applies to the product's code
 * (app/, components/, lib/, scripts/, bench/) and the configuration at the top level; tests and
 * their fixtures aside. A module that grows past the limit is split where its concerns part.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const MAX_LINES = 300
const CODE_FOLDERS = ['app', 'components', 'lib', 'scripts', 'bench']
const CODE_FILE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs|jsx|css)$/

/** Every code file under the folders (and at the top level of `root`), relative to `root`. */
function codeFiles(root: string): string[] {
  const files: string[] = []
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const file = path.posix.join(relative, entry.name)
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'tmp') walk(file)
      else if (entry.isFile() && CODE_FILE.test(entry.name)) files.push(file)
    }
  }
  for (const folder of CODE_FOLDERS) if (fs.existsSync(path.join(root, folder))) walk(folder)
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isFile() && CODE_FILE.test(entry.name) && entry.name !== 'next-env.d.ts') files.push(entry.name)
  }
  return files.sort()
}

/** "lib/x.ts has 301 lines" for each file over the limit. */
function overLimit(root: string): string[] {
  return codeFiles(root).flatMap((file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8')
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
    return lines > MAX_LINES ? [`${file} has ${lines} lines (at most ${MAX_LINES}): split it where its concerns part.`] : []
  })
}

describe(`modules of at most ${MAX_LINES} lines`, () => {
  it('finds the code (so the limit below checks something)', () => {
    const files = codeFiles(process.cwd())
    expect(files).toContain('lib/facts/schema.ts')
    expect(files).toContain('keystatic.config.tsx')
    expect(files.some((f) => f.startsWith('tests/'))).toBe(false)
  })

  it(`no module in app/, components/, lib/, scripts/, bench/ or at the top level is over ${MAX_LINES} lines`, () => {
    expect(overLimit(process.cwd())).toEqual([])
  })

  it('reports a module of 301 lines, and passes one of 300', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'module-size-'))
    try {
      fs.mkdirSync(path.join(root, 'lib', 'facts'), { recursive: true })
      fs.writeFileSync(path.join(root, 'lib', 'facts', 'long.ts'), 'export {}\n'.repeat(301))
      fs.writeFileSync(path.join(root, 'lib', 'facts', 'fine.ts'), 'export {}\n'.repeat(300))
      fs.writeFileSync(path.join(root, 'top.config.ts'), 'export {}\n'.repeat(302))
      expect(overLimit(root)).toEqual([
        'lib/facts/long.ts has 301 lines (at most 300): split it where its concerns part.',
        'top.config.ts has 302 lines (at most 300): split it where its concerns part.',
      ])
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })
})
