/**
 * Imports run one way: app -> components -> lib -> content data, with no circles; and inside
 * lib/, from a folder only to the folders below it (LIB_FOLDERS). Read from the real import graph
 * (dpdm, the same tool `npm run check:imports` runs).
 */
import fs from 'node:fs'
import { parseCircular, parseDependencyTree, type Dependency, type DependencyTree } from 'dpdm'
import { beforeAll, describe, expect, it } from 'vitest'

const SOURCES = ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts', 'mdx-components.tsx']

/**
 * Each folder of lib/ and the folders it may import from: the layers of the README's "How it is
 * built", bottom first. A new folder must be placed here before it can be used.
 */
const LIB_FOLDERS: Record<string, readonly string[]> = {
  base: [],
  languages: ['base'],
  facts: ['base', 'languages'],
  content: ['base', 'languages', 'facts'],
  build: ['base'],
  'content-check': ['base', 'languages', 'facts', 'content', 'build'],
  'page-head': ['base', 'languages', 'facts', 'content'],
  editor: ['base', 'languages', 'facts', 'content', 'content-check', 'page-head', 'build'],
  servers: ['base', 'build'],
  publishing: ['base', 'languages', 'facts', 'content', 'content-check', 'build'],
  'editor-service': ['base', 'languages', 'facts', 'content', 'content-check', 'page-head', 'build', 'editor'],
}

/** "lib/facts/schema.ts" -> "facts"; undefined for a file outside lib/. */
function libFolderOf(file: string): string | undefined {
  return file.startsWith('lib/') ? file.split('/')[1] : undefined
}

/** Every import from one lib/ folder to another that LIB_FOLDERS does not allow. */
function importsAgainstLayers(graph: DependencyTree, layers: Record<string, readonly string[]>): string[] {
  return Object.entries(graph).flatMap(([file, deps]) => {
    const from = libFolderOf(file)
    if (!from) return []
    return (deps ?? [])
      .filter((d) => {
        const to = d.id ? libFolderOf(d.id) : undefined
        return to !== undefined && to !== from && !(layers[from] ?? []).includes(to)
      })
      .map((d) => `${file} -> ${d.id}`)
  })
}

let tree: DependencyTree
beforeAll(async () => {
  tree = await parseDependencyTree(SOURCES, { transform: true, tsconfig: 'tsconfig.json' })
}, 60_000)

/** Every import from a file under `from` to a file under any of `to`, as "importer -> imported". */
function imports(from: string, to: readonly string[]): string[] {
  return Object.entries(tree).flatMap(([file, deps]) =>
    file.startsWith(from) ? (deps ?? []).filter((d) => d.id && to.some((t) => d.id!.startsWith(t))).map((d) => `${file} -> ${d.id}`) : [],
  )
}

describe('import direction', () => {
  it('finds the project files (so the rules below check something)', () => {
    const files = Object.keys(tree)
    expect(files.filter((f) => f.startsWith('lib/')).length).toBeGreaterThan(10)
    expect(files.filter((f) => f.startsWith('components/')).length).toBeGreaterThan(10)
  })

  it('has no import circles', () => {
    expect(parseCircular(tree)).toEqual([])
  })

  it('lib/ imports nothing from app/, components/, scripts/, bench/ or the MDX map', () => {
    expect(imports('lib/', ['app/', 'components/', 'scripts/', 'bench/', 'mdx-components.tsx'])).toEqual([])
  })

  it('lib/ holds only its folders, and each is placed in the layers', () => {
    const entries = fs.readdirSync('lib', { withFileTypes: true })
    expect(entries.filter((e) => !e.isDirectory()).map((e) => e.name)).toEqual([])
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(LIB_FOLDERS).sort())
  })

  it('inside lib/, a folder imports only from the folders below it', () => {
    expect(importsAgainstLayers(tree, LIB_FOLDERS)).toEqual([])
  })

  it('the layer rule finds an import that runs back up (so the rule above can fail)', () => {
    const upward: DependencyTree = { 'lib/facts/schema.ts': [{ issuer: 'lib/facts/schema.ts', request: '@/lib/content', kind: 'StaticImport' as Dependency['kind'], id: 'lib/content/index.ts' }] }
    expect(importsAgainstLayers(upward, LIB_FOLDERS)).toEqual(['lib/facts/schema.ts -> lib/content/index.ts'])
    // The real graph has lib/content importing lib/facts, the allowed direction: the same rule passes it.
    expect(imports('lib/content/', ['lib/facts/']).length).toBeGreaterThan(0)
  })

  it('components/ import nothing from app/ or scripts/', () => {
    expect(imports('components/', ['app/', 'scripts/'])).toEqual([])
  })
})
