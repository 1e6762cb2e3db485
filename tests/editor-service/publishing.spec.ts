/**
 * Sign off, publish and roll back as staff do them (issue 25): the editor service behind Debian's
 * nginx with the real OpenID provider (environment.ts), and a second nginx serving SITE_ROOT/current
 * as the public site, with the server block the published build wrote. Each publish runs the real
 * content check and build, so the steps share one environment and run in order.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { liveRelease } from '@/lib/publishing/releases'
import { siteConfigFor, startNginxWith, type RunningNginx } from '../e2e/nginx'
import { EDITOR_URL, PORTS, startEnvironment, type Environment } from './environment'
import { signIn } from './helpers'

test.describe.configure({ mode: 'serial' })

const FILE = 'content/en/staying-safe.mdx'
const ROUTE = '/staying-safe'
const BROKEN_FILE = 'content/en/about.mdx'
const SITE_URL = `http://127.0.0.1:${PORTS.site}`
const SHOTS = path.join('test-results', 'screenshots', 'publishing')
// What the public page says in each published version, its text and its foot together.
const REVIEWED = { words: 'You could save a life.', foot: 'Reviewed by Cara Lane, LCAS, a clinician, on' }
const CHANGED = { words: 'You might save a life.', foot: 'This page has changed since a clinician last reviewed it. It awaits their review again.' }

let env: Environment
let site: RunningNginx | undefined
let firstRelease = ''
test.beforeAll(async () => {
  test.setTimeout(900_000)
  env = await startEnvironment()
  fs.mkdirSync(SHOTS, { recursive: true })
})
test.afterAll(async () => {
  await site?.stop()
  await env?.stop()
})

async function person(browser: Browser, email: string, start = '/publishing', width = 1280) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: EDITOR_URL, viewport: { width, height: 900 } })
  const page = await context.newPage()
  await signIn(page, email, start)
  return { context, page }
}

/** A save as the editor's form makes it: the file is opened (its version noted), then saved whole. */
async function saveFile(page: Page, file: string, edit: (text: string) => string) {
  const text = fs.readFileSync(path.join(env.clone, file), 'utf8')
  const changed = edit(text)
  expect(changed, 'the edit changes the file').not.toBe(text)
  const blob = env.git('hash-object', file)
  expect((await page.request.get(`/api/keystatic/blob/${blob}/${file}`, { headers: { 'no-cors': '1' } })).status()).toBe(200)
  return page.request.post('/api/keystatic/update', {
    headers: { origin: EDITOR_URL, 'no-cors': '1', 'content-type': 'application/json' },
    data: { additions: [{ path: file, contents: Buffer.from(changed, 'utf8').toString('base64') }], deletions: [] },
  })
}

const textOf = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')

async function publicPage(route = ROUTE): Promise<{ status: number; text: string }> {
  const response = await fetch(`${SITE_URL}${route}`)
  return { status: response.status, text: textOf(await response.text()) }
}

/** Publish on Waiting to publish, as the publisher; waits for the outcome the page shows. */
async function publish(page: Page, outcome: 'Published' | 'Not published' = 'Published'): Promise<void> {
  await page.goto('/publishing')
  await page.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Publishing now' })).toBeVisible()
  // The page reloads itself while the publish runs; a real check and build, under load.
  await expect(page.getByRole('heading', { name: outcome, exact: true })).toBeVisible({ timeout: 600_000 })
}

/** The steps of the publish running now (none when none runs). */
const runningSteps = (): string[] => {
  try {
    const status = JSON.parse(fs.readFileSync(path.join(env.siteRoot, 'publish-status.json'), 'utf8')) as { state: string; steps: { label: string }[] }
    return status.state === 'running' ? status.steps.map((step) => step.label) : []
  } catch {
    return []
  }
}

test('an editor cannot publish or sign off; a clinical reviewer signs off, a publisher publishes, and the public foot names the review', async ({ browser }) => {
  test.setTimeout(900_000)
  const lee = await person(browser, 'lee@example.org')
  expect((await saveFile(lee.page, FILE, (text) => text.replace('Stay with them until help comes.', 'Stay with them until help arrives.'))).status()).toBe(200)
  expect(env.git('log', '-1', '--format=%an|%s')).toBe('Lee Park|Edit /staying-safe')

  await lee.page.goto('/publishing')
  const row = lee.page.locator('tr', { has: lee.page.getByRole('link', { name: ROUTE, exact: true }) })
  await expect(row).toContainText('Clinical: awaits review')
  await expect(lee.page.getByRole('button', { name: 'Publish' })).toHaveCount(0)
  await expect(lee.page.getByRole('button', { name: /Sign off/ })).toHaveCount(0)
  const before = env.git('rev-parse', 'HEAD')
  expect((await lee.page.request.post('/api/publishing/publish', { headers: { origin: EDITOR_URL }, form: {} })).status()).toBe(403)
  // A person without the clinical-reviewer role cannot sign off, even by sending the form.
  const signOff = await lee.page.request.post('/api/publishing/sign-off', { headers: { origin: EDITOR_URL }, form: { file: FILE, kind: 'clinical' } })
  expect(signOff.status()).toBe(403)
  expect(env.git('rev-parse', 'HEAD')).toBe(before)
  expect(fs.existsSync(path.join(env.siteRoot, 'current'))).toBe(false)
  await lee.context.close()

  const cara = await person(browser, 'cara@example.org')
  const caraRow = cara.page.locator('tr', { has: cara.page.getByRole('link', { name: ROUTE, exact: true }) })
  await caraRow.getByRole('button', { name: 'Sign off (clinical)' }).click()
  await expect(cara.page.getByRole('heading', { name: 'Waiting to publish' })).toBeVisible()
  await expect(caraRow).toContainText(/Clinical: signed off by Cara Lane, LCAS on \d{4}-\d{2}-\d{2}/)
  expect(env.git('log', '-1', '--format=%an|%(trailers:key=Reviewed-by,valueonly)')).toMatch(/^Cara Lane\|Cara Lane/)
  const signed = fs.readFileSync(path.join(env.clone, FILE), 'utf8')
  for (const line of ['signOff:', '  clinical:', '    name: Cara Lane', '    credentials: LCAS', '    role: clinical-reviewer']) expect(signed).toContain(`\n${line}\n`)
  await cara.context.close()

  const dana = await person(browser, 'dana@example.org')
  await publish(dana.page)
  await dana.context.close()
  firstRelease = liveRelease(env.siteRoot)!
  expect(firstRelease).toMatch(/^\d{8}-\d{6}-[0-9a-f]{7}/)

  site = await startNginxWith(siteConfigFor(PORTS.site, path.join(env.siteRoot, 'current'), path.join(env.siteRoot, 'workspace', 'deploy')), SITE_URL)
  const live = await publicPage()
  expect(live.status).toBe(200)
  expect(live.text).toContain('Stay with them until help arrives.')
  expect(live.text).toContain(REVIEWED.words)
  expect(live.text).toContain(REVIEWED.foot)
  expect(live.text).not.toContain('A clinician has not yet reviewed this page.')
})

test('one word changed after the sign-off is published while readers load the page: no error, no mixed release, and the foot says it awaits review again', async ({ browser }) => {
  test.setTimeout(900_000)
  expect(site, 'the first test published and started the public site').toBeDefined()
  const lee = await person(browser, 'lee@example.org')
  expect((await saveFile(lee.page, FILE, (text) => text.replace(REVIEWED.words, CHANGED.words))).status()).toBe(200)
  await lee.context.close()

  // Waiting to publish as a publisher sees it, photographed for CONTENT.md.
  for (const width of [390, 1280]) {
    const viewer = await person(browser, 'dana@example.org', '/publishing', width)
    const row = viewer.page.locator('tr', { has: viewer.page.getByRole('link', { name: ROUTE, exact: true }) })
    await expect(row).toContainText('Clinical: awaits review again: changed since Cara Lane, LCAS signed it off')
    await expect(row).toContainText('1 word added, 1 removed')
    await viewer.page.screenshot({ path: path.join(SHOTS, `waiting-to-publish-${width}.png`), fullPage: width === 390 })
    await viewer.context.close()
  }

  const dana = await person(browser, 'dana@example.org')
  const published = publish(dana.page)
  // Readers load the page from the moment the build is finishing until well after the switch.
  await expect.poll(runningSteps, { timeout: 600_000, intervals: [100] }).toContain('Finishing the pages')
  const seen: ('old' | 'new')[] = []
  const problems: string[] = []
  const LIMIT = 5000
  let afterSwitch = 0
  for (let i = 0; i < LIMIT && afterSwitch < 300; i++) {
    const { status, text } = await publicPage()
    const old = text.includes(REVIEWED.words) && text.includes(REVIEWED.foot) && !text.includes(CHANGED.foot)
    const changed = text.includes(CHANGED.words) && text.includes(CHANGED.foot) && !text.includes(REVIEWED.foot)
    if (status !== 200 || old === changed) problems.push(`request ${i}: status ${status}, ${old ? 'old' : changed ? 'new' : 'neither or both'} text`)
    else seen.push(old ? 'old' : 'new')
    if (seen.at(-1) === 'new') afterSwitch++
  }
  await published
  await dana.context.close()
  expect(problems).toEqual([])
  expect(seen.length).toBeLessThan(LIMIT)
  // The loop spanned the switch: the old release, then only the new one.
  expect(seen[0]).toBe('old')
  expect(seen.lastIndexOf('old')).toBeLessThan(seen.indexOf('new'))
  fs.writeFileSync(path.join(SHOTS, 'requests-during-switch.txt'), `${seen.length} requests: ${seen.indexOf('new')} old release, then ${seen.length - seen.indexOf('new')} new release\n`)

  const live = await publicPage()
  expect(live.text).toContain(CHANGED.words)
  expect(live.text).toContain(CHANGED.foot)
  expect(live.text).not.toContain('Reviewed by Cara Lane')
})

test('a hand-written sign-off is refused; a page that breaks the build is refused with the live site unchanged; roll back serves the old text', async ({ browser }) => {
  test.setTimeout(900_000)
  expect(firstRelease, 'the first test published').not.toBe('')
  const lee = await person(browser, 'lee@example.org')
  const headBefore = env.git('rev-parse', 'HEAD')
  const forged = await saveFile(lee.page, FILE, (text) =>
    text.replace(/^signOff:\n(?: {2}.*\n)+/m, 'signOff:\n  clinical:\n    name: Lee Park\n    role: clinical-reviewer\n    date: 2026-12-04\n    text: 0123456789ab\n'),
  )
  expect(forged.status()).toBeGreaterThanOrEqual(400)
  expect(await forged.text()).toContain(`Sign-off: ${FILE} would get a sign-off that the Sign off button did not make.`)
  expect(env.git('rev-parse', 'HEAD')).toBe(headBefore)
  expect(fs.readFileSync(path.join(env.clone, FILE), 'utf8')).not.toContain('Lee Park')
  await lee.context.close()

  // The editor refuses a save the content check would refuse, so the broken page comes in as a
  // commit made outside it (as from a developer's push): publishing must still stop it.
  const about = path.join(env.clone, BROKEN_FILE)
  fs.writeFileSync(about, `${fs.readFileSync(about, 'utf8')}\n<Callout kind="note">\nThis tag is never closed.\n`)
  env.git('commit', '-q', '-am', 'A page that does not build')
  const liveBefore = liveRelease(env.siteRoot)
  const pageBefore = await publicPage()

  const dana = await person(browser, 'dana@example.org')
  await publish(dana.page, 'Not published')
  await expect(dana.page.getByText(/nothing was published and the live site is unchanged/)).toBeVisible()
  expect(liveRelease(env.siteRoot)).toBe(liveBefore)
  expect(await publicPage()).toEqual(pageBefore)

  // Roll back to the first release: the reviewed text is served again.
  await dana.page.goto('/publishing')
  await dana.page.getByRole('listitem').filter({ hasText: firstRelease }).getByRole('button', { name: 'Roll back to this' }).click()
  await expect(dana.page.getByRole('listitem').filter({ hasText: firstRelease })).toContainText('(live now)')
  expect(liveRelease(env.siteRoot)).toBe(firstRelease)
  const rolledBack = await publicPage()
  expect(rolledBack.status).toBe(200)
  expect(rolledBack.text).toContain(REVIEWED.words)
  expect(rolledBack.text).toContain(REVIEWED.foot)
  await dana.context.close()

  // The page's history, photographed and written out for the record.
  for (const width of [390, 1280]) {
    const viewer = await person(browser, 'dana@example.org', `/publishing/history/${FILE.replace(/^content\//, '')}`, width)
    await expect(viewer.page.getByRole('heading', { name: `History of ${FILE}` })).toBeVisible()
    const rows = viewer.page.locator('tbody tr')
    const timeline = (await rows.allInnerTexts()).map((row) => row.replace(/\t/g, ' | '))
    const whatAndWho = timeline.map((row) => row.split(' | ').slice(1, 3).join(' | '))
    // Newest first: each step of these tests, in order (among the saves the branch had before).
    const expected = ['rolled back | Dana Reyes', 'published | Dana Reyes', 'saved | Lee Park', 'published | Dana Reyes', 'signed off | Cara Lane', 'saved | Lee Park']
    expect(whatAndWho[0]).toBe(expected[0])
    let at = 0
    for (const event of expected) {
      at = whatAndWho.indexOf(event, at)
      expect(at, `${event} in order in:\n${timeline.join('\n')}`).toBeGreaterThanOrEqual(0)
      at++
    }
    await viewer.page.screenshot({ path: path.join(SHOTS, `page-history-${width}.png`), fullPage: width === 390 })
    if (width === 1280) fs.writeFileSync(path.join(SHOTS, 'staying-safe-history.txt'), `${timeline.join('\n')}\n`)
    await viewer.context.close()
  }
})
