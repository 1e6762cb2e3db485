/**
 * Two languages on the built site: each page in its language (<html lang>), with its other-language
 * page in the head (hreflang, both ways, and x-default) and linked from the header; a Spanish line
 * on every English page; on every Spanish page where the translation came from and that no
 * qualified translator has reviewed it yet, and no notice of a changed English page while the
 * English page is unchanged; structured data in the page's language; links on Spanish pages that
 * stay in Spanish.
 */
import { expect, test } from '@playwright/test'
import { englishRouteOf, localeOfRoute, routeInLocale } from '@/lib/base/addresses'
import { findPage, getAllPages } from '@/lib/content'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { absoluteUrl } from '@/lib/base/site'
import { translationStatus } from '@/lib/content/translation'
import { routes } from './routes'

const pages = getAllPages()

test('every English page has its Spanish page, and every Spanish page its English page', () => {
  const english = pages.filter((p) => p.locale === 'en')
  const spanish = pages.filter((p) => p.locale === 'es')
  expect(spanish.map((p) => p.englishRoute).sort()).toEqual(english.map((p) => p.route).sort())
})

for (const route of routes) {
  const locale = localeOfRoute(route)
  const other = locale === 'en' ? 'es' : 'en'
  const otherRoute = routeInLocale(route, other)
  const words = dictionaryFor(locale)

  test(`${route}: in ${locale}, with its ${other} page in the head and linked from the header`, async ({ page }) => {
    await page.goto(route)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)

    // hreflang, both ways, plus x-default to English.
    const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
    )
    const englishUrl = absoluteUrl(englishRouteOf(route))
    expect(alternates).toEqual({ en: englishUrl, es: absoluteUrl(routeInLocale(route, 'es')), 'x-default': englishUrl })

    // The link to the other language, in the header, in that language.
    const link = page.locator('header a.language-link')
    await expect(link).toHaveText(dictionaryFor(other).languageName)
    await expect(link).toHaveAttribute('href', otherRoute)
    await expect(link).toHaveAttribute('lang', other)
    await expect(link).toHaveAttribute('hreflang', other)

    if (locale === 'en') {
      // A line in Spanish saying that the information is in Spanish.
      const line = page.locator('header [lang="es"].spanish-line')
      await expect(line).toContainText('Esta información está en español')
      await expect(line.getByRole('link')).toHaveAttribute('href', otherRoute)
    } else {
      await expect(page.locator('.spanish-line')).toHaveCount(0)
      const foot = page.locator('.translation-foot')
      await expect(foot).toContainText('Un traductor calificado todavía no ha revisado esta traducción')
      await expect(foot.locator(`a[href="${englishRouteOf(route)}"][hreflang="en"]`)).toHaveText('versión en inglés')
      // Unchanged English page: no notice.
      expect(translationStatus(findPage(route)!)!.stale).toBe(false)
      await expect(page.locator('.translation-notice')).toHaveCount(0)
    }

    // Structured data in the page's language.
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const webPage = blocks.map((b) => JSON.parse(b)).find((b) => b['@type'] === 'MedicalWebPage' || b['@type'] === 'FAQPage')
    expect(webPage.inLanguage).toBe(locale === 'es' ? 'es-US' : 'en-US')

    // The frame speaks the page's language.
    await expect(page.getByRole('link', { name: words.skipLink })).toHaveCount(1)
    await expect(page.locator('.crisis-banner')).toContainText(words.inCrisis)
  })

  if (locale === 'es') {
    test(`${route}: links to our pages stay in Spanish`, async ({ page }) => {
      await page.goto(route)
      const hrefs = await page.locator('main a[href^="/"], footer a[href^="/"], header nav a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
      expect(hrefs.length).toBeGreaterThan(3)
      const english = hrefs.map((href) => href.split('#')[0]).filter((href) => localeOfRoute(href) === 'en')
      // The only English pages linked are the page itself (its foot says it is a translation of it).
      expect([...new Set(english)]).toEqual([englishRouteOf(route)])
    })
  }
}

test('the sitemap lists each page with its other-language page and x-default', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const page of pages) {
    const entry = new RegExp(`<url>\\s*<loc>${absoluteUrl(page.route).replace(/[.]/g, '\\.')}</loc>([\\s\\S]*?)</url>`).exec(sitemap)
    expect(entry, page.route).not.toBeNull()
    expect(entry![1]).toContain(`hreflang="es" href="${absoluteUrl(routeInLocale(page.route, 'es'))}"`)
    expect(entry![1]).toContain(`hreflang="en" href="${absoluteUrl(page.englishRoute)}"`)
    expect(entry![1]).toContain(`hreflang="x-default" href="${absoluteUrl(page.englishRoute)}"`)
  }
})
