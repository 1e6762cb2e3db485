import { expect, test } from '@playwright/test'
import { localeOfRoute } from '@/lib/base/addresses'
import { facts, programByKey } from '@/lib/facts'
import { routes } from './routes'

test.describe('every route', () => {
  for (const route of routes) {
    test(`${route} loads with one h1, the phone link and the crisis line, and no console errors`, async ({ page }) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))

      const response = await page.goto(route)
      expect(response?.status()).toBe(200)
      await expect(page.locator('h1')).toHaveCount(1)

      const header = page.locator('header').first()
      const call = header.locator(`a[href="tel:${facts.phone.href}"]`)
      await expect(call).toBeVisible()
      await expect(call).toContainText(facts.phone.display)

      const crisis = header.locator(`a[href="tel:${facts.crisisLines.suicideAndCrisis.phone.href}"]`)
      await expect(crisis).toBeVisible()
      await expect(header.locator(`a[href="sms:${facts.crisisLines.suicideAndCrisis.phone.href}"]`)).toBeVisible()
      await expect(header.locator(`a[href="tel:${facts.crisisLines.emergency.phone.href}"]`)).toBeVisible()

      await page.waitForLoadState('networkidle')
      expect(errors).toEqual([])
    })
  }
})

test('the header is in the same place on every page of a language', async ({ page }) => {
  for (const locale of ['en', 'es'] as const) {
    const positions = new Set<string>()
    for (const route of routes.filter((r) => localeOfRoute(r) === locale)) {
      await page.goto(route)
      const box = await page.locator('header').first().locator(`a[href="tel:${facts.phone.href}"]`).boundingBox()
      positions.add(JSON.stringify(box))
    }
    expect([...positions], locale).toHaveLength(1)
  }
})

test('a reader can move between pages by clicking', async ({ page }) => {
  await page.goto('/')
  const menu = page.getByText('Menu', { exact: true })
  if (await menu.isVisible()) await menu.click()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programs' }).click()
  await expect(page).toHaveURL(/\/programs$/)
  await expect(page.locator('h1')).toHaveText('Our treatment programs')

  await page.getByRole('table').getByRole('link', { name: new RegExp(programByKey('sacot').shortName!) }).click()
  await expect(page).toHaveURL(new RegExp(`${programByKey('sacot').href}$`))
  await expect(page.locator('h1')).toContainText(programByKey('sacot').shortName!)

  await page.getByRole('navigation', { name: 'Our programs' }).getByRole('link', { name: programByKey('medicationManagement').name }).click()
  await expect(page).toHaveURL(new RegExp(`${programByKey('medicationManagement').href}$`))
  await expect(page.locator('h1')).toContainText(programByKey('medicationManagement').name)

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click()
  await expect(page).toHaveURL(/\/$/)
})

test('the programs table is built from the facts', async ({ page }) => {
  await page.goto('/programs')
  const table = page.getByRole('table', { name: 'Our programs side by side' })
  await expect(table.getByRole('columnheader')).toHaveCount(3)
  await expect(table).toContainText(programByKey('iop').howOften!)
  await expect(table).toContainText(`at least ${programByKey('iop').totalMeetings} meetings`)
  for (const service of programByKey('sacot').includes) await expect(table).toContainText(service)
})
