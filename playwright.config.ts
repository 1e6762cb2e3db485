import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/chromium'

/**
 * Browser tests run against the built site in out/, served by the same static server and
 * configuration as `npm start`. `npm test` builds first.

 */
const PORT = Number(process.env.E2E_PORT ?? 3100)
/**
 * Specs that are the same at every width, so run once: the byte and first-paint request budgets,
 * and the real servers' headers and status codes.
 */
const SAME_AT_EVERY_WIDTH = /(budgets|servers|html-valid)\.spec\.ts$/

export default defineConfig({
  testDir: './tests/e2e',
  // Some tests walk every page in one go; a shared 2-core machine needs more than the default 30 s.
  // This is a ceiling against hangs, not a timing assertion.
  timeout: 90_000,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'once', testMatch: SAME_AT_EVERY_WIDTH },
    { name: 'phone', testIgnore: SAME_AT_EVERY_WIDTH, use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: false } },
    { name: 'desktop', testIgnore: SAME_AT_EVERY_WIDTH, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: {
    command: `PORT=${PORT} npm run serve`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
