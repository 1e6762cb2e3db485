import { expect, test, type Page } from '@playwright/test'
import { OUT_DIR } from '@/lib/build/host-config'
import { builtStyleHashes } from '@/lib/build/inline-assets'
import { contentSecurityPolicy } from '@/lib/build/security-headers'
import { routes } from './routes'

/** The policy of this build: it allows the stylesheet the build put into every page, by its hash. */
const CONTENT_SECURITY_POLICY = contentSecurityPolicy(builtStyleHashes(OUT_DIR))

/**
 * The pages under their Content-Security-Policy, as served by `npm run serve` with the headers
 * the build wrote. The browser reports each blocked thing as a `securitypolicyviolation` event
 * and a console error; both are collected. A style or image the policy does not allow would show
 * here, so this is what holds the policy to "only what the pages use". The stylesheet is inside
 * each page (lib/build/inline-assets.ts) and allowed by its hash: if the hash did not match the text the
 * browser reads, the page would show unstyled and a style-src-elem violation would be reported.
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
    test(`${route} shows under the one policy with no violation`, async ({ page, baseURL }) => {
      const watch = await watchPolicy(page)
      const response = await page.goto(route)
      // The browser logs the 404 of the page itself; that one is expected.
      const expectedErrors = route === unknownRoute ? [`Failed to load resource: the server responded with a status of 404 (Not Found) (${baseURL}${route})`] : []
      expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
      await page.waitForLoadState('networkidle')

      // One stylesheet, inside the page, and none linked; it applied (it is allowed by its hash),
      // and no Next runtime is there to start.
      expect(CONTENT_SECURITY_POLICY).toMatch(/style-src 'sha256-[A-Za-z0-9+/]{43}=';/)
      expect(await page.locator('style').count()).toBe(1)
      expect(await page.locator('link[rel~="stylesheet"]').count()).toBe(0)
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).borderBottomWidth)).toBe('4px')
      expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false)
      expect(await watch.violations()).toEqual([])
      expect(watch.consoleErrors).toEqual(expectedErrors)
    })
  }

  test('an injected inline script does not run', async ({ page }) => {
    const watch = await watchPolicy(page)
    await page.goto('/')
    await page.waitForLoadState('networkidle')

    await page.addScriptTag({ content: 'window.injectedScriptRan = true' }).catch(() => undefined)
    expect(await page.evaluate(() => (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan)).toBeUndefined()
    await expect.poll(watch.violations).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/))
    expect(watch.consoleErrors).toContainEqual(expect.stringContaining('Content Security Policy'))
  })

  test('an injected style, inline or as an attribute, does not apply: only the stylesheet with the hash does', async ({ page }) => {
    const watch = await watchPolicy(page)
    await page.goto('/')
    await page.waitForLoadState('networkidle')

    await page.addStyleTag({ content: 'header { border-bottom-width: 0 !important }' }).catch(() => undefined)
    await page.evaluate(() => document.querySelector('header')!.setAttribute('style', 'border-bottom-width: 0 !important'))
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).borderBottomWidth)).toBe('4px')
    await expect.poll(watch.violations).toContainEqual(expect.stringMatching(/^style-src-elem blocked inline/))
    await expect.poll(watch.violations).toContainEqual(expect.stringMatching(/^style-src-attr blocked inline/))
  })

  test('a link to another page is a full page load: the cost of running no script', async ({ page }) => {
    await page.goto('/')
    // A full page load wipes this; Next's client-side navigation used to keep it.
    await page.evaluate(() => Object.assign(window, { samePageMarker: true }))
    const link = page.getByRole('navigation', { name: 'Footer' }).locator('a[href^="/"]:not([href="/"])').first()
    const href = await link.getAttribute('href')
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    expect(await page.evaluate(() => (window as unknown as { samePageMarker?: boolean }).samePageMarker)).toBeUndefined()
  })
})
