/**
 * A file at any depth under content/ is a page at its address: a copy of the project with a page
 * in a folder that has no route of its own is built with `next build`, and the page is in out/ and
 * in the sitemap. (This once passed the content check and went into the sitemap, but was built
 * nowhere: the sitemap pointed to a 404.)
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { copyProjectForBuild } from '@/bench/synthetic-content'
import { htmlFileForRoute } from '@/lib/base/addresses'

const ROOT = process.cwd()
const ROUTE = '/families/support/groups-near-you'
const TITLE = 'Support groups near you'

describe('a nested page', () => {
  it('is built at its address and listed in the sitemap', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nested-page-'))
    try {
      copyProjectForBuild(ROOT, dir)
      const file = path.join(dir, 'content', 'en', `${ROUTE.slice(1)}.mdx`)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      const page = fs.readFileSync(path.join(ROOT, 'tests/fixtures/good/new-page.mdx'), 'utf8').replace(/^title: .*$/m, `title: ${TITLE}`)
      fs.writeFileSync(file, page)

      await promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
        cwd: dir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        maxBuffer: 64 * 1024 * 1024,
      })

      const html = fs.readFileSync(path.join(dir, 'out', htmlFileForRoute(ROUTE)), 'utf8')
      expect(html).toContain(`<h1>${TITLE}</h1>`)
      expect(fs.readFileSync(path.join(dir, 'out', 'sitemap.xml'), 'utf8')).toContain(`${ROUTE}</loc>`)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)
})
