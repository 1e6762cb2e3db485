/**
 * Nothing about a visit leaves the site or stays behind in the browser: no request to any other
 * origin, no cookie, nothing in web storage, no forms. The privacy page's promise, checked
 * against what the site actually does.
 */
import { expect, test, type Page } from '@playwright/test'
import { browserStorage, NOTHING_STORED, resourceAddresses, routes, showMainNavigation, visibleText } from './helpers'

test('a whole visit makes no request to another site and leaves nothing in the browser', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))

  async function checkNothingStored(where: string) {
    expect(await context.cookies(), `cookies after ${where}`).toEqual([])
    expect(await browserStorage(page), `storage after ${where}`).toEqual(NOTHING_STORED)
  }
  async function checkPage(where: string, current: Page) {
    await expect(current.locator('h1')).toBeVisible()
    await current.waitForLoadState('networkidle')
    await checkNothingStored(where)
    // Nothing that collects what a reader types, and nothing that would load from elsewhere.
    await expect(current.locator('form, input, textarea, select, [contenteditable="true"]')).toHaveCount(0)
    expect((await resourceAddresses(current)).filter((url) => new URL(url).origin !== origin)).toEqual([])
  }

  for (const route of routes) {
    await page.goto(route)
    await checkPage(`loading ${route}`, page)
  }

  // Click through the main menu, page to page, as a reader would (each click a full page load).
  await page.goto('/')
  let nav = await showMainNavigation(page)
  const labels = await nav.getByRole('link').allInnerTexts()
  expect(labels.length).toBeGreaterThan(1)
  for (const [i, label] of labels.entries()) {
    if (i > 0) nav = await showMainNavigation(page)
    const link = nav.getByRole('link', { name: label.trim(), exact: true })
    const href = await link.getAttribute('href')
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await checkPage(`clicking ${label.trim()} in the menu`, page)
  }

  expect(requests.length).toBeGreaterThan(routes.length)
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([])
})

test('links that leave the site do not tell the other site where the reader came from', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin
  for (const route of routes) {
    await page.goto(route)
    const leaks = await page.locator('a[href^="http"]').evaluateAll(
      (anchors, here) =>
        anchors
          .filter((a) => new URL(a.getAttribute('href')!, document.baseURI).origin !== here)
          .filter((a) => !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? ''))
          .map((a) => a.getAttribute('href')),
      origin,
    )
    expect(leaks, route).toEqual([])
  }
})

test('the privacy page says, in plain words, that the site has no cookies and no tracking', async ({ page }) => {
  expect(routes).toContain('/privacy')
  await page.goto('/privacy')
  const text = await visibleText(page.locator('main'))
  expect(text).toMatch(/cookies?/i)
  expect(text).toMatch(/track(ing|ers?)?\b/i)
  expect(text).toMatch(/analytics/i)
  expect(text).toMatch(/\bforms?\b/i)
  // The site-wide checks above hold the site to these words.
})
