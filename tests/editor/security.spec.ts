import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import { expect, test } from '@playwright/test'

/**
 * The editor answers only this computer, and writes only the files it may: real HTTP requests to
 * the running editor (`npm run edit`), as another machine, a web page reached through DNS
 * rebinding, or a forged save would send them. Each refused request writes nothing. Then the
 * editor's pages in Chromium: their security policy, and no request to any other site.
 */
const PORT = Number(process.env.EDITOR_PORT ?? 3101)
const EDITOR = `127.0.0.1:${PORT}`
const FACTS_FILE = 'content/program-facts.yaml'
const PAGE_FILE = 'content/en/about.mdx'

interface Sent {
  status: number
  body: string
}

/** One request with exactly these headers (Host included), the way curl on the network sends it. */
function send({ method = 'GET', path, host = EDITOR, origin, body }: { method?: string; path: string; host?: string; origin?: string; body?: unknown }): Promise<Sent> {
  const data = body === undefined ? undefined : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: PORT,
        method,
        path,
        headers: {
          host,
          ...(origin ? { origin } : {}),
          ...(data ? { 'content-type': 'application/json', 'no-cors': '1', 'content-length': Buffer.byteLength(data) } : {}),
        },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }))
      },
    )
    request.on('error', reject)
    if (data) request.write(data)
    request.end()
  })
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const save = (additions: { path: string; text: string }[], deletions: string[] = []) => ({
  additions: additions.map(({ path, text }) => ({ path, contents: base64(text) })),
  deletions: deletions.map((path) => ({ path })),
})

/** Every file of the repository that a refused request might have written or deleted. */
const WATCHED = ['contentzz.mjs', 'content/zz.tsx', 'content/.env', 'public/imageszz/x.svg', 'public/images/x.svg', 'content/Bad_Name.mdx', 'content/en/new-page.mdx', 'package.json']
const before = new Map<string, string | undefined>()
const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined)

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  for (const file of [...WATCHED, FACTS_FILE, PAGE_FILE, 'content/en/faq.mdx']) before.set(file, read(file))
  // The first request compiles the API route; wait until it answers.
  await expect.poll(async () => (await send({ path: '/keystatic' }).catch(() => null))?.status, { timeout: 150_000 }).toBe(200)
})

test.afterEach(() => {
  // Nothing a refused request sent reached the disk.
  for (const [file, text] of before) expect(read(file), `${file} is unchanged`).toBe(text)
})

test('listens on the loopback address only: another address of this computer is not answered', async () => {
  const others = Object.values(os.networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address!.address)
  test.skip(others.length === 0, 'This machine has no network address other than loopback to try.')
  for (const address of others) {
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: address, port: PORT }, () => {
        socket.destroy()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    expect(connected, `connection to ${address}:${PORT}`).toBe(false)
  }
})

test('a foreign Host is refused, for pages, the file list and saves alike', async () => {
  for (const path of ['/keystatic', '/api/keystatic/tree', '/about', '/_next/static/chunks/x.js']) {
    const sent = await send({ path, host: `rebind.example:${PORT}` })
    expect(sent.status, path).toBe(421)
    expect(sent.body).toContain('The editor answers only at')
  }
  // Next's own development endpoints too (L2): no file-existence oracle through a rebound name.
  for (const path of ['/__nextjs_launch-editor?file=/etc/passwd&lineNumber=1&column=1', '/__nextjs_source-map?filename=x', '/__nextjs_original-stack-frames', '/__nextjs_devtools_config']) {
    const sent = await send({ path, host: `rebind.example:${PORT}` })
    expect(sent.status, path).toBe(421)
  }
  const write = await send({ method: 'POST', path: '/api/keystatic/update', host: `rebind.example:${PORT}`, origin: `http://rebind.example:${PORT}`, body: save([{ path: 'content/en/new-page.mdx', text: 'x' }]) })
  expect(write.status).toBe(421)
})

test('a save from a foreign Origin, or with none, is refused', async () => {
  for (const origin of ['http://attacker.example', `http://localhost:${PORT + 1}`, undefined]) {
    const sent = await send({ method: 'POST', path: '/api/keystatic/update', origin, body: save([{ path: PAGE_FILE, text: 'overwritten' }], ['content/en/faq.mdx']) })
    expect(sent.status, String(origin)).toBe(403)
    expect(sent.body).toContain('Changes are accepted only from the editor itself')
  }
})

test('a write outside the allowed files is refused: only pages, the facts and pictures', async () => {
  const origin = `http://${EDITOR}`
  for (const path of ['contentzz.mjs', 'content/zz.tsx', 'content/.env', 'public/imageszz/x.svg', 'public/images/x.svg', 'content/Bad_Name.mdx', 'package.json']) {
    const sent = await send({ method: 'POST', path: '/api/keystatic/update', origin, body: save([{ path, text: 'export default 1' }]) })
    expect(sent.status, path).toBe(403)
    expect(sent.body).toContain(path)
  }
  const deleteFacts = await send({ method: 'POST', path: '/api/keystatic/update', origin, body: save([], [FACTS_FILE]) })
  expect(deleteFacts.status).toBe(403)
  expect(deleteFacts.body).toBe(`The editor may delete only pages, not "${FACTS_FILE}".`)
})

test('every spelling of the save route is checked, and any other write address is refused', async () => {
  const origin = `http://${EDITOR}`
  const forbidden = save([{ path: 'contentzz.mjs', text: 'export default 1' }], [FACTS_FILE])
  // Keystatic decodes each piece of the address: these are its save route, so the file rules run.
  for (const route of ['updat%65', '%75pdate', '%75%70%64%61%74%65']) {
    const sent = await send({ method: 'POST', path: `/api/keystatic/${route}`, origin, body: forbidden })
    expect(sent.status, route).toBe(403)
    expect(sent.body, route).toContain('contentzz.mjs')
  }
  // Any other address is no write route: refused before anything is read (Next itself sends
  // "//update" and "update/" to the plain address first).
  for (const route of ['/update', 'update/', 'update%2F', '%2Fupdate', 'updat%2565', 'UPDATE', 'Update', 'update;x', 'update/x', 'update%00', 'tree', '%']) {
    const sent = await send({ method: 'POST', path: `/api/keystatic/${route}`, origin, body: forbidden })
    expect(sent.status, route).not.toBe(200)
    expect([400, 404, 405, 308], route).toContain(sent.status)
  }
  // A page holding code, sent to an encoded save route, meets the content check.
  const page = `${before.get(PAGE_FILE)}\nexport const secret = process.env\n`
  const checked = await send({ method: 'POST', path: '/api/keystatic/updat%65', origin, body: save([{ path: PAGE_FILE, text: page }]) })
  expect(checked.status).toBe(422)
  for (const method of ['PUT', 'DELETE', 'PATCH']) {
    expect((await send({ method, path: '/api/keystatic/update', origin, body: forbidden })).status, method).toBe(405)
  }
})

test('a picture saved in the editor shows in the preview at its address', async () => {
  // A 1 x 1 PNG.
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='
  const file = 'public/images/zz-preview-test.png'
  const hadPublic = fs.existsSync('public')
  try {
    const saved = await send({ method: 'POST', path: '/api/keystatic/update', origin: `http://${EDITOR}`, body: { additions: [{ path: file, contents: png }], deletions: [] } })
    expect(saved.status, saved.body).toBe(200)
    const shown = await send({ path: '/images/zz-preview-test.png' })
    expect(shown.status).toBe(200)
  } finally {
    fs.rmSync(file, { force: true })
    if (!hadPublic) fs.rmSync('public', { recursive: true, force: true })
  }
})

test('a save too big is refused in words, and one of 12 MB is read whole (L20)', async () => {
  const origin = `http://${EDITOR}`
  const big = (megabytes: number) => save([{ path: 'public/images/zz-big.png', text: 'x'.repeat(megabytes * 1024 * 1024) }])
  const tooBig = await send({ method: 'POST', path: '/api/keystatic/update', origin, body: big(32) })
  expect(tooBig.status).toBe(413)
  expect(tooBig.body).toContain('This save is too big')
  // 12 MB is read whole and checked: not a picture, so refused with the check's words.
  const twelve = await send({ method: 'POST', path: '/api/keystatic/update', origin, body: big(12) })
  expect(twelve.status).toBe(422)
  expect(twelve.body).not.toContain('does not understand')
  expect(fs.existsSync('public/images/zz-big.png')).toBe(false)
})

test('two saves sent together are checked one after the other: a link to a page deleted at the same time is refused (L7)', async () => {
  const origin = `http://${EDITOR}`
  const target = 'content/en/zz-target.mdx'
  const targetText = before.get(PAGE_FILE)!.replace(/^title: .*$/m, 'title: A page to link to and delete')
  try {
    expect((await send({ method: 'POST', path: '/api/keystatic/update', origin, body: save([{ path: target, text: targetText }]) })).status).toBe(200)
    const linked = `${before.get(PAGE_FILE)}\nSee [the page to delete](/zz-target).\n`
    const [link, remove] = await Promise.all([
      send({ method: 'POST', path: '/api/keystatic/update', origin, body: save([{ path: PAGE_FILE, text: linked }]) }),
      send({ method: 'POST', path: '/api/keystatic/update', origin, body: save([], [target]) }),
    ])
    expect([link.status, remove.status].sort()).toEqual([200, 422])
  } finally {
    fs.rmSync(target, { force: true })
    fs.writeFileSync(PAGE_FILE, before.get(PAGE_FILE)!)
  }
})

test('a page holding code is refused, with the content check words and the line', async () => {
  const page = `${before.get(PAGE_FILE)}\nexport const secret = process.env\n`
  const sent = await send({ method: 'POST', path: '/api/keystatic/update', origin: `http://${EDITOR}`, body: save([{ path: PAGE_FILE, text: page }]) })
  expect(sent.status).toBe(422)
  const line = page.split('\n').indexOf('export const secret = process.env') + 1
  expect(sent.body).toContain(`Page text, line ${line}: Pages cannot contain import or export lines`)
})

test('a review date in the future is refused, led by the form label', async () => {
  const page = before.get(PAGE_FILE)!.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2099-01-01')
  const sent = await send({ method: 'POST', path: '/api/keystatic/update', origin: `http://${EDITOR}`, body: save([{ path: PAGE_FILE, text: page }]) })
  expect(sent.status).toBe(422)
  expect(sent.body).toMatch(/^Last reviewed: The last review date \(2099-01-01\) is in the future \(today is \d{4}-\d{2}-\d{2}\)\. What to do: Write the date the page was actually reviewed\.$/)
})

test("the editor's pages forbid framing and outside requests, and ask no other site for anything", async ({ page }) => {
  const response = await page.request.get('/keystatic')
  const policy = response.headers()['content-security-policy']
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toContain("default-src 'self'")
  expect(policy).toContain("connect-src 'self'")
  expect(response.headers()['x-frame-options']).toBe('DENY')

  const outside: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(`http://${EDITOR}/`)) outside.push(request.url())
  })
  await page.goto('/keystatic/singleton/facts')
  await expect(page.getByRole('textbox', { name: 'Phone number' })).toBeVisible({ timeout: 120_000 })
  await page.goto('/content-problems')
  await expect(page.getByRole('heading', { name: 'Content problems' })).toBeVisible()
  // No web fonts: the editor uses the computer's own.
  expect(outside).toEqual([])
})
