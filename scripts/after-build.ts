/**
 * Runs after `next build` (see the build script in package.json): writes the security headers of
 * lib/security-headers.ts, with each page's Content-Security-Policy, for the hosts that serve out/.
 * See lib/host-config.ts for what goes where.
 */
import path from 'node:path'
import { writeHostConfig } from '@/lib/host-config'

for (const file of writeHostConfig()) console.log(`Wrote ${path.relative(process.cwd(), file)}`)
