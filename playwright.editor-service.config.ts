import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/chromium'
import { EDITOR_URL } from './tests/editor-service/environment'

/**
 * The editor as a service (`npm run test:editor-service`): `npm run editor:start`'s server behind
 * Debian's nginx over HTTPS, signing in through a real OpenID provider on loopback, saving into a
 * git clone of this repository in a temporary folder (tests/editor-service/environment.ts). Ports
 * from EDITOR_SERVICE_PORT (3400 unless set): the editor on +1, nginx on +43, the public site
 * (publishing.spec.ts) on +50, the provider on +90.
 * The editor's build (.next-editor) is made first when it is missing or older than the code.
 */
export default defineConfig({
  testDir: './tests/editor-service',
  globalSetup: './tests/editor-service/global-setup.ts',
  // The first visit of each screen loads the editor; a ceiling against hangs, not a timing.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: EDITOR_URL,
    // The test certificate is self-signed.
    ignoreHTTPSErrors: true,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'editor-service', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } }],
})
