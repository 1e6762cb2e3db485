import { expect, test, type Page } from '@playwright/test'
import { localeOfRoute, routeInLocale, segmentsOf } from '@/lib/base/addresses'
import { getAllPages } from '@/lib/content'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { shareImageFor } from '@/lib/page-head/metadata'
import { FAQ_ROUTE, absoluteUrl } from '@/lib/base/site'
import { routes } from './routes'

type JsonLd = Record<string, unknown> & { '@type': string }

const pages = getAllPages()
/** Whitespace as a reader sees it: any run of spaces and line breaks is one space. */
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

async function jsonLdBlocks(page: Page): Promise<JsonLd[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return texts.map((text) => JSON.parse(text) as JsonLd)
}

const meta = (page: Page, attribute: 'name' | 'property', key: string) =>
  page.locator(`head meta[${attribute}="${key}"]`).getAttribute('content')

test.describe('what search engines and link previews read', () => {
  for (const { route, frontmatter, locale } of pages) {
    test(`${route} has its title, description, canonical address and share tags`, async ({ page }) => {
      const SHARE_IMAGE = shareImageFor(locale)
      await page.goto(route)
      await expect(page).toHaveTitle(new RegExp(`^${frontmatter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
      expect(await meta(page, 'name', 'description')).toBe(frontmatter.description)
      expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe(absoluteUrl(route))

      expect(await meta(page, 'property', 'og:url')).toBe(absoluteUrl(route))
      expect(await meta(page, 'property', 'og:title')).toBe(frontmatter.title)
      expect(await meta(page, 'property', 'og:description')).toBe(frontmatter.description)
      expect(await meta(page, 'property', 'og:image')).toBe(SHARE_IMAGE.url)
      expect(await meta(page, 'property', 'og:image:alt')).toBe(SHARE_IMAGE.alt)
      expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image')
      expect(await meta(page, 'name', 'twitter:title')).toBe(frontmatter.title)
      expect(await meta(page, 'name', 'twitter:image')).toBe(SHARE_IMAGE.url)
    })
  }

  test('every page has a title and a description of its own', async ({ page }) => {
    const titles = new Map<string, string>()
    const descriptions = new Map<string, string>()
    for (const route of routes) {
      await page.goto(route)
      titles.set(route, await page.title())
      descriptions.set(route, (await meta(page, 'name', 'description')) ?? '')
    }
    const repeated = (values: Map<string, string>) =>
      [...values].filter(([, value]) => [...values.values()].filter((v) => v === value).length > 1).map(([route]) => route)
    expect(repeated(titles), 'pages that share a title').toEqual([])
    expect(repeated(descriptions), 'pages that share a description').toEqual([])
  })

  for (const locale of ['en', 'es'] as const) {
    test(`the ${locale} share image is served as a PNG picture of the stated size`, async ({ request }) => {
      const SHARE_IMAGE = shareImageFor(locale)
      const response = await request.get(new URL(SHARE_IMAGE.url).pathname)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toBe('image/png')
      const png = await response.body()
      // A PNG's IHDR chunk holds the width and height at bytes 16 and 20.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height])
    })
  }

  test('sitemap.xml lists every page with its review date, and robots.txt points to it', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    // Between a page's address and its date, the same page in each language (hreflang).
    const listed = [...sitemap.matchAll(/<url>\s*<loc>([^<]+)<\/loc>(?:\s*<xhtml:link [^>]*\/>)*\s*<lastmod>([^<]+)<\/lastmod>/g)].map(([, loc, lastmod]) => ({ loc, lastmod }))
    expect(listed).toEqual(pages.map((p) => ({ loc: absoluteUrl(p.route), lastmod: p.frontmatter.lastReviewed })))

    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`)
    expect(robots).not.toMatch(/Disallow: \/\s*$/m)
  })
})

test.describe('the structured data says what the page shows', () => {
  for (const { route, englishRoute } of pages) {
    test(`${route}: organization, page and breadcrumbs match the page`, async ({ page }) => {
      await page.goto(route)
      const blocks = await jsonLdBlocks(page)
      const ofType = (...types: string[]) => blocks.filter((b) => types.includes(b['@type']))

      const [organization] = ofType('MedicalClinic')
      expect(ofType('MedicalClinic')).toHaveLength(1)
      const callLink = await page.locator('header a[href^="tel:+"]').first().getAttribute('href')
      expect(`tel:${organization.telephone}`).toBe(callLink)
      for (const service of organization.availableService as { name: string; url: string }[]) {
        expect(routes.map(absoluteUrl), service.name).toContain(service.url)
      }

      const webPages = ofType('MedicalWebPage', 'FAQPage')
      expect(webPages).toHaveLength(1)
      const [webPage] = webPages
      expect(webPage.url).toBe(absoluteUrl(route))
      expect(webPage.name).toBe(normalize((await page.locator('h1').textContent()) ?? ''))
      expect(webPage.lastReviewed).toBe(await page.locator('.page-review time').first().getAttribute('datetime'))

      const breadcrumbs = ofType('BreadcrumbList')
      // A Spanish page has the breadcrumbs of its English page: none at the top level.
      if (segmentsOf(englishRoute).length < 2) {
        expect(breadcrumbs).toEqual([])
      } else {
        const visible = page.getByRole('navigation', { name: dictionaryFor(localeOfRoute(route)).breadcrumbLabel }).getByRole('link')
        const trail = [
          ...(await visible.evaluateAll((links) => links.map((a) => ({ name: a.textContent ?? '', href: a.getAttribute('href') ?? '' })))),
          { name: (await page.locator('h1').textContent()) ?? '', href: route },
        ]
        const items = breadcrumbs[0].itemListElement as { position: number; name: string; item: string }[]
        expect(items).toEqual(trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: absoluteUrl(crumb.href) })))
      }
    })
  }

  for (const faqRoute of [FAQ_ROUTE, routeInLocale(FAQ_ROUTE, 'es')]) test(`${faqRoute}: the FAQPage questions and answers are the ones on the page, in its language`, async ({ page }) => {
    await page.goto(faqRoute)
    // Citations ("source 3") link an answer's claims to the sources; they are not words of the
    // answer, and the structured data leaves them out (lib/content/mdx-text.ts), so the reading does too.
    await page.locator('sup.cite').evaluateAll((citations) => citations.forEach((c) => ((c as HTMLElement).style.display = 'none')))
    // Each h2 that asks a question, and the text from it to the next h2 (or the page's foot: its
    // sources and review line), leaving out asides (the call panel), which sit beside an answer
    // and are not part of it.
    const visible = await page.locator('article h2').evaluateAll((headings) =>
      headings
        .filter((h) => (h.textContent ?? '').trim().endsWith('?'))
        .map((h) => {
          const answer: string[] = []
          for (let el = h.nextElementSibling; el && !el.matches('h1, h2, .page-sources, .page-review'); el = el.nextElementSibling) {
            if (el instanceof HTMLElement && el.tagName !== 'ASIDE') answer.push(el.innerText)
          }
          return { question: (h as HTMLElement).innerText, answer: answer.join('\n') }
        }),
    )
    // The FAQ page has questions: without them this test would compare two empty lists.
    expect(visible.length, 'questions (h2 ending in "?") on the FAQ page').toBeGreaterThan(0)
    const faq = (await jsonLdBlocks(page)).find((b) => b['@type'] === 'FAQPage')
    expect(faq, 'the FAQPage block').toBeDefined()
    expect(faq!.inLanguage).toBe(localeOfRoute(faqRoute) === 'es' ? 'es-US' : 'en-US')
    const inData = (faq!.mainEntity as { name: string; acceptedAnswer: { text: string } }[]).map((q) => ({
      question: normalize(q.name),
      answer: normalize(q.acceptedAnswer.text),
    }))
    expect(inData).toEqual(visible.map((q) => ({ question: normalize(q.question), answer: normalize(q.answer) })))
  })
})

test.describe('the 404 page', () => {
  test('an unknown address answers 404 with a page that helps: main pages and the phone number', async ({ page }) => {
    const response = await page.goto('/this-page-does-not-exist')
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1')).toHaveCount(1)
    expect(await meta(page, 'name', 'robots')).toContain('noindex')

    const main = page.locator('main')
    // In both languages: a static host has one 404 page for every address.
    await expect(main.getByRole('link', { name: dictionaryFor('en').home })).toHaveAttribute('href', '/')
    await expect(main.getByRole('link', { name: dictionaryFor('es').home })).toHaveAttribute('href', '/es')
    await expect(main.locator('section[lang="es"]')).toContainText(dictionaryFor('es').notFoundTitle)
    const callLink = await page.locator('header a[href^="tel:+"]').first().getAttribute('href')
    // The phone number in each language's part.
    for (const lang of ['en', 'es']) await expect(main.locator(`section[lang="${lang}"] a[href="${callLink}"]`)).toBeVisible()
    await expect(main.getByRole('searchbox')).toHaveCount(0)

    // Every link it offers leads to a page that exists.
    const hrefs = await main.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    const internal = hrefs.filter((href) => href.startsWith('/'))
    expect(internal.length).toBeGreaterThan(1)
    for (const href of internal) expect(routes).toContain(href)
  })
})
