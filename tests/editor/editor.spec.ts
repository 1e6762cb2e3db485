import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { parsePage, toIsoDate } from '@/lib/content'
import { PHONE_MESSAGE } from '@/lib/facts'

/**
 * Staff use the browser editor as they would: change a word of a page, a fact, a review date,
 * add a page and change its title. Each time the test reads what the screen says (a "Saved", no
 * error, the form after a trip to Content problems), the file on disk (one line changed) and the
 * page the site shows, at once and without a restart. Wrong values are refused with the check's
 * words, and nothing is written. The files are put back after each test, whatever happens.
 */
const PAGE_FILE = 'content/en/programs/intensive-outpatient.mdx'
const ABOUT_FILE = 'content/en/about.mdx'
const FACTS_FILE = 'content/program-facts.yaml'
const NEW_FILE = 'content/en/for-referring-professionals.mdx'
const PAGE_ROUTE = '/programs/intensive-outpatient'
const EDITOR_PAGE = `/keystatic/collection/pages/item/${encodeURIComponent('programs/intensive-outpatient')}`
const EDITOR_FACTS = '/keystatic/singleton/facts'

const SENTENCE = 'Individual therapy is time with a therapist, just the two of you'

const original = new Map<string, string>()

test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  for (const file of [PAGE_FILE, ABOUT_FILE, FACTS_FILE]) original.set(file, fs.readFileSync(file, 'utf8'))
})

// Each test starts from the files as they were.
test.afterEach(() => {
  for (const [file, text] of original) if (fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text)
  fs.rmSync(NEW_FILE, { force: true })
})

/** What the site shows at an address (rendered by the editor's server from the files). */
async function site(page: Page, route: string): Promise<{ status: number; html: string }> {
  const response = await page.request.get(route)
  return { status: response.status(), html: await response.text() }
}

const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
const mainText = (html: string) => text(html.slice(html.indexOf('<main'), html.indexOf('</main>')))

/** The lines that differ between two versions of a file (a change that keeps the line count). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n')
  const b = after.split('\n')
  if (a.length !== b.length) return [`${a.length} lines became ${b.length}`]
  return b.filter((line, i) => line !== a[i])
}

/** Save, then the screen says "Saved" and shows no error and no "Unsaved" badge. */
async function saveAndSeeSaved(page: Page) {
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible()
  await expect(page.getByText('Failed to fetch')).toHaveCount(0)
  await expect(page.getByText('Unsaved', { exact: true })).toHaveCount(0)
}

/** Opens a collection's list with every row in view, once its first row is drawn. */
async function openCollectionList(page: Page, collection: string): Promise<void> {
  // Keystatic draws only the rows in view: a screen tall enough for every page shows them all.
  await page.setViewportSize({ width: 1280, height: 2400 })
  await page.goto(`/keystatic/collection/${collection}`)
  const rows = page.getByRole('grid').getByRole('row')
  // The first visit compiles the editor: a ceiling against hangs on a loaded machine, not a timing.
  await expect(rows.nth(1)).toBeVisible({ timeout: 150_000 })
}

/** The rows of the collection list in view, header row aside, each as one line of text. */
async function listRowTexts(page: Page): Promise<string[]> {
  const rows = page.getByRole('grid').getByRole('row')
  return (await rows.allInnerTexts()).slice(1).map((row) => row.replace(/\s+/g, ' ').trim())
}

test('Pages lists the English pages, each by its title; Páginas en español the Spanish ones', async ({ page }) => {
  /** Each page of a language folder as its row should begin: its name in the folder, then its title. */
  const rowsOf = (folder: 'en' | 'es') =>
    fs
      .readdirSync(`content/${folder}`, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => `${file.replace(/\.mdx$/, '')} ${parsePage(fs.readFileSync(`content/${folder}/${file}`, 'utf8'), `${folder}/${file}`).frontmatter.title}`)
  for (const [collection, folder] of [['pages', 'en'], ['pagesEs', 'es']] as const) {
    const expected = rowsOf(folder)
    expect(expected.length).toBeGreaterThanOrEqual(15)
    await openCollectionList(page, collection)
    // One row a page, each with its title: none from the other language, none without a title.
    // Keystatic fills the titles in after the rows appear, so read again until they settle (or fail
    // with the last reading once the ceiling is reached).
    const reading = async () => {
      const rows = await listRowTexts(page)
      return { rows: rows.length, pagesNotListedOnceWithTitle: expected.filter((start) => rows.filter((row) => row.startsWith(start)).length !== 1) }
    }
    await expect.poll(reading, { timeout: 60_000 }).toEqual({ rows: expected.length, pagesNotListedOnceWithTitle: [] })
  }
})

test('a one-word change to a page: "Saved", one line changes in the file, and the page shows it', async ({ page }) => {
  await page.goto(EDITOR_PAGE)
  const paragraph = page.locator('[contenteditable="true"] p', { hasText: SENTENCE })
  await expect(paragraph).toBeVisible({ timeout: 120_000 })

  // One word more at the end of the sentence: "… just the two of you together."
  await paragraph.click()
  await page.keyboard.press('End')
  await page.keyboard.press('Backspace')
  await page.keyboard.type(' together.')
  await saveAndSeeSaved(page)
  await expect.poll(() => fs.readFileSync(PAGE_FILE, 'utf8')).toContain(`${SENTENCE} together.`)
  const saved = fs.readFileSync(PAGE_FILE, 'utf8')
  // Every page is stored in the editor's format (tests/unit/editor-format.test.ts): the first save
  // of a page changes the one line that changed, nothing else.
  expect(changedLines(original.get(PAGE_FILE)!, saved)).toEqual([`${SENTENCE} together.`])
  // The details are the same values, and the site shows the new words on the next visit.
  expect(parsePage(saved, 'programs/intensive-outpatient.mdx').frontmatter).toEqual(parsePage(original.get(PAGE_FILE)!, 'programs/intensive-outpatient.mdx').frontmatter)
  expect(mainText((await site(page, PAGE_ROUTE)).html)).toContain(`${SENTENCE} together.`)
})

test('changing the IOP weeks: "Saved" and no error, one line of the facts file, and every page shows it at once', async ({ page }) => {
  await page.goto(EDITOR_FACTS)
  await page.getByRole('row', { name: 'Intensive Outpatient Program' }).getByText('Intensive Outpatient Program', { exact: true }).click({ timeout: 120_000 })
  const weeks = page.getByRole('dialog').getByRole('textbox', { name: 'Weeks (optional)' })
  await expect(weeks).toHaveValue('12')
  await weeks.fill('13')
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click()
  await saveAndSeeSaved(page)

  // Only the number changed: the file keeps its comments and everything else as it was.
  expect(fs.readFileSync(FACTS_FILE, 'utf8')).toBe(original.get(FACTS_FILE)!.replace(/^ {4}weeks: 12$/m, '    weeks: 13'))
  // The server was not restarted: the editor still shows the form, with the new value.
  await expect(page.getByRole('textbox', { name: 'Phone number' })).toBeVisible()
  await expect(page.getByText('Restored draft')).toHaveCount(0)
  // The pages say 13 weeks and 39 meetings on the next visit, the FAQ's search data too.
  const program = mainText((await site(page, PAGE_ROUTE)).html)
  expect(program).toContain('for 13 weeks')
  expect(program).toContain('at least 39 meetings')
  const faq = (await site(page, '/faq')).html
  const faqData = [...faq.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
  expect(faqData).toContain('for 13 weeks')
})

test('a saved review date survives a trip to Content problems and back', async ({ page }) => {
  const yesterday = toIsoDate(new Date(Date.now() - 86_400_000))
  const stored = parsePage(original.get(ABOUT_FILE)!, 'about.mdx').frontmatter.lastReviewed
  await page.goto('/keystatic/collection/pages/item/about')
  const date = page.getByRole('textbox', { name: 'Last reviewed', exact: true })
  await expect(date).toHaveValue(stored, { timeout: 120_000 })
  await date.fill(yesterday)
  await saveAndSeeSaved(page)
  expect(fs.readFileSync(ABOUT_FILE, 'utf8')).toContain(`lastReviewed: ${yesterday}`)

  await page.getByRole('link', { name: 'Content problems' }).click()
  await expect(page.getByRole('heading', { name: 'Content problems', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the editor' }).click()
  await page.getByRole('link', { name: 'Pages' }).first().click()
  await page.getByRole('row', { name: /About this information/ }).getByText('About this information').click()
  await expect(page.getByRole('textbox', { name: 'Last reviewed', exact: true })).toHaveValue(yesterday)
  await expect(page.getByText('Unsaved', { exact: true })).toHaveCount(0)
  // And the file still says so: nothing wrote the old date back.
  expect(fs.readFileSync(ABOUT_FILE, 'utf8')).toContain(`lastReviewed: ${yesterday}`)
})

test('a new page and a changed title show in the preview without a restart', async ({ page }) => {
  await page.goto('/keystatic/collection/pages/create')
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('For referring professionals', { timeout: 120_000 })
  await expect(page.getByRole('textbox', { name: 'File name (the web address)' })).toHaveValue('for-referring-professionals')
  await page.getByRole('textbox', { name: 'Description' }).fill('How doctors, counselors and case workers can refer someone to an Anuvia program, and what happens next.')
  await page.getByRole('textbox', { name: 'Last reviewed', exact: true }).fill(toIsoDate(new Date(Date.now() - 86_400_000)))
  // A page without health or legal guidance names who checked it (a guidance page is signed off instead).
  await page.getByRole('button', { name: /Reviewed by$/ }).click()
  await page.getByRole('option', { name: 'Web content team' }).click()
  await page.locator('[contenteditable="true"]').first().click()
  await page.keyboard.type('Call us to refer someone. We will talk with them about which program fits.')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect.poll(() => fs.existsSync(NEW_FILE), { timeout: 30_000 }).toBe(true)

  const created = await site(page, '/for-referring-professionals')
  expect(created.status).toBe(200)
  expect(created.html).toContain('<title>For referring professionals')
  expect(mainText(created.html)).toContain('Call us to refer someone.')

  // Change its title in the editor: the page's heading and tab title follow on the next visit.
  await page.goto('/keystatic/collection/pages/item/for-referring-professionals')
  const title = page.getByRole('textbox', { name: 'Title', exact: true })
  await expect(title).toHaveValue('For referring professionals', { timeout: 120_000 })
  await title.fill('Referring someone to us')
  await saveAndSeeSaved(page)
  const renamed = await site(page, '/for-referring-professionals')
  expect(renamed.html).toContain('<title>Referring someone to us')
  expect(mainText(renamed.html)).toContain('Referring someone to us')
})

test('a review date in the future is refused with the check\'s words, led by the label; nothing is written', async ({ page }) => {
  const before = fs.readFileSync(ABOUT_FILE, 'utf8')
  await page.goto('/keystatic/collection/pages/item/about')
  const date = page.getByRole('textbox', { name: 'Last reviewed', exact: true })
  await expect(date).toBeVisible({ timeout: 120_000 })
  await date.fill('2099-01-01')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/Last reviewed: The last review date \(2099-01-01\) is in the future/)).toBeVisible()
  await expect(page.getByRole('status')).toContainText('Not saved')
  expect(fs.readFileSync(ABOUT_FILE, 'utf8')).toBe(before)
})

test("a phone number in the wrong form: the schema's message, and nothing is written", async ({ page }) => {
  const before = fs.readFileSync(FACTS_FILE, 'utf8')
  await page.goto(EDITOR_FACTS)
  const phone = page.getByRole('textbox', { name: 'Phone number' })
  await expect(phone).toHaveValue('+17043767447', { timeout: 120_000 })
  await phone.fill('704-376-7447')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(PHONE_MESSAGE).first()).toBeVisible()
  // Give a save that should not happen the time to happen.
  await page.waitForTimeout(2000)
  expect(fs.readFileSync(FACTS_FILE, 'utf8')).toBe(before)
})

test('inserting a Fact asks which one, from a list staff can search by plain words', async ({ page }) => {
  await page.goto('/keystatic/collection/pages/item/about')
  const paragraph = page.locator('[contenteditable="true"] p').first()
  await expect(paragraph).toBeVisible({ timeout: 120_000 })
  await paragraph.click()
  await page.keyboard.press('End')
  // The editor's insert menu: the "+" in the toolbar (Keystatic gives it no name).
  await page.locator('button[aria-haspopup="true"]:not([aria-label])').click()
  await page.getByRole('menuitem').filter({ hasText: /^Fact/ }).first().click()
  // The new Fact asks which fact it is; clicking it shows the list to search.
  await page.getByText('Choose which fact: click here').click()
  const picker = page.getByRole('combobox', { name: 'Which fact' })
  await picker.fill('weeks')
  await expect(page.getByRole('option', { name: 'IOP: Weeks (12)' })).toBeVisible()
  await page.getByRole('option', { name: 'IOP: Weeks (12)' }).click()
  // The text shows the fact's value.
  await expect(page.locator('[contenteditable="true"] p').first()).toContainText('checked it.12')
  await saveAndSeeSaved(page)
  expect(fs.readFileSync(ABOUT_FILE, 'utf8')).toContain('<Fact name="iop.weeks" />')
})
