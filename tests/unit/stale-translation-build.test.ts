/**
 * A changed English page flags its Spanish page on the built site: a copy of the project whose
 * English FAQ gained a sentence after its translation is built with `next build`; the built
 * Spanish FAQ shows, in Spanish, that the English page has changed, linking to it, and a Spanish
 * page whose English page did not change shows no such notice. (The content check's warning for
 * the same change is tested in tests/unit/translation.test.tsx.)
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
const NOTICE = 'La versión en inglés de esta página ha cambiado'

describe('a Spanish page whose English page changed after the translation', () => {
  it('is built with the notice and a link to the English page; an unchanged one is built without it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stale-translation-'))
    try {
      copyProjectForBuild(ROOT, dir)
      fs.appendFileSync(path.join(dir, 'content/en/faq.mdx'), '\nAn urgent new answer, written in English first.\n')

      await promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
        cwd: dir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        maxBuffer: 64 * 1024 * 1024,
      })

      const stale = fs.readFileSync(path.join(dir, 'out', htmlFileForRoute('/es/faq')), 'utf8')
      expect(stale).toContain(NOTICE)
      expect(stale).toMatch(/<a [^>]*href="\/faq"[^>]*hrefLang="en"[^>]*>Lea la versión en inglés<\/a>|<a [^>]*hrefLang="en"[^>]*href="\/faq"[^>]*>Lea la versión en inglés<\/a>/i)
      const current = fs.readFileSync(path.join(dir, 'out', htmlFileForRoute('/es/get-help')), 'utf8')
      expect(current).not.toContain(NOTICE)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)
})
