import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { parsePage } from '@/lib/content'
import { PHONE_MESSAGE } from '@/lib/program-facts'

/**
 * Staff change a page and a fact in the browser editor, save, and find both in the files and in
 * the pages the site then shows; a wrong phone number is refused with the schema's message, and
 * nothing is written. The files are put back at the end, whatever happens.
 */
const PAGE_FILE = 'content/programs/intensive-outpatient.mdx'
const FACTS_FILE = 'content/program-facts.yaml'
const PAGE_ROUTE = '/programs/intensive-outpatient'
const EDITOR_PAGE = `/keystatic/collection/pages/item/${encodeURIComponent('programs/intensive-outpatient')}`
const EDITOR_FACTS = '/keystatic/singleton/facts'

const SENTENCE = 'Individual therapy is time with a therapist, just the two of you.'
const ADDED = ' You set the goals together.'

const original = new Map<string, string>()

test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  for (const file of [PAGE_FILE, FACTS_FILE]) original.set(file, fs.readFileSync(file, 'utf8'))
})

test.afterAll(async ({ request }) => {
  for (const [file, text] of original) if (fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text)
  // A change to the facts restarts the editor's server; wait until it answers again.
  await expect.poll(async () => (await request.get('/keystatic').catch(() => null))?.status(), { timeout: 60_000 }).toBe(200)
})

/** The page's main content as the site shows it (rendered by the edit-mode server from the files). */
async function mainHtml(page: Page): Promise<string> {
  const response = await page.request.get(PAGE_ROUTE)
  expect(response.status()).toBe(200)
  const html = await response.text()
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'))
}

const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

test('changing a sentence on a page: saved to the file and shown on the page, the rest unchanged', async ({ page }) => {
  const before = await mainHtml(page)
  await page.goto(EDITOR_PAGE)
  const paragraph = page.locator('[contenteditable="true"] p', { hasText: SENTENCE })
  await expect(paragraph).toBeVisible({ timeout: 90_000 })
  await paragraph.click()
  await page.keyboard.press('End')
  await page.keyboard.type(ADDED)
  await page.getByRole('button', { name: 'Save' }).click()

  await expect.poll(() => fs.readFileSync(PAGE_FILE, 'utf8')).toContain(`${SENTENCE}${ADDED}`)
  const saved = fs.readFileSync(PAGE_FILE, 'utf8')
  // The details block comes back with the same values.
  expect(parsePage(saved, 'programs/intensive-outpatient.mdx').frontmatter).toEqual(
    parsePage(original.get(PAGE_FILE)!, 'programs/intensive-outpatient.mdx').frontmatter,
  )

  await expect.poll(async () => text(await mainHtml(page))).toContain(`${SENTENCE}${ADDED}`)
  // Everything else on the page is the same HTML as before the editor wrote the file.
  const after = await mainHtml(page)
  expect(after.replace(ADDED, '')).toBe(before)
})

test('changing the number of IOP weeks: saved to the facts file and shown on the pages', async ({ page }) => {
  await page.goto(EDITOR_FACTS)
  await page.getByRole('row', { name: 'Intensive Outpatient Program' }).getByText('Intensive Outpatient Program', { exact: true }).click({ timeout: 90_000 })
  const weeks = page.getByRole('dialog').getByRole('textbox', { name: 'Weeks (optional)' })
  await expect(weeks).toHaveValue('12')
  await weeks.fill('13')
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click()
  await page.getByRole('button', { name: 'Save' }).click()

  // Only the number changed: the file keeps its comments and everything else as it was.
  await expect.poll(() => fs.readFileSync(FACTS_FILE, 'utf8')).toBe(original.get(FACTS_FILE)!.replace(/^ {4}weeks: 12$/m, '    weeks: 13'))
  // The server restarts to read the new facts; the page then says 13 weeks, and 39 meetings.
  await expect
    .poll(async () => text(await mainHtml(page).catch(() => '')), { timeout: 90_000 })
    .toContain('for 13 weeks')
  expect(text(await mainHtml(page))).toContain('at least 39 meetings')
})

test("a phone number in the wrong form: the schema's message, and nothing is written", async ({ page }) => {
  const before = fs.readFileSync(FACTS_FILE, 'utf8')
  await page.goto(EDITOR_FACTS)
  const phone = page.getByRole('textbox', { name: 'Phone number' })
  await expect(phone).toHaveValue('+17043767447', { timeout: 90_000 })
  await phone.fill('704-376-7447')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(PHONE_MESSAGE).first()).toBeVisible()
  // Give a save that should not happen the time to happen.
  await page.waitForTimeout(2000)
  expect(fs.readFileSync(FACTS_FILE, 'utf8')).toBe(before)
})
