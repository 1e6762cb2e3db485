/**
 * The editor's production build: in its own folder (.next-editor, apart from the public site's
 * build), made when it is missing or older than the code it is built from. Pages and facts are not
 * code here: the editor reads them from its clone on each visit.
 */
import fs from 'node:fs'
import path from 'node:path'

export const EDITOR_DIST_DIR = '.next-editor'

/** What the editor is built from: a change to any of these needs a new build. */
const CODE = ['app', 'components', 'lib', 'mdx-components.tsx', 'keystatic.config.tsx', 'next.config.mjs', 'proxy.edit.ts', 'postcss.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package-lock.json', 'scripts/keystatic-system-fonts-loader.cjs']

function newestIn(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestIn(path.join(entry, name))), stat.mtimeMs)
}

/** Why the editor must be built before it starts, or undefined when its build is up to date. */
export function buildNeeded(codeDir: string): string | undefined {
  const buildId = path.join(codeDir, EDITOR_DIST_DIR, 'BUILD_ID')
  if (!fs.existsSync(buildId)) return 'there is no build yet'
  const built = fs.statSync(buildId).mtimeMs
  const changed = CODE.find((entry) => newestIn(path.join(codeDir, entry)) > built)
  return changed ? `${changed} changed since the last build` : undefined
}
