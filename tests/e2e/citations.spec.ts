/**
 * Citations: a small number after a general claim links to its entry under "Sources". Following
 * the link (by keyboard or by pointer) moves focus to that entry, so keyboard and screen reader
 * users land where sighted readers look; each number matches its entry's place; and print keeps
 * the numbers. Runs at both widths (the phone and desktop projects).
 */
import { expect, test } from '@playwright/test'
import { getAllPages } from '@/lib/content'
import { dictionaryFor } from '@/lib/languages/dictionary'

const citedPages = getAllPages().filter((page) => (page.frontmatter.sources ?? []).length > 0)

test('there are pages with sources to cite', () => {
  expect(citedPages.map((page) => page.route)).toContain('/staying-safe')
})

test('following a citation by keyboard moves focus to its source entry, in view', async ({ page }) => {
  await page.goto('/staying-safe')
  const citation = page.locator('main sup.cite a').first()
  const target = (await citation.getAttribute('href'))!
  expect(target).toMatch(/^#source-[a-z0-9-]+$/)
  await citation.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${target}$`))
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target.slice(1))
  await expect(page.locator(target)).toBeInViewport()
  // The next Tab goes on from the source entry: to the link inside it.
  await page.keyboard.press('Tab')
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe(target.slice(1))
})

test('following a citation by pointer moves focus to its source entry too', async ({ page }) => {
  await page.goto('/confidentiality')
  const citation = page.locator('main sup.cite a').last()
  const target = (await citation.getAttribute('href'))!
  await citation.click()
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target.slice(1))
  await expect(page.locator(target)).toBeInViewport()
})

for (const cited of citedPages) {
  // "source 3" on English pages, "fuente 3" on Spanish ones.
  const word = dictionaryFor(cited.locale).citationWord
  test(`${cited.route}: every citation is heard as "${word} N" and links to entry N under its sources`, async ({ page }) => {
    await page.goto(cited.route)
    const entries = page.locator('.page-sources ol > li')
    const ids = await entries.evaluateAll((items) => items.map((item) => item.id))
    expect(ids).toEqual((cited.frontmatter.sources ?? []).map((s) => `source-${s.id}`))
    const links = page.locator('main sup.cite a')
    expect(await links.count()).toBeGreaterThan(0)
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href'))!
      const n = ids.indexOf(href.slice(1)) + 1
      expect(n, `${href} is an entry under "Sources"`).toBeGreaterThan(0)
      await expect(link).toHaveAccessibleName(`${word} ${n}`)
      await expect(link).toHaveText(`${word} ${n}`)
    }
  })
}

test('printing keeps the citation numbers and the numbered sources', async ({ page }) => {
  await page.goto('/staying-safe')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('main sup.cite').first()).toBeVisible()
  await expect(page.locator('.page-sources ol > li').first()).toBeVisible()
})
