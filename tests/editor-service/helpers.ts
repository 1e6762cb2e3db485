/** Staff steps in the editor service, as a person does them in Chromium. */
import { expect, type Page } from '@playwright/test'

export const PAGE_FILE = 'content/en/programs/intensive-outpatient.mdx'
export const PAGE_ROUTE = '/programs/intensive-outpatient'
export const EDITOR_PAGE = `/keystatic/collection/pages/item/${encodeURIComponent('programs/intensive-outpatient')}`
export const SENTENCE = 'Individual therapy is time with a therapist, just the two of you'

/** Signs in through the provider's own screens (any password on the test provider). */
export async function signIn(page: Page, email: string, start = '/keystatic'): Promise<void> {
  await page.goto(start)
  await expect(page).toHaveURL(/\/sign-in\?return=/)
  await page.getByRole('link', { name: 'Sign in with your work account' }).click()
  await page.locator('input[name="login"]').fill(email)
  await page.locator('input[name="password"]').fill('any password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
}

/** Opens the IOP page in the editor and adds words at the end of SENTENCE's paragraph. */
export async function changeSentence(page: Page, ending: string): Promise<void> {
  if (!page.url().endsWith(EDITOR_PAGE)) await page.goto(EDITOR_PAGE)
  const paragraph = page.locator('[contenteditable="true"] p', { hasText: SENTENCE })
  await expect(paragraph).toBeVisible({ timeout: 120_000 })
  await paragraph.click()
  // The caret to the end of the paragraph (End goes only to the end of its line on screen).
  await paragraph.evaluate((p) => {
    const range = document.createRange()
    range.selectNodeContents(p)
    range.collapse(false)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
  })
  await page.keyboard.press('Backspace')
  await page.keyboard.type(`${ending}.`)
}

export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click()
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible()
  await expect(page.getByText('Unsaved', { exact: true })).toHaveCount(0)
}

export const mainText = (html: string) =>
  html
    .slice(html.indexOf('<main'), html.indexOf('</main>'))
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
