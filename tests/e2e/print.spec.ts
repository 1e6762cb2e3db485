/**
 * People print program pages to take to an appointment or hand to a family member. The printout
 * keeps the content, the phone number and the page's web address, and drops the navigation.
 */
import { expect, test } from '@playwright/test'
import { englishRouteOf, localeOfRoute } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { facts } from '@/lib/facts'
import { absoluteUrl } from '@/lib/base/site'
import { routes } from './helpers'

const programRoutes = routes.filter((route) => englishRouteOf(route) === '/programs' || englishRouteOf(route).startsWith('/programs/'))

test('there are program pages to print', () => {
  expect(programRoutes.length).toBeGreaterThan(1)
})

for (const route of programRoutes) {
  test(`printing ${route} keeps the content, the phone number and the address, without the navigation`, async ({ page }) => {
    await page.goto(route)
    const words = dictionaryFor(localeOfRoute(route))
    const address = page.locator('.print-only', { hasText: words.webAddress })
    await expect(address, 'the address line is for paper only').toBeHidden()
    const contentBlocks = page.locator('main :is(h1, h2, h3, h4, p, li, th, td):not(nav *)')
    const count = await contentBlocks.count()
    expect(count).toBeGreaterThan(3)

    await page.emulateMedia({ media: 'print' })

    // The navigation, the skip link and the footer are gone.
    for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden()
    await expect(page.getByRole('link', { name: words.skipLink })).toBeHidden()
    await expect(page.locator('footer')).toBeHidden()

    // The content is all there, with the phone number and the page's own address.
    await expect(page.locator('h1')).toBeVisible()
    for (let i = 0; i < count; i++) await expect(contentBlocks.nth(i)).toBeVisible()
    const phone = page.locator(`header a[href="tel:${facts.phone.href}"]`)
    await expect(phone).toBeVisible()
    await expect(phone).toContainText(facts.phone.display)
    await expect(address).toBeVisible()
    await expect(address).toContainText(absoluteUrl(route))
  })
}
