import { afterEach, describe, expect, it, vi } from 'vitest'
import { getAllPages, getPage } from '@/lib/content'
import { SHARE_IMAGE, metadataForPage, shareImageFor, robotsRules, sitemapEntries } from '@/lib/page-head/metadata'
import { absoluteUrl } from '@/lib/base/site'

describe('page metadata', () => {
  it('gives every page its canonical address, share tags and the share image in its own language', () => {
    for (const page of getAllPages()) {
      const metadata = metadataForPage(page)
      const SHARE_IMAGE = shareImageFor(page.locale)
      expect(metadata.description).toBe(page.frontmatter.description)
      expect(metadata.alternates?.canonical).toBe(absoluteUrl(page.route))
      expect(metadata.openGraph).toMatchObject({ url: absoluteUrl(page.route), title: page.frontmatter.title, images: [SHARE_IMAGE] })
      expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: page.frontmatter.title, images: [SHARE_IMAGE] })
    }
  })

  it('words the Spanish share image in Spanish, with the same phone number', () => {
    expect(shareImageFor('es').alt).toMatch(/^Anuvia: programas de tratamiento .*\. Llame al \d{3}-\d{3}-\d{4}\.$/)
    expect(SHARE_IMAGE.alt).toMatch(/^Anuvia: substance use treatment programs\. Call \d{3}-\d{3}-\d{4}\.$/)
  })

  it('keeps the home page title as written, without the site name after it', () => {
    expect(metadataForPage(getPage([])).title).toEqual({ absolute: getPage([]).frontmatter.title })
  })

  it('lists every page in the sitemap with its review date, and points robots.txt to it', () => {
    const entries = sitemapEntries()
    expect(entries.map(({ url, lastModified }) => ({ url, lastModified }))).toEqual(getAllPages().map((p) => ({ url: absoluteUrl(p.route), lastModified: p.frontmatter.lastReviewed })))
    expect(robotsRules().sitemap).toBe(absoluteUrl('/sitemap.xml'))
  })
})

describe('the one base address', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('comes from SITE_URL and is used by canonical links, the sitemap and structured data alike', async () => {
    vi.stubEnv('SITE_URL', 'https://programs.example.org/')
    vi.resetModules()
    const site = await import('@/lib/base/site')
    const metadata = await import('@/lib/page-head/metadata')
    const structuredData = await import('@/lib/page-head/structured-data')
    const content = await import('@/lib/content')
    const faq = content.getPage(['faq'])

    expect(site.SITE_URL).toBe('https://programs.example.org')
    expect(metadata.metadataForPage(faq).alternates?.canonical).toBe('https://programs.example.org/faq')
    expect(metadata.sitemapEntries().every((entry) => entry.url.startsWith('https://programs.example.org'))).toBe(true)
    expect(metadata.SHARE_IMAGE.url).toBe('https://programs.example.org/share-image.png')
    expect(metadata.shareImageFor('es').url).toBe('https://programs.example.org/share-image-es.png')
    expect((structuredData.organizationJsonLd() as { url?: unknown }).url).toBe('https://programs.example.org')
    expect(structuredData.medicalWebPageJsonLd(faq).url).toBe('https://programs.example.org/faq')
  })
})
