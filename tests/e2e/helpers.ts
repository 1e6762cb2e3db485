/**
 * Shared helpers for the browser tests: the one place that knows how to run axe, open the phone
 * menu, walk the page with the Tab key, measure tap targets and save screenshots. Spec files ask
 * these questions; they do not repeat the answers.
 *
 * Functions passed to page.evaluate() run inside the browser, so they cannot call each other
 * across that boundary; each one carries what it needs.
 */
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'
import { localeOfRoute } from '@/lib/base/addresses'
import { dictionaryFor, type Dictionary } from '@/lib/languages/dictionary'

export { routes } from './routes'

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

/** Tailwind's `md` breakpoint (48rem): below it, the main navigation sits behind "Menu". */
const MENU_BREAKPOINT_PX = 768

export function hasPhoneMenu(page: Page): boolean {
  const width = page.viewportSize()?.width
  if (width === undefined) throw new Error('The page has no viewport size; the tests need one.')
  return width < MENU_BREAKPOINT_PX
}

/** The frame's words in the language of the page the browser is on (/es/… is Spanish). */
export function frameWords(page: Page): Dictionary {
  return dictionaryFor(localeOfRoute(new URL(page.url()).pathname))
}

/** The "Menu" button of the phone layout (a <summary>, so it works without JavaScript). */
export function menuButton(page: Page): Locator {
  return page.locator('header summary', { hasText: new RegExp(`^\\s*${frameWords(page).menu}\\s*$`) })
}

/**
 * Shows the main navigation the way a reader would: on a phone, by pressing "Menu"; on a wide
 * screen it is already there and "Menu" must not be. Returns the navigation that is showing.
 */
export async function showMainNavigation(page: Page): Promise<Locator> {
  const menu = menuButton(page)
  if (hasPhoneMenu(page)) {
    // Each page starts with the menu closed, also after following a link in it.
    const details = page.locator('header details')
    await expect(details).not.toHaveAttribute('open')
    await expect(menu).toBeVisible()
    await menu.click()
    await expect(details).toHaveAttribute('open', '')
  } else {
    await expect(menu).toBeHidden()
  }
  // getByRole skips the hidden copy, so exactly one "Main" navigation must be showing.
  const nav = page.getByRole('navigation', { name: frameWords(page).mainNavLabel })
  await expect(nav).toHaveCount(1)
  await expect(nav.getByRole('link').first()).toBeVisible()
  return nav
}

/** The reader-visible text of an element, with runs of white space made single spaces. */
export async function visibleText(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim()
}

// ---------------------------------------------------------------------------------------------
// axe
// ---------------------------------------------------------------------------------------------

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export interface AxeViolationSummary {
  rule: string
  impact: string | null | undefined
  help: string
  elements: string[]
}

/** axe's WCAG 2.2 AA violations on the page as it is now, short enough to read in a test report. */
export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    elements: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }))
}

// ---------------------------------------------------------------------------------------------
// Screenshots
// ---------------------------------------------------------------------------------------------

/** "/" -> "home", "/programs/sacot" -> "programs--sacot": a file name for a route. */
export function routeFileName(route: string): string {
  return route === '/' ? 'home' : route.slice(1).replaceAll('/', '--')
}

/**
 * Saves a full-page screenshot as test-results/screenshots/<project>/<route><suffix>.png, so
 * anyone can look at what a reader sees at each width, and attaches it to the test report.
 */
export async function saveScreenshot(page: Page, testInfo: TestInfo, route: string, suffix = ''): Promise<void> {
  const file = path.join(testInfo.project.outputDir, 'screenshots', testInfo.project.name, `${routeFileName(route)}${suffix}.png`)
  await page.screenshot({ path: file, fullPage: true })
  await testInfo.attach(`${testInfo.project.name} ${route}${suffix}`, { path: file, contentType: 'image/png' })
}

// ---------------------------------------------------------------------------------------------
// Keyboard
// ---------------------------------------------------------------------------------------------

/** What a focus stop looked like: enough to explain a failure and to check order and visibility. */
export interface FocusStop {
  /** Position among the page's focusable elements in DOM order; -1 if it was not among them. */
  index: number
  label: string
  inHeader: boolean
  /** The first and last line boxes (an inline link can wrap onto two lines). */
  first: Box
  last: Box
  inViewport: boolean
  /** What `document.elementFromPoint` found at the center of the first line box. */
  hitAtCenter: string
  covered: boolean
  ringChanges: string[]
  ringVisible: boolean
}

interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

/**
 * Lists the elements that should take focus, in DOM order, and remembers each one's unfocused
 * look in the page (window.__focusables), for walkWithTab to compare against.
 */
export async function listFocusables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]'
    const ringProperties = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color']
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      if (el.matches(':disabled') || el.tabIndex < 0) return false
      // Not rendered (display: none, or inside a closed <details>): no boxes, no visibility.
      return el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true })
    })
    const describe = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''} "${(el.innerText || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`
    const unfocused = candidates.map((el) => {
      const style = getComputedStyle(el)
      return Object.fromEntries(ringProperties.map((p) => [p, style.getPropertyValue(p)]))
    })
    Object.assign(window, { __focusables: candidates, __unfocused: unfocused, __describe: describe })
    return candidates.map(describe)
  })
}

/**
 * Presses Tab from the top of the page until focus leaves the page, and records each stop: where
 * it is, whether it is inside the viewport and on top (WCAG 2.4.11: a sticky header or anything
 * else must not hide it), and how its look changed from unfocused (the focus ring).
 * Call listFocusables first.
 */
export async function walkWithTab(page: Page): Promise<FocusStop[]> {
  const limit = (await page.evaluate(() => (window as unknown as { __focusables: unknown[] }).__focusables.length)) + 5
  const stops: FocusStop[] = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate((): FocusStop | null => {
      const w = window as unknown as {
        __focusables: HTMLElement[]
        __unfocused: Record<string, string>[]
        __describe: (el: HTMLElement) => string
      }
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body || el === document.documentElement) return null
      const index = w.__focusables.indexOf(el)
      const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
      const toBox = (r: DOMRect | undefined): Box =>
        r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : { top: 0, bottom: 0, left: 0, right: 0 }
      const first = toBox(rects[0])
      const last = toBox(rects.at(-1))
      const cx = (first.left + first.right) / 2
      const cy = (first.top + first.bottom) / 2
      const inViewport = rects.length > 0 && cx >= 0 && cy >= 0 && cx <= innerWidth && cy <= innerHeight
      const hit = document.elementFromPoint(cx, cy)
      const covered = !(hit && (hit === el || el.contains(hit)))

      // Focus ring: compare the focused look with the unfocused one recorded before the walk.
      const before = index >= 0 ? w.__unfocused[index] : {}
      const style = getComputedStyle(el)
      const ringChanges = Object.keys(before).filter((p) => style.getPropertyValue(p) !== before[p])
      const transparent = (color: string) => /^(transparent|rgba\(.*,\s*0\))$/.test(color.trim())
      const outline =
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !transparent(style.outlineColor)
      const shadow = style.boxShadow !== 'none' && ringChanges.includes('box-shadow')
      const background = ringChanges.includes('background-color') && !transparent(style.backgroundColor)
      return {
        index,
        label: w.__describe(el),
        inHeader: el.closest('header') !== null,
        first,
        last,
        inViewport,
        hitAtCenter: hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing',
        covered,
        ringChanges,
        ringVisible: ringChanges.length > 0 && (outline || shadow || background),
      }
    })
    if (!stop) break
    if (stops.some((s) => s.index === stop.index && s.index >= 0)) break
    stops.push(stop)
  }
  return stops
}

/**
 * Whether `next` comes after `previous` when reading left to right, top to bottom: on a later
 * line, or on the same line further right. Used to check that the Tab order matches what is seen.
 */
export function readsAfter(previous: FocusStop, next: FocusStop): boolean {
  const tolerance = 1
  const onLaterLine = next.first.top >= previous.last.bottom - tolerance
  const sameLine = next.first.top < previous.last.bottom && next.first.bottom > previous.last.top
  return onLaterLine || (sameLine && next.first.left >= previous.last.right - tolerance)
}

/**
 * Controls that are not the browser's own (a div with a click role, a tabindex on something that is
 * not a scrolling region). Native links, buttons and <summary> work with Enter and Space for
 * free; anything else needs its own keyboard code, so the site has none of it.
 */
export async function homeMadeControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const native = 'a[href], button, input, select, textarea, summary'
    const roles = '[role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [onclick]'
    const scrollRegion = (el: HTMLElement) =>
      el.getAttribute('role') === 'region' && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)
    return [...document.querySelectorAll<HTMLElement>(`${roles}, [tabindex]`)]
      .filter((el) => !el.matches(native))
      .filter((el) => el.matches(roles) || (el.tabIndex >= 0 && !scrollRegion(el)))
      .map((el) => el.outerHTML.slice(0, 80))
  })
}

/** Tabs from the top of the page until `target` has focus; fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`Pressed Tab ${maxPresses} times without reaching ${target}`)
}

// ---------------------------------------------------------------------------------------------
// Tap targets (WCAG 2.5.8)
// ---------------------------------------------------------------------------------------------

export interface TapTarget {
  label: string
  width: number
  height: number
  /** A link inside a sentence, exempt under 2.5.8's inline exception. */
  inSentence: boolean
}

/**
 * Every visible control with its size. The inline exception is applied honestly: a link is exempt
 * only when it sits, through inline elements only, inside a paragraph or list item that has words
 * of its own besides the links (running text), and is not part of a navigation. Buttons, menu
 * items, card titles, table links and links standing alone in a list are not exempt.
 */
export async function tapTargets(page: Page): Promise<TapTarget[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [role="button"], [role="link"]'
    function inSentence(el: HTMLElement): boolean {
      if (el.tagName !== 'A' || el.closest('nav')) return false
      if (getComputedStyle(el).display !== 'inline') return false
      let parent = el.parentElement
      while (parent && !parent.matches('p, li')) {
        if (getComputedStyle(parent).display !== 'inline') return false
        parent = parent.parentElement
      }
      if (!parent) return false
      const words = parent.cloneNode(true) as HTMLElement
      words.querySelectorAll(selector).forEach((control) => control.remove())
      return /\p{L}{2,}/u.test(words.textContent ?? '')
    }
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true }))
      .map((el) => {
        // A link that wraps is one box per line; each line must be tall enough to tap.
        const lines = [...el.getClientRects()].filter((r) => r.width > 0)
        return {
          label: `${el.tagName.toLowerCase()} "${el.innerText.replace(/\s+/g, ' ').trim().slice(0, 40)}" in ${el.parentElement?.tagName.toLowerCase()}`,
          width: Math.round(Math.max(...lines.map((r) => r.width)) * 100) / 100,
          height: Math.round(Math.min(...lines.map((r) => r.height)) * 100) / 100,
          inSentence: inSentence(el),
        }
      })
  })
}

// ---------------------------------------------------------------------------------------------
// Headings
// ---------------------------------------------------------------------------------------------

/** The page's headings in order, as "h2 Title", for the outline checks. */
export async function headingOutline(page: Page): Promise<{ level: number; text: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.checkVisibility())
      .map((h) => ({ level: Number(h.tagName[1]), text: h.innerText.replace(/\s+/g, ' ').trim() })),
  )
}

/** Headings that jump more than one level down from the heading before them (h2 -> h4). */
export function skippedLevels(outline: { level: number; text: string }[]): string[] {
  const problems: string[] = []
  let previous = 0
  for (const heading of outline) {
    if (heading.level > previous + 1) problems.push(`h${heading.level} "${heading.text}" follows h${previous || 'nothing'}`)
    previous = heading.level
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// Motion
// ---------------------------------------------------------------------------------------------

/** Elements (and ::before/::after) with a transition or animation longer than `thresholdMs`. */
export async function elementsInMotion(page: Page, thresholdMs: number): Promise<string[]> {
  return page.evaluate((threshold) => {
    const toMs = (list: string) =>
      Math.max(...list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) : parseFloat(t) * 1000)))
    const found: string[] = []
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo)
        if (pseudo && style.content === 'none') continue
        const transition = style.transitionProperty !== 'none' ? toMs(style.transitionDuration) : 0
        const animation = style.animationName !== 'none' ? toMs(style.animationDuration) : 0
        if (transition > threshold || animation > threshold) {
          found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''}: transition ${style.transitionDuration}, animation ${style.animationDuration}`)
        }
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: scroll-behavior smooth')
    return found
  }, thresholdMs)
}

// ---------------------------------------------------------------------------------------------
// Privacy
// ---------------------------------------------------------------------------------------------

/** What the page has stored in the browser: web storage, IndexedDB, Cache Storage, service workers. */
export async function browserStorage(page: Page) {
  return page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: 'caches' in window ? (await caches.keys()).length : 0,
    serviceWorkers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }))
}

export const NOTHING_STORED = { localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 }

/**
 * Addresses in the page that the browser fetches or connects to by itself (scripts, styles,
 * images, frames, preconnect and prefetch hints, form targets), as absolute URLs. Links a reader
 * chooses to follow are not in this list.
 */
export async function resourceAddresses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const attributes = ['src', 'href', 'srcset', 'poster', 'data', 'action', 'formaction', 'background']
    // <link> elements that make the browser fetch or connect; canonical and the like do not.
    const fetchingRels = /\b(stylesheet|icon|apple-touch-icon|manifest|preload|modulepreload|prefetch|preconnect|dns-prefetch|prerender)\b/i
    const urls: string[] = []
    for (const el of document.querySelectorAll('*')) {
      if (el.tagName === 'A' || el.tagName === 'AREA') continue
      if (el.tagName === 'LINK' && !fetchingRels.test(el.getAttribute('rel') ?? '')) continue
      for (const attribute of attributes) {
        const value = el.getAttribute(attribute)
        if (!value) continue
        for (const part of attribute === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]) : [value]) {
          // A picture as a data: address (the icon) holds its file itself: the browser fetches nothing for it.
          if (/^data:image\//i.test(part.trim())) continue
          urls.push(new URL(part, document.baseURI).href)
        }
      }
    }
    return urls
  })
}
