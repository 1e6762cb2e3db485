import fs from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

/**
 * How every browser test starts Chromium. Debian's Chromium at /usr/bin/chromium (this network
 * cannot download Playwright's own build); where someone has run `npx playwright install`, that
 * browser is used instead.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium'

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  // Root in CI needs --no-sandbox; the rest stop Chromium calling home on a closed network.
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
}
