import { expect, test, type Page } from '@playwright/test'
import { routes } from './routes'

/**
 * The pages run under their Content-Security-Policy, as served by `npm run serve` with the
 * headers the build wrote. The browser reports each blocked thing as a `securitypolicyviolation`
 * event and a console error; both are collected.
 */
async function watchPolicy(page: Page) {
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  // Init scripts are added by the browser itself, so the page's policy does not block this one.
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`)
    })
  })
  return {
    consoleErrors,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  }
}

test.describe('the Content-Security-Policy', () => {
  const unknownRoute = '/no-such-page-here'
  for (const route of [...routes, unknownRoute]) {
    test(`${route} runs its scripts under the policy with no violation`, async ({ page, baseURL }) => {
      const watch = await watchPolicy(page)
      const response = await page.goto(route)
      // The browser logs the 404 of the page itself; that one is expected.
      const expectedErrors = route === unknownRoute ? [`Failed to load resource: the server responded with a status of 404 (Not Found) (${baseURL}${route})`] : []
      expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
      await page.waitForLoadState('networkidle')

      // Next's inline scripts ran (they were allowed by their hashes) and React took over the page.
      expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f))).toBe(true)
      expect(await page.evaluate(() => 'next' in window)).toBe(true)
      expect(await watch.violations()).toEqual([])
      expect(watch.consoleErrors).toEqual(expectedErrors)
    })
  }

  test('links still move between pages without a full reload', async ({ page }) => {
    const watch = await watchPolicy(page)
    await page.goto('/')
    await page.waitForLoadState('networkidle')
    // A full page load would wipe this.
    await page.evaluate(() => Object.assign(window, { samePageMarker: true }))
    const firstHeading = await page.locator('h1').textContent()

    const link = page.getByRole('navigation', { name: 'Footer' }).locator('a[href^="/"]:not([href="/"])').first()
    const href = await link.getAttribute('href')
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await expect(page.locator('h1')).not.toHaveText(firstHeading ?? '')
    expect(await page.evaluate(() => (window as unknown as { samePageMarker?: boolean }).samePageMarker)).toBe(true)

    await page.waitForLoadState('networkidle')
    expect(await watch.violations()).toEqual([])
    expect(watch.consoleErrors).toEqual([])
  })

  test('an injected inline script without a listed hash does not run', async ({ page }) => {
    const watch = await watchPolicy(page)
    await page.goto('/')
    await page.waitForLoadState('networkidle')

    await page.addScriptTag({ content: 'window.injectedScriptRan = true' }).catch(() => undefined)
    expect(await page.evaluate(() => (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan)).toBeUndefined()
    await expect.poll(watch.violations).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/))
    expect(watch.consoleErrors).toContainEqual(expect.stringContaining('Content Security Policy'))
  })
})
