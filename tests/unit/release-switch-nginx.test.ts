/**
 * The switch of SITE_ROOT/current as Debian's nginx serves it: a few hundred requests while the
 * live release changes again and again each get a whole page of one release, never an error and
 * never a mix (lib/publishing/releases.ts renames a new link over the old one).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNginxWith, type RunningNginx } from '../e2e/nginx'
import { currentLink, switchCurrent, writeRelease } from '@/lib/publishing/releases'

const PORT = Number(process.env.RELEASE_SWITCH_PORT ?? 3520)
let tmp: string
let nginx: RunningNginx
const pages: Record<string, string> = {}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'release-switch-'))
  const siteRoot = path.join(tmp, 'site')
  for (const [id, words] of [
    ['20261204-100000-aaaaaaa', 'old'],
    ['20261204-110000-bbbbbbb', 'new'],
  ]) {
    const built = path.join(tmp, id)
    fs.mkdirSync(built)
    // About 60 KB, so a response takes long enough to overlap a switch.
    pages[id] = `<!doctype html><title>${words}</title>${`<p>The ${words} release.</p>`.repeat(2500)}`
    fs.writeFileSync(path.join(built, 'index.html'), pages[id])
    writeRelease(siteRoot, id, built)
  }
  switchCurrent(siteRoot, '20261204-100000-aaaaaaa')
  nginx = await startNginxWith(`server {\n    listen 127.0.0.1:${PORT};\n    root ${currentLink(siteRoot)};\n    location / { try_files $uri $uri.html $uri/index.html =404; }\n}\n`, `http://127.0.0.1:${PORT}`)
}, 30_000)

afterAll(async () => {
  await nginx?.stop()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('switching the live release under nginx', () => {
  it('serves every request whole from one release while current switches back and forth', async () => {
    const siteRoot = path.join(tmp, 'site')
    const ids = Object.keys(pages)
    let switching = true
    let switches = 0
    const switcher = (async () => {
      while (switching) {
        switchCurrent(siteRoot, ids[switches++ % 2])
        await new Promise((resolve) => setTimeout(resolve, 1))
      }
    })()
    const answers: { status: number; body: string }[] = []
    for (let batch = 0; batch < 30; batch++) {
      answers.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, async () => {
            const response = await fetch(`${nginx.url}/`)
            return { status: response.status, body: await response.text() }
          }),
        )),
      )
    }
    switching = false
    await switcher
    expect(switches).toBeGreaterThan(10)
    expect(answers).toHaveLength(300)
    expect(answers.filter((answer) => answer.status !== 200)).toEqual([])
    expect(answers.filter((answer) => !Object.values(pages).includes(answer.body)).length).toBe(0)
    // Both releases were served: the requests really did overlap the switches.
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(2)
  }, 60_000)
})
