/**
 * The floor "the same pages as plain HTML": the built pages of out/ with every script and script
 * preload taken out (by the site's own after-build step, lib/build/remove-runtime.ts), and nothing else
 * changed. What is left is the content, the styles and the structured data; it is what a page of
 * this site can cost at best. The site itself should now equal it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { removeRuntimeFromHtml } from '@/lib/build/remove-runtime'

/** A copy of a built site in `destination`, every .html file in it without scripts. Returns how many pages it rewrote. */
export function writePlainCopy(outDir: string, destination: string): number {
  fs.cpSync(outDir, destination, { recursive: true })
  const pages = fs
    .readdirSync(destination, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
  for (const file of pages) fs.writeFileSync(file, removeRuntimeFromHtml(fs.readFileSync(file, 'utf8')))
  return pages.length
}
