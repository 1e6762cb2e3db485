/**
 * Every package the code imports is declared, in the right list: what `npm run build` (and so
 * the site) needs in `dependencies`, what only tests and the bench need in `devDependencies`; and
 * nothing is declared that nothing uses. Imports are read with TypeScript's own pre-processor,
 * type-only imports included (the build's type check needs those packages too).
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = process.cwd()
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

/** What the build reads: the site, its configuration and the scripts the build runs. */
const BUILD_SOURCES = ['app', 'components', 'lib', 'scripts', 'mdx-components.tsx', 'keystatic.config.tsx', 'next.config.mjs', 'postcss.config.mjs', 'tailwind.config.ts']
/** What only checks and measures the site. */
const DEV_SOURCES = ['tests', 'bench', 'vitest.config.mts', 'playwright.config.ts', 'playwright.editor.config.ts', 'playwright.editor-service.config.ts', 'eslint.config.mjs']

const CODE = /\.(m?[jt]sx?|mts)$/

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry)
  if (!fs.existsSync(full)) return []
  if (fs.statSync(full).isFile()) return [full]
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && CODE.test(e.name) && !e.parentPath.includes('fixtures'))
    .map((e) => path.join(e.parentPath, e.name))
}

/** "mdast" -> "@types/mdast"; "@mdx-js/mdx/lib/x" -> "@mdx-js/mdx"; "next/link" -> "next". */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('@/') || specifier.startsWith('node:')) return undefined
  const parts = specifier.split('/')
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
  // Packages that are only type definitions are imported by the name of what they describe.
  return ['mdast', 'mdx', 'hast', 'unist'].includes(name) ? `@types/${name}` : name
}

function importsOf(entries: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const file of entries.flatMap(filesUnder)) {
    const text = fs.readFileSync(file, 'utf8')
    const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName)
    // MDX plugins are named as strings in next.config.mjs (Turbopack needs them that way).
    if (file.endsWith('next.config.mjs')) specifiers.push(...[...text.matchAll(/'((?:remark|rehype)-[a-z-]+)'/g)].map((m) => m[1]))
    // A PostCSS plugin is named as a key in postcss.config.mjs.
    if (file.endsWith('postcss.config.mjs')) specifiers.push(...[...text.matchAll(/'(@tailwindcss\/postcss)'/g)].map((m) => m[1]))
    for (const name of specifiers.map(packageOf).filter((n): n is string => n !== undefined)) {
      found.set(name, [...(found.get(name) ?? []), path.relative(ROOT, file)])
    }
  }
  return found
}

/**
 * Declared packages that no file imports, each with why it is there. Anything else declared must
 * be imported somewhere.
 */
const USED_WITHOUT_IMPORT: Record<string, string> = {
  '@mdx-js/loader': 'used by @next/mdx to load .mdx files',
  '@mdx-js/react': "installed by Next's MDX guide; @next/mdx resolves it as the MDX provider",
  tailwindcss: "imported by app/globals.css (@import 'tailwindcss')",
  postcss: 'runs the Tailwind plugin of postcss.config.mjs (Tailwind\'s Next.js guide installs it)',
  typescript: 'the type check, and next build reads tsconfig.json with it',
  tsx: 'runs the TypeScript scripts of npm run build',
  '@types/node': 'types for node: imports',
  '@types/react': 'types for react',
  '@types/react-dom': 'types for react-dom',
  '@types/compression': 'types for compression',
  '@types/serve-handler': 'types for serve-handler',
  eslint: 'npm run lint',
  '@lhci/cli': 'npm run bench runs its lhci command (bench/lighthouse.ts)',
  'govuk-frontend': 'npm run bench copies its CSS, JavaScript and assets into the GOV.UK Frontend reference page (bench/govuk-reference.ts)',
  jsdom: 'the browser-like environment of component tests (@vitest-environment jsdom)',
  '@testing-library/dom': 'peer dependency of @testing-library/react',
  '@types/js-yaml': 'types for js-yaml (tests/editor-format.ts writes YAML as the editor does)',
}

describe('dependencies', () => {
  const build = importsOf(BUILD_SOURCES)
  const dev = importsOf(DEV_SOURCES)

  it('reads the imports (so the checks below check something)', () => {
    expect(build.get('next')?.length).toBeGreaterThan(3)
    expect(dev.has('vitest')).toBe(true)
  })

  it('declares everything the build imports in dependencies', () => {
    const missing = [...build].filter(([name]) => !(name in pkg.dependencies)).map(([name, files]) => `${name} (${files[0]})`)
    expect(missing).toEqual([])
  })

  it('declares everything tests and the bench import', () => {
    const declared = { ...pkg.dependencies, ...pkg.devDependencies }
    const missing = [...dev].filter(([name]) => !(name in declared)).map(([name, files]) => `${name} (${files[0]})`)
    expect(missing).toEqual([])
  })

  it('keeps in devDependencies only what the build does not need', () => {
    expect(Object.keys(pkg.devDependencies).filter((name) => build.has(name))).toEqual([])
  })

  it('declares nothing that nothing uses', () => {
    const used = new Set([...build.keys(), ...dev.keys(), ...Object.keys(USED_WITHOUT_IMPORT)])
    const scripts = Object.values(pkg.scripts).join(' ')
    const unused = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter(
      (name) => !used.has(name) && !new RegExp(`(^|[\\s&;])${name}\\b`).test(scripts),
    )
    expect(unused).toEqual([])
  })
})
