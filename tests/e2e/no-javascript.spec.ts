/**
 * With JavaScript off (old phones, strict settings, a script that failed on a slow connection),
 * every page still shows all of its content, the menu opens, links work, FAQ answers can be read
 * and the phone number can be tapped.
 */
import { expect, test } from '@playwright/test'
import { facts } from '@/lib/facts'
import { FAQ_ROUTE } from '@/lib/base/site'
import { routes, showMainNavigation, visibleText } from './helpers'

test.use({ javaScriptEnabled: false })

/** E.164: +, the country code, then the number, with nothing else. */
const E164 = /^\+[1-9]\d{7,14}$/

for (const route of routes) {
  test(`${route} shows all of its content without JavaScript`, async ({ page, browser }) => {
    await page.goto(route)
    await expect(page.locator('h1')).toBeVisible()
    expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe('undefined')

    // Anything folded away in a <details> opens with a plain click.
    for (const summary of await page.locator('main details:not([open]) > summary').all()) await summary.click()
    const hidden = await page.evaluate(() =>
      // .print-only (the page's address) is meant for paper, not the screen.
      [...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, figcaption, blockquote):not(.print-only)')]
        .filter((el) => (el.textContent ?? '').trim() !== '')
        .filter((el) => !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.trim().slice(0, 60)}`),
    )
    expect(hidden, 'text in main that cannot be seen').toEqual([])

    // The same words as with JavaScript on.
    const withJs = await browser.newContext({ viewport: page.viewportSize(), javaScriptEnabled: true })
    const jsPage = await withJs.newPage()
    await jsPage.goto(route)
    for (const summary of await jsPage.locator('main details:not([open]) > summary').all()) await summary.click()
    expect(await visibleText(page.locator('main'))).toBe(await visibleText(jsPage.locator('main')))
    await withJs.close()

    // The phone number is a plain tel: link to the E.164 number from the facts.
    expect(facts.phone.href).toMatch(E164)
    const call = page.locator('header').getByRole('link', { name: new RegExp(facts.phone.display) })
    await expect(call).toBeVisible()
    await expect(call).toHaveAttribute('href', `tel:${facts.phone.href}`)
  })
}

test('the menu opens and every link in it goes to its page without JavaScript', async ({ page }) => {
  await page.goto('/')
  const nav = await showMainNavigation(page)
  const links = await nav.getByRole('link').evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.getAttribute('href') ?? '', label: (a as HTMLElement).innerText.trim() })),
  )
  expect(links.length).toBeGreaterThan(1)
  for (const link of links) {
    await page.goto('/')
    const menu = await showMainNavigation(page)
    await menu.getByRole('link', { name: link.label, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${link.href}$`))
    await expect(page.locator('h1')).toBeVisible()
  }
})

test('FAQ answers can be read, and each question links to its answer, without JavaScript', async ({ page }) => {
  expect(routes).toContain(FAQ_ROUTE)
  await page.goto(FAQ_ROUTE)
  // The jumps to questions; citations jump to their sources instead (tests/e2e/citations.spec.ts).
  const jumps = await page.locator('main a[href^="#"]:not(sup.cite a)').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))
  expect(jumps.length).toBeGreaterThan(0)
  for (const hash of jumps) {
    await page.locator(`main a[href="${hash}"]`).click()
    await expect(page).toHaveURL(new RegExp(`${hash}$`))
    const question = page.locator(`[id="${hash.slice(1)}"]`)
    await expect(question).toBeInViewport()
    // The answer is the text that follows the question, up to the next question.
    const answer = await question.evaluate((heading) => {
      const parts: string[] = []
      for (let el = heading.nextElementSibling; el && el.tagName !== heading.tagName; el = el.nextElementSibling) {
        if ((el as HTMLElement).checkVisibility()) parts.push((el as HTMLElement).innerText)
      }
      return parts.join(' ').trim()
    })
    expect(answer.length, `answer under ${hash}`).toBeGreaterThan(20)
  }
})
