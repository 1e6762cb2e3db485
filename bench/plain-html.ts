/**
 * The floor "the same pages as plain HTML": the built pages of out/ with every script that would
 * run (and every script preload) taken out, and nothing else changed. What is left is the content,
 * the styles and the structured data; it is what a page of this site can cost at best.
 */
import fs from 'node:fs'
import path from 'node:path'
import { serialize } from 'parse5'
import { elements, isExecutableScript, isScriptPreload, parseHtml } from '@/bench/html'

/** The page without the scripts a browser would run or fetch ahead. JSON-LD stays: it is data. */
export function withoutScripts(html: string): string {
  const document = parseHtml(html)
  // Collected first: removing while walking would skip the next sibling.
  const removed = [...elements(document)].filter((element) => isExecutableScript(element) || isScriptPreload(element))
  for (const element of removed) {
    const siblings = element.parentNode?.childNodes
    siblings?.splice(siblings.indexOf(element), 1)
  }
  return serialize(document)
}

/** A copy of a built site in `destination`, every .html file in it without scripts. Returns how many pages it rewrote. */
export function writePlainCopy(outDir: string, destination: string): number {
  fs.cpSync(outDir, destination, { recursive: true })
  const pages = fs
    .readdirSync(destination, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
  for (const file of pages) fs.writeFileSync(file, withoutScripts(fs.readFileSync(file, 'utf8')))
  return pages.length
}
