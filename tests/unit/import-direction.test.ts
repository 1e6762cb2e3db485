/**
 * Imports run one way: app -> components -> lib -> content data, with no circles. Read from the
 * real import graph (dpdm, the same tool `npm run check:imports` runs).
 */
import { parseCircular, parseDependencyTree, type DependencyTree } from 'dpdm'
import { beforeAll, describe, expect, it } from 'vitest'

const SOURCES = ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts', 'mdx-components.tsx']

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

  it('components/ import nothing from app/ or scripts/', () => {
    expect(imports('components/', ['app/', 'scripts/'])).toEqual([])
  })
})
