import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { copyProjectForBuild, syntheticPage, syntheticRoute, writeSyntheticPages } from '@/bench/synthetic-content'
import { checkContent } from '@/lib/content-check'
import { CONTENT_DIR, formatProblem, parsePage } from '@/lib/content'
import { factNames, getFact } from '@/lib/facts'

const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})
function tempDir(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  temps.push(dir)
  return dir
}

describe('made-up pages', () => {
  it('pass the content schema, at the route the site builds for a top-level page', () => {
    const { file, source } = syntheticPage(7, factNames[0], '2026-01-15')
    const page = parsePage(source, file)
    expect(page.route).toBe(syntheticRoute(7))
    expect(page.route).toBe('/bench-page-0007')
    expect(page.segments).toHaveLength(1)
  })

  it('use a fact that exists, so the build renders them like real pages', () => {
    const { source } = syntheticPage(1, 'iop.weeks', '2026-01-15')
    const name = /<Fact name="([^"]+)" \/>/.exec(source)?.[1] ?? ''
    expect(() => getFact(name)).not.toThrow()
  })

  it('pass the content check that runs before every build, next to the real pages', async () => {
    const dir = tempDir('content-')
    fs.cpSync(CONTENT_DIR, dir, { recursive: true })
    writeSyntheticPages(path.join(dir, 'en'), 2, 'iop.weeks', '2026-01-15')
    const report = await checkContent({ dir, today: '2026-01-20' })
    const synthetic = report.problems.filter((problem) => problem.file.includes('bench-page-'))
    // Made-up pages are English only: the check notes each one's missing Spanish page, as a
    // warning that never stops a build (and the bench builds them that way).
    const untranslated = synthetic.filter((problem) => /has no Spanish page yet/.test(problem.message))
    expect(untranslated.every((problem) => problem.severity === 'warning' && problem.staysWarning)).toBe(true)
    expect(synthetic.filter((problem) => !untranslated.includes(problem)).map(formatProblem)).toEqual([])
  })

  it('are written one file each', () => {
    const dir = tempDir('synthetic-')
    expect(writeSyntheticPages(dir, 3, 'iop.weeks', '2026-01-15')).toEqual(['/bench-page-0001', '/bench-page-0002', '/bench-page-0003'])
    expect(fs.readdirSync(dir).sort()).toEqual(['bench-page-0001.mdx', 'bench-page-0002.mdx', 'bench-page-0003.mdx'])
  })
})

describe('the copy of the project to build in', () => {
  it('leaves out packages and build output, links node_modules, and wraps the Next config', async () => {
    const project = tempDir('project-')
    const files: Record<string, string> = {
      'package.json': '{}',
      'content/en/index.mdx': 'hello',
      'node_modules/pkg/index.js': '',
      '.next/cache/x': '',
      'out/index.html': '',
      'bench/tmp/old/results.md': '',
      'bench/results.json': '{}',
      'next.config.mjs': "export default { output: 'export', experimental: { inlineCss: true } }\n",
    }
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true })
      fs.writeFileSync(path.join(project, file), text)
    }
    const copy = path.join(tempDir('copy-'), 'site')
    copyProjectForBuild(project, copy)

    expect(fs.existsSync(path.join(copy, 'content/en/index.mdx'))).toBe(true)
    expect(fs.existsSync(path.join(copy, 'bench/results.json'))).toBe(true)
    for (const left of ['.next', 'out', 'bench/tmp']) expect(fs.existsSync(path.join(copy, left))).toBe(false)
    expect(fs.lstatSync(path.join(copy, 'node_modules')).isSymbolicLink()).toBe(true)
    expect(fs.realpathSync(path.join(copy, 'node_modules'))).toBe(fs.realpathSync(path.join(project, 'node_modules')))

    const { default: config } = await import(pathToFileURL(path.join(copy, 'next.config.mjs')).href)
    expect(config).toEqual({
      output: 'export',
      experimental: { inlineCss: true, turbopackAdditionalRoots: { project: { path: project } } },
    })
  })
})
