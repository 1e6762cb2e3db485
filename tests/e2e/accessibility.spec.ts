/**
 * WCAG 2.2 AA on every route, at phone and desktop width (the two Playwright projects): axe for
 * what a machine can find, and by hand what it cannot: the skip link, the Tab order, the focus
 * ring, focus not hidden, tap target size, reflow at 320 px, headings, titles and reduced motion.
 */
import { expect, test } from '@playwright/test'
import { localeOfRoute } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { getAllPages } from '@/lib/content'
import {
  axeViolations,
  elementsInMotion,
  hasPhoneMenu,
  headingOutline,
  homeMadeControls,
  listFocusables,
  menuButton,
  readsAfter,
  routes,
  saveScreenshot,
  showMainNavigation,
  skippedLevels,
  tabTo,
  tapTargets,
  walkWithTab,
} from './helpers'

/** WCAG 1.4.10: content reflows at 320 CSS px (1280 px at 400% zoom) without sideways scrolling. */
const REFLOW_WIDTH = 320
/** WCAG 2.5.8: targets at least 24 by 24 CSS px. */
const MIN_TARGET = 24

for (const route of routes) {
  test.describe(route, () => {
    test('axe finds no WCAG 2.2 AA violations, with the menu closed and with it open', async ({ page }, testInfo) => {
      await page.goto(route)
      await saveScreenshot(page, testInfo, route)
      expect(await axeViolations(page), 'menu closed').toEqual([])

      // On a wide screen the navigation was already showing, so the scan above covered it.
      await showMainNavigation(page)
      if (hasPhoneMenu(page)) {
        await saveScreenshot(page, testInfo, route, '--menu-open')
        expect(await axeViolations(page), 'menu open').toEqual([])
      }
    })

    test('the keyboard reaches everything in order, with a visible focus ring that nothing covers', async ({ page }) => {
      await page.goto(route)

      // The first Tab reaches the skip link, which is visible while it has focus.
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: dictionaryFor(localeOfRoute(route)).skipLink })
      await expect(skip).toBeFocused()
      await expect(skip).toBeInViewport()
      await expect(skip).toBeVisible()

      // Walk the whole page from the top, on a fresh load.
      await page.reload()
      const focusables = await listFocusables(page)
      expect(focusables.length).toBeGreaterThan(0)
      const stops = await walkWithTab(page)

      // Every focusable element, once each, in DOM order, and nothing else; all of them native
      // controls, which Enter and Space work on without any code of ours.
      expect(stops.map((s) => s.label)).toEqual(focusables)
      expect(await homeMadeControls(page)).toEqual([])

      for (const stop of stops) {
        expect.soft(stop.inViewport, `${stop.label} is scrolled into view when focused`).toBe(true)
        expect.soft(stop.covered, `${stop.label} is not covered (found ${stop.hitAtCenter} at its center)`).toBe(false)
        expect
          .soft(stop.ringVisible, `${stop.label} shows a focus ring (changed: ${stop.ringChanges.join(', ') || 'nothing'})`)
          .toBe(true)
      }

      // DOM order is visual order in the header: left to right, top to bottom.
      const header = stops.filter((s) => s.inHeader)
      expect(header.length).toBeGreaterThan(3)
      for (let i = 1; i < header.length; i++) {
        expect.soft(readsAfter(header[i - 1], header[i]), `${header[i].label} comes after ${header[i - 1].label} on screen`).toBe(true)
      }
    })

    // That no two pages share a title is checked in seo.spec.ts.
    test('one h1, no skipped heading levels, a descriptive title, the lang of its language, 24 px targets, and reflow at 320 px', async ({ page }) => {
      const content = getAllPages().find((p) => p.route === route)
      expect(content).toBeDefined()
      await page.goto(route)

      await expect(page.locator('html')).toHaveAttribute('lang', content!.locale)
      expect(await page.title()).toContain(content!.frontmatter.title)

      const outline = await headingOutline(page)
      expect(outline.filter((h) => h.level === 1)).toHaveLength(1)
      expect(outline[0]?.level).toBe(1)
      expect(skippedLevels(outline)).toEqual([])

      // Tap targets, with the phone menu open so its links are measured too.
      await showMainNavigation(page)
      const targets = await tapTargets(page)
      expect(targets.length).toBeGreaterThan(0)
      const tooSmall = targets.filter((t) => !t.inSentence && (t.width < MIN_TARGET || t.height < MIN_TARGET))
      expect(tooSmall, 'controls smaller than 24 by 24 px that are not links inside a sentence').toEqual([])

      // Reflow, with the menu open and then closed.
      await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(REFLOW_WIDTH)
      await page.reload()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(REFLOW_WIDTH)
      // A data table may scroll inside its own region; that region is then reachable by keyboard.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main *')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
          .map((el) => ({ table: el.querySelector('table') !== null, tabIndex: el.tabIndex, name: el.getAttribute('aria-labelledby') ?? el.getAttribute('aria-label') })),
      )
      for (const region of wide) expect(region).toEqual({ table: true, tabIndex: 0, name: expect.any(String) })
    })
  })
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(routes.find((r) => r !== '/') ?? '/')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  // The next Tab continues from the main content, not from the top of the page.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
})

test('the main navigation works from the keyboard', async ({ page }) => {
  await page.goto('/')
  const nav = page.locator('header nav[aria-label="Main"]').locator('visible=true')
  if (hasPhoneMenu(page)) {
    // Menu is a <summary>: Enter opens it, and the next Tab goes into the menu.
    await tabTo(page, menuButton(page))
    await page.keyboard.press('Enter')
    await expect(page.locator('header details')).toHaveAttribute('open', '')
    await page.keyboard.press('Tab')
  } else {
    await expect(menuButton(page)).toBeHidden()
    await tabTo(page, nav.getByRole('link').first())
  }
  const first = nav.getByRole('link').first()
  await expect(first).toBeFocused()
  const href = await first.getAttribute('href')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.locator('h1')).toBeVisible()
  if (hasPhoneMenu(page)) {
    // Space works too, and a second press closes the menu again.
    await tabTo(page, menuButton(page))
    await page.keyboard.press('Space')
    await expect(page.locator('header details')).toHaveAttribute('open', '')
    await page.keyboard.press('Space')
    await expect(page.locator('header details')).not.toHaveAttribute('open', '')
  }
})

test('a table that scrolls sideways can be scrolled from the keyboard', async ({ page }) => {
  const regions: string[] = []
  const scrolled: string[] = []
  for (const route of routes) {
    await page.goto(route)
    for (const region of await page.locator('main [role="region"][tabindex="0"]').all()) {
      regions.push(route)
      const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1)
      if (!overflows) continue
      await region.focus()
      await page.keyboard.press('End')
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
      scrolled.push(route)
    }
  }
  // The programs table is in a scrolling region on every width. At phone width it is wider than
  // the screen and scrolls; at desktop width it fits, with nothing hidden to scroll to.
  expect(regions.length, 'scrolling regions on the site').toBeGreaterThan(0)
  if (hasPhoneMenu(page)) expect(scrolled.length).toBeGreaterThan(0)
  else expect(scrolled).toEqual([])
})

test('a link in a table that scrolls sideways is fully in view, focus ring included, when Tab reaches it', async ({ page }) => {
  // WCAG 2.4.11. The browser scrolls the region only as far as it must; the CSS of .table-scroll
  // (scroll-padding, scroll-margin) makes that far enough to show the whole link and its ring.
  const RING_PX = 4
  const checked: string[] = []
  for (const route of routes) {
    await page.goto(route)
    for (const region of await page.locator('main [role="region"][tabindex="0"]').all()) {
      if (!(await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1))) continue
      const links = region.locator('a[href]')
      const count = await links.count()
      const place = () =>
        page.evaluate((ring) => {
          const link = document.activeElement as HTMLElement
          const box = link.closest('[role="region"]')!
          const area = box.getBoundingClientRect()
          const r = link.getBoundingClientRect()
          const left = area.left + box.clientLeft
          return { label: link.innerText.trim(), inside: r.left - ring >= left && r.right + ring <= left + box.clientWidth }
        }, RING_PX)
      // Forward from the region itself, then back from its far end, so each link comes in from
      // either edge.
      await region.focus()
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab')
        await expect(links.nth(i)).toBeFocused()
        const { label, inside } = await place()
        expect.soft(inside, `${route}: "${label}" fully in view after Tab`).toBe(true)
      }
      await region.evaluate((el) => (el.scrollLeft = el.scrollWidth))
      await page.keyboard.press('Tab')
      for (let i = count - 1; i >= 0; i--) {
        await page.keyboard.press('Shift+Tab')
        await expect(links.nth(i)).toBeFocused()
        const { label, inside } = await place()
        expect.soft(inside, `${route}: "${label}" fully in view after Shift+Tab`).toBe(true)
      }
      checked.push(route)
    }
  }
  // At phone width the programs table is wider than the screen; at desktop width it fits.
  if (hasPhoneMenu(page)) expect(checked.length).toBeGreaterThan(0)
})

test('prefers-reduced-motion turns off all motion', async ({ page }) => {
  const moving = new Set<string>()
  for (const route of routes) {
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.goto(route)
    for (const found of await elementsInMotion(page, 0)) moving.add(found)

    await page.emulateMedia({ reducedMotion: 'reduce' })
    expect(await elementsInMotion(page, 0.01), `${route} with reduced motion`).toEqual([])
  }
  // The site does have motion to turn off (the menu chevron turns), so the check above looked at
  // something.
  expect([...moving].some((m) => m.includes('menu-button::after')), [...moving].join('\n')).toBe(true)
})
