import { expect, test, type Page } from '@playwright/test'
import { routes, saveScreenshot } from './helpers'

/**
 * The frame in the ways people change how pages look:
 *
 *  - forced colors (Windows high contrast, contrast themes): the browser replaces every color with
 *    the reader's few system colors and drops backgrounds and shadows, so anything that was only a
 *    colored box has to have a border to still look like a button;
 *  - WCAG 2.2 success criterion 1.4.12, text spacing: with line height 1.5, paragraph spacing 2 em,
 *    letter spacing 0.12 em and word spacing 0.16 em, nothing is lost, at 320 px wide too
 *    (1.4.10, reflow). Long words, like the program names in headings, must wrap.
 */

/** The text spacing of WCAG 1.4.12, as a reader's own style sheet or bookmarklet applies it. */
const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`

/** The header's call button. */
const callButton = (page: Page) => page.locator('header a.button-primary[href^="tel:"]')

test.describe('forced colors (Windows high contrast)', () => {
  test('the header\'s "Call" button keeps a visible border when colors are forced', async ({ page }, testInfo) => {
    await page.emulateMedia({ forcedColors: 'active' })
    await page.goto('/')
    const button = callButton(page)
    await expect(button).toBeVisible()
    const look = await button.evaluate((el) => {
      const style = getComputedStyle(el)
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        borderStyle: style.borderTopStyle,
        borderWidth: parseFloat(style.borderTopWidth),
        borderColor: style.borderTopColor,
        background: style.backgroundColor,
        sides: [style.borderRightStyle, style.borderBottomStyle, style.borderLeftStyle],
      }
    })
    expect(look.forced).toBe(true)
    expect(look.borderStyle).toBe('solid')
    expect(look.sides).toEqual(['solid', 'solid', 'solid'])
    expect(look.borderWidth).toBeGreaterThanOrEqual(2)
    // The browser forces the border to a system color: it is not transparent there, and not the page's background.
    expect(look.borderColor).not.toMatch(/^rgba\(.*,\s*0\)$|^transparent$/)
    expect(look.borderColor).not.toBe(look.background)
    await saveScreenshot(page, testInfo, '/', '-forced-colors')
  })

  test('without forced colors the border does not show: the button looks as designed', async ({ page }) => {
    await page.goto('/')
    const border = await callButton(page).evaluate((el) => getComputedStyle(el).borderTopColor)
    expect(border).toMatch(/^rgba\(.*,\s*0\)$|^transparent$/)
  })
})

test.describe('text spacing (WCAG 1.4.12) at 320 px', () => {
  // The reader's style sheet is theirs, not the page's: the page's policy does not apply to it.
  test.use({ bypassCSP: true, viewport: { width: 320, height: 640 } })

  for (const route of routes) {
    test(`${route}: no text runs off the screen`, async ({ page }, testInfo) => {
      await page.goto(route)
      await page.addStyleTag({ content: TEXT_SPACING_CSS })
      // The spacing applied (so the check below checks something).
      expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).letterSpacing)).not.toBe('normal')

      const overflowing = await page.evaluate(() => {
        const width = document.documentElement.clientWidth
        // A data table may scroll sideways inside its own region (the reflow test checks that region).
        return [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, p, li, a, summary, th, td, dt, dd')]
          .filter((el) => !el.closest('.table-scroll') && el.getClientRects().length > 0)
          .filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()} "${el.innerText.replace(/\s+/g, ' ').trim().slice(0, 50)}" right edge ${Math.round(el.getBoundingClientRect().right)} px`)
      })
      expect(overflowing, `elements wider than the ${320} px screen`).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
      if (route === '/programs/sacot') await saveScreenshot(page, testInfo, route, '-text-spacing-320')
    })
  }
})
