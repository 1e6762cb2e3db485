/**
 * The site runs no scripts, and says so: the privacy and accessibility pages tell readers, and
 * these tests hold the site to those words, in the built files and in the browser.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { OUT_DIR } from '@/lib/build/host-config'
import { checkBuiltPages } from '@/lib/build/javascript-guard'
import { listFiles } from '@/lib/build/remove-runtime'
import { routes, visibleText } from './helpers'

/** The words both pages use; if they change, change them here too, and keep them true. */
const STATEMENT = /\bThis site runs no scripts\b/

test('the privacy and accessibility pages say the site runs no scripts', async ({ page }) => {
  for (const route of ['/privacy', '/accessibility']) {
    expect(routes).toContain(route)
    await page.goto(route)
    expect(await visibleText(page.locator('main')), route).toMatch(STATEMENT)
  }
})

test('and it is true of the built site: no script file, and no page with a script that runs', () => {
  expect(listFiles(OUT_DIR).filter((file) => /\.m?js$/.test(file))).toEqual([])
  expect(checkBuiltPages(OUT_DIR)).toEqual([])
})

test('and of every page in the browser: no script runs, none is requested', async ({ page }) => {
  const scriptRequests: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scriptRequests.push(request.url())
  })
  for (const route of [...routes, '/no-such-page-here']) {
    await page.goto(route)
    await page.waitForLoadState('networkidle')
    const scripts = await page.locator('script').evaluateAll((elements) => elements.map((s) => s.getAttribute('type') ?? ''))
    expect(scripts.filter((type) => type !== 'application/ld+json'), route).toEqual([])
    expect(await page.locator('link[rel="modulepreload"], link[rel="preload"][as="script"]').count(), route).toBe(0)
  }
  expect(scriptRequests).toEqual([])
  expect(fs.existsSync(path.join(OUT_DIR, 'index.txt')), 'the RSC payload of the home page').toBe(false)
})
