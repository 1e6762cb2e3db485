/**
 * Runs after `next build` (see the build script in package.json). In order:
 *
 *   1. the guard on the source: no client component, no next/script (lib/build/javascript-guard.ts);
 *   2. Next's client runtime out of out/: scripts, script preloads, RSC payloads (lib/build/remove-runtime.ts);
 *   3. the guard on every built page: nothing left that needs JavaScript;
 *   4. public/ once more (lib/build/public-files.ts): only the file types on its list reach out/;
 *   5. the stylesheet and the icon into every page, so a first visit is one request (lib/build/inline-assets.ts);
 *   6. the security headers and rules for the hosts that serve out/ (lib/build/host-config.ts), their
 *      policy allowing that stylesheet by its hash.
 *
 * Any problem stops the build with the file named and what to do.
 */
import path from 'node:path'
import { NeedsJavaScriptError, assertNoJavaScript, checkBuiltPages, checkSource } from '@/lib/build/javascript-guard'
import { OUT_DIR, removeNotFoundCopy, writeHostConfig } from '@/lib/build/host-config'
import { InlineAssetsError, inlineAssets } from '@/lib/build/inline-assets'
import { publicFileProblems } from '@/lib/build/public-files'
import { removeRuntime } from '@/lib/build/remove-runtime'
import { siteWideHeaders } from '@/lib/build/security-headers'

// The content check already refused these before next build; a file added since is refused here.
const publicProblems = publicFileProblems()
if (publicProblems.length > 0) {
  console.error(`\nThe build stopped: the public folder holds files the site does not publish.\n`)
  for (const p of publicProblems) console.error(`- ${p.file}: ${p.message}\n  What to do: ${p.hint}\n`)
  process.exit(1)
}

try {
  assertNoJavaScript(checkSource())
  const { pages, deleted } = removeRuntime(OUT_DIR)
  assertNoJavaScript(checkBuiltPages(OUT_DIR))

  const before = pages.reduce((sum, page) => sum + page.bytesBefore, 0)
  const after = pages.reduce((sum, page) => sum + page.bytesAfter, 0)
  console.log(`Removed the client runtime from ${pages.length} pages (HTML ${before} -> ${after} bytes) and deleted ${deleted.length} files only it used.`)
  removeNotFoundCopy()

  const inlined = inlineAssets(OUT_DIR)
  const sheets = inlined.stylesheets.map((sheet) => `${sheet.file} (${sheet.bytes} bytes, ${sheet.hash})`).join(', ') || 'no stylesheet'
  console.log(`Put ${sheets} and the icon into ${inlined.pages} pages; the policy allows style-src ${inlined.styleHashes.map((hash) => `'${hash}'`).join(' ') || "'none'"}.`)

  for (const file of writeHostConfig(siteWideHeaders(inlined.styleHashes))) console.log(`Wrote ${path.relative(process.cwd(), file)}`)
} catch (error) {
  if (!(error instanceof NeedsJavaScriptError || error instanceof InlineAssetsError)) throw error
  console.error(`\n${error.message}\n`)
  process.exit(1)
}
