import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/chromium'

/**
 * The browser editor, driven as staff use it, against its own `npm run edit` server (edit mode)
 * on its own port (EDITOR_PORT, 3101 unless set). `npm run test:editor`; part of `npm test`.
 * The tests change real files under content/ and put them back afterwards. The editor answers
 * only on this computer's loopback address (lib/editor/access.ts).
 */
const PORT = Number(process.env.EDITOR_PORT ?? 3101)

export default defineConfig({
  testDir: './tests/editor',
  // The first visit compiles the editor; a ceiling against hangs on a loaded machine, not a timing.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  // One editor, one set of files: the tests run one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'editor', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } }],
  webServer: {
    command: `PORT=${PORT} npm run edit`,
    url: `http://127.0.0.1:${PORT}/keystatic`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
