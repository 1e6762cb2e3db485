/**
 * `next build` alone (without the content check that `npm run build` runs first) refuses a page
 * that holds code, naming the file and line, and runs none of it: a copy of the project gets a
 * page whose attribute would create a file if it ever ran.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { copyProjectForBuild } from '@/bench/synthetic-content'

const ROOT = process.cwd()

describe('next build on a page that holds code', () => {
  it('stops at the page, names its file and line, and runs nothing in it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-refuses-code-'))
    const ran = path.join(dir, 'the-page-code-ran')
    try {
      copyProjectForBuild(ROOT, dir)
      const page = fs
        .readFileSync(path.join(ROOT, 'tests/fixtures/good/new-page.mdx'), 'utf8')
        .concat(`\nHello <abbr title={require('node:fs').writeFileSync(${JSON.stringify(ran)}, 'x') ?? 'IOP'}>IOP</abbr>.\n`)
      fs.writeFileSync(path.join(dir, 'content', 'en', 'attack.mdx'), page)
      const line = page.split('\n').findIndex((l) => l.includes('<abbr')) + 1

      const failure = await promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
        cwd: dir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        maxBuffer: 64 * 1024 * 1024,
      }).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      )

      expect(failure, 'next build succeeded').toBeDefined()
      const output = `${failure!.stdout}\n${failure!.stderr}`
      expect(output).toMatch(new RegExp(`content/en/attack\\.mdx:${line}:\\d+`))
      expect(output).toContain('Pages cannot contain HTML, like this <abbr> tag')
      expect(output).toContain('nothing in it was run')
      expect(fs.existsSync(ran)).toBe(false)
      expect(fs.existsSync(path.join(dir, 'out', 'attack.html'))).toBe(false)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)
})
