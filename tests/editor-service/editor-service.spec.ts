/**
 * The editor service as staff and attackers meet it: `npm run editor:start` behind Debian's nginx
 * over HTTPS, sign-in through a real OpenID provider (oidc-provider) on loopback, saves committed
 * in a git clone of this repository (tests/editor-service/environment.ts). Nothing of our own code
 * is stood in for.
 */
import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser } from '@playwright/test'
import { sealData } from 'iron-session'
import { SESSION_COOKIE } from '@/lib/editor-service/session'
import { EDITOR_URL, SESSION_SECRET, startEnvironment, type Environment } from './environment'
import { changeSentence, EDITOR_PAGE, expectSaved, mainText, PAGE_FILE, PAGE_ROUTE, save, SENTENCE, signIn } from './helpers'

test.describe.configure({ mode: 'serial' })

let env: Environment
test.beforeAll(async () => {
  test.setTimeout(900_000)
  env = await startEnvironment()
})
test.afterAll(async () => {
  await env?.stop()
})

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const BLOB = `/api/keystatic/blob/${'0'.repeat(40)}/${PAGE_FILE}`
const ROUTES = ['/keystatic', EDITOR_PAGE, '/keystatic/singleton/facts', '/content-problems', '/', '/faq', '/es/faq', PAGE_ROUTE]
const API = ['/api/keystatic/tree', BLOB, '/_next/static/chunks/main.js', '/images/anything.png', '/icon.svg']

async function newPerson(browser: Browser) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: EDITOR_URL, viewport: { width: 1280, height: 900 } })
  return { context, page: await context.newPage() }
}

test('with no session, every page leads to sign-in and every other address answers 401', async ({ page, request }) => {
  for (const route of ROUTES) {
    await page.goto(route)
    await expect(page, route).toHaveURL(/\/sign-in\?return=/)
    await expect(page.getByRole('heading', { name: 'Sign in to edit the website' })).toBeVisible()
  }
  for (const route of API) expect((await request.get(route)).status(), route).toBe(401)
  const save = await request.post('/api/keystatic/update', { headers: { origin: EDITOR_URL, 'no-cors': '1', 'content-type': 'application/json' }, data: { additions: [], deletions: [] } })
  expect(save.status()).toBe(401)
})

test('a person signs in, changes one word, saves: the preview shows it and the commit is theirs', async ({ page }) => {
  await signIn(page, 'dana@example.org')
  await expect(page).toHaveURL(/\/keystatic/)
  await expect(page.getByText('Signed in as')).toContainText('Dana Reyes')
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' })
  expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000)

  await changeSentence(page, ' together')
  await save(page)
  await expectSaved(page)
  expect(fs.readFileSync(path.join(env.clone, PAGE_FILE), 'utf8')).toContain(`${SENTENCE} together.`)
  expect(env.git('log', '-1', '--format=%an <%ae>|%cn|%s')).toBe('Dana Reyes <dana@example.org>|Anuvia website editor|Edit /programs/intensive-outpatient')
  expect(env.git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('drafts')
  expect(env.git('status', '--porcelain')).toBe('')

  const preview = await page.request.get(PAGE_ROUTE)
  expect(preview.status()).toBe(200)
  expect(mainText(await preview.text())).toContain(`${SENTENCE} together.`)
})

test('a person with no role is told so and can do nothing', async ({ browser }) => {
  const { context, page } = await newPerson(browser)
  await signIn(page, 'vic@example.org')
  await expect(page.getByRole('heading', { name: 'You are signed in, but you cannot edit yet' })).toBeVisible()
  await expect(page.getByText('vic@example.org')).toBeVisible()
  for (const route of ['/keystatic', '/faq', '/content-problems']) expect((await page.request.get(route)).status(), route).toBe(403)
  expect((await page.request.get('/api/keystatic/tree', { headers: { 'no-cors': '1' } })).status()).toBe(403)
  const before = env.git('rev-parse', 'HEAD')
  const attempt = await page.request.post('/api/keystatic/update', {
    headers: { origin: EDITOR_URL, 'no-cors': '1', 'content-type': 'application/json' },
    data: { additions: [{ path: PAGE_FILE, contents: Buffer.from('hacked').toString('base64') }], deletions: [] },
  })
  expect(attempt.status()).toBe(403)
  expect(env.git('rev-parse', 'HEAD')).toBe(before)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByText('You are signed out.')).toBeVisible()
  await context.close()
})

test('forged identity headers and a session cookie sealed with another secret are refused', async ({ request }) => {
  const forged = { 'X-Forwarded-User': 'dana@example.org', 'Remote-User': 'dana@example.org', 'X-Auth-Request-Email': 'dana@example.org', 'X-Forwarded-Email': 'dana@example.org' }
  expect((await request.get('/api/keystatic/tree', { headers: forged })).status()).toBe(401)
  expect((await request.get('/keystatic', { headers: { ...forged, accept: 'text/html' }, maxRedirects: 0 })).status()).toBe(303)
  const person = { subject: 'dana@example.org', email: 'dana@example.org', name: 'Dana Reyes', groups: [], signedInAt: Date.now() }
  const otherSecret = await sealData({ person, id: 'forged' }, { password: 'another-secret-another-secret-another-secret', ttl: 3600 })
  expect((await request.get('/api/keystatic/tree', { headers: { cookie: `${SESSION_COOKIE}=${otherSecret}` } })).status()).toBe(401)
  // The same cookie with the right secret would be let in: the refusal is the secret's.
  const rightSecret = await sealData({ person, id: 'test' }, { password: SESSION_SECRET, ttl: 3600 })
  expect((await request.get('/api/keystatic/tree', { headers: { cookie: `${SESSION_COOKIE}=${rightSecret}`, 'no-cors': '1' } })).status()).toBe(200)
})

test('another Host, or a change from another Origin, is refused', async ({ request }) => {
  expect((await request.get('/keystatic', { headers: { host: 'evil.example' }, maxRedirects: 0 })).status()).toBe(421)
  const person = { subject: 'd', email: 'dana@example.org', name: 'Dana Reyes', groups: [], signedInAt: Date.now() }
  const cookie = `${SESSION_COOKIE}=${await sealData({ person, id: 'origin-test' }, { password: SESSION_SECRET, ttl: 3600 })}`
  const fromElsewhere = await request.post('/api/keystatic/update', { headers: { cookie, origin: 'https://evil.example', 'no-cors': '1', 'content-type': 'application/json' }, data: { additions: [], deletions: [] } })
  expect(fromElsewhere.status()).toBe(403)
})

test('two people save the same page: the second is told who saved it and when, and nothing is lost', async ({ browser }) => {
  const dana = await newPerson(browser)
  const lee = await newPerson(browser)
  await signIn(dana.page, 'dana@example.org', EDITOR_PAGE)
  await signIn(lee.page, 'lee@example.org', EDITOR_PAGE)
  await changeSentence(dana.page, ' at your pace')
  await changeSentence(lee.page, ' in private')

  await save(dana.page)
  await expectSaved(dana.page)
  const afterDana = env.git('rev-parse', 'HEAD')

  await save(lee.page)
  await expect(lee.page.getByText(/Not saved: content\/en\/programs\/intensive-outpatient.mdx has changed since you opened it\. Dana Reyes \(dana@example\.org\) saved it at/)).toBeVisible()
  // Lee's words are still in Lee's form; Dana's are in the file; no commit was added.
  await expect(lee.page.locator('[contenteditable="true"] p', { hasText: SENTENCE })).toContainText('in private.')
  const file = fs.readFileSync(path.join(env.clone, PAGE_FILE), 'utf8')
  expect(file).toContain('at your pace.')
  expect(file).not.toContain('in private')
  // A copy of Lee's refused save is kept for IT.
  const kept = fs.readdirSync(path.join(env.clone, '.git', 'anuvia-editor', 'refused'))
  expect(kept.filter((name) => name.endsWith('lee@example.org.json'))).toHaveLength(1)
  expect(env.git('rev-parse', 'HEAD')).toBe(afterDana)
  await dana.context.close()
  await lee.context.close()
})

test('the server restarted mid-session loses no saved change, and the session goes on', async ({ browser }) => {
  const { context, page } = await newPerson(browser)
  await signIn(page, 'lee@example.org', EDITOR_PAGE)
  await changeSentence(page, ' before the restart')
  await save(page)
  await expectSaved(page)
  const saved = env.git('rev-parse', 'HEAD')

  await env.restartEditor()
  expect(env.git('rev-parse', 'HEAD')).toBe(saved)
  expect(env.git('log', '-1', '--format=%an')).toBe('Lee Park')

  // The same form, not reloaded: the next save is accepted, by the same person.
  await changeSentence(page, ' and after it')
  await save(page)
  await expectSaved(page)
  expect(env.git('log', '-2', '--format=%an|%s')).toBe('Lee Park|Edit /programs/intensive-outpatient\nLee Park|Edit /programs/intensive-outpatient')
  expect(mainText(await (await page.request.get(PAGE_ROUTE)).text())).toContain('before the restart and after it.')
  await context.close()
})

test('Waiting to publish knows who is signed in: a publisher gets Publish, an editor does not', async ({ browser }) => {
  const dana = await newPerson(browser)
  await signIn(dana.page, 'dana@example.org', '/publishing')
  await expect(dana.page.getByRole('heading', { name: 'Waiting to publish' })).toBeVisible()
  await expect(dana.page.getByRole('button', { name: 'Publish' })).toBeVisible()
  await dana.context.close()
  const lee = await newPerson(browser)
  await signIn(lee.page, 'lee@example.org', '/publishing')
  await expect(lee.page.getByRole('heading', { name: 'Waiting to publish' })).toBeVisible()
  await expect(lee.page.getByRole('button', { name: 'Publish' })).toHaveCount(0)
  const refused = await lee.page.request.post('/api/publishing/publish', { headers: { origin: EDITOR_URL }, form: {} })
  expect(refused.status()).toBe(403)
  await lee.context.close()
})

test('the sign-in and no-role screens pass axe, and every screen is photographed at 390 and 1280 px', async ({ browser }) => {
  const shots = path.join('test-results', 'screenshots', 'editor-service')
  fs.mkdirSync(shots, { recursive: true })
  for (const [width, height, name] of [[390, 844, 'phone'], [1280, 900, 'desktop']] as const) {
    const visitor = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: EDITOR_URL, viewport: { width, height } })
    const page = await visitor.newPage()
    await page.goto('/keystatic')
    await expect(page.getByRole('heading', { name: 'Sign in to edit the website' })).toBeVisible()
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([])
    await page.screenshot({ path: path.join(shots, `${name}-sign-in.png`), fullPage: true })
    await signIn(page, 'vic@example.org')
    await expect(page.getByRole('heading', { name: 'You are signed in, but you cannot edit yet' })).toBeVisible()
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([])
    await page.screenshot({ path: path.join(shots, `${name}-no-role.png`), fullPage: true })
    await visitor.close()

    const editor = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: EDITOR_URL, viewport: { width, height } })
    const editorPage = await editor.newPage()
    await signIn(editorPage, 'dana@example.org', EDITOR_PAGE)
    await expect(editorPage.locator('[contenteditable="true"] p', { hasText: SENTENCE })).toBeVisible({ timeout: 120_000 })
    await expect(editorPage.getByText('Signed in as')).toBeVisible()
    await editorPage.screenshot({ path: path.join(shots, `${name}-editor.png`) })
    await editor.close()
  }
})

test('nginx limits sign-in attempts from one address', async ({ request }) => {
  const statuses: number[] = []
  for (let i = 0; i < 30; i++) statuses.push((await request.get('/sign-in/start', { maxRedirects: 0 })).status())
  expect(statuses).toContain(303)
  expect(statuses).toContain(429)
  // The sign-in page itself stays open.
  expect((await request.get('/sign-in')).status()).toBe(200)
})
