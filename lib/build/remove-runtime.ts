/**
 * Takes Next's client runtime out of the static site in out/, after `next build`.
 *
 * Every page is rendered to complete HTML at build time, and works with HTML and CSS alone (the
 * guard in lib/build/javascript-guard.ts holds it to that). Next still adds to each page the scripts
 * that would hydrate it in the browser, preloads for them, and the whole page a second time as
 * the React Server Components payload (inline `self.__next_f.push(...)` scripts, and `.txt` files
 * for client-side navigation). None of it is needed, so this removes it: the reader downloads a
 * page (with its stylesheet inside, lib/build/inline-assets.ts), and runs no code.
 *
 * Next 16 has no setting for this in the app router (the pages router's `unstable_runtimeJS`
 * never came to it; vercel/next.js issues 34063 and 45009 ask for one), so it is done here, with
 * an HTML parser (hast-util-from-html, on parse5) rather than text patterns. The development server
 * keeps its scripts; only the built site changes.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { SKIP, visit } from 'unist-util-visit'

/** The one kind of <script> a page keeps: structured data for search engines, never run. */
export const DATA_SCRIPT_TYPE = 'application/ld+json'

function relValues(element: Element): string[] {
  // hast gives rel as a list of tokens ("modulepreload" -> ["modulepreload"]).
  const rel = element.properties.rel
  return (Array.isArray(rel) ? rel : [rel ?? '']).map((token) => String(token).toLowerCase())
}

/** The type a <script> element declares, lower-cased; '' when it has none. */
export function scriptType(element: Element): string {
  return String(element.properties.type ?? '').trim().toLowerCase()
}

/**
 * Whether an element belongs to the client runtime: any <script> but JSON-LD (the RSC payload is
 * inline scripts too), and any link that preloads a script.
 */
export function isRuntimeElement(element: Element): boolean {
  if (element.tagName === 'script') return scriptType(element) !== DATA_SCRIPT_TYPE
  if (element.tagName === 'link') {
    const rel = relValues(element)
    if (rel.includes('modulepreload')) return true
    if (rel.includes('preload') && String(element.properties.as ?? '').toLowerCase() === 'script') return true
  }
  return false
}

export function parseHtml(html: string): Root {
  return fromHtml(html)
}

/** The page's HTML without the runtime elements; everything else as it was. */
export function removeRuntimeFromHtml(html: string): string {
  const tree = parseHtml(html)
  visit(tree, 'element', (node, index, parent) => {
    if (parent && index !== undefined && isRuntimeElement(node)) {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
  })
  return toHtml(tree)
}

/** Every file under `dir`, relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/**
 * Whether a file in out/ is an RSC payload, fetched only by Next's client-side navigation:
 * `faq.txt` beside `faq.html`, and the `__next.*.txt` segment files in each page's folder.
 * Other text files (robots.txt) are not.
 */
export function isRscPayloadFile(file: string, allFiles: ReadonlySet<string>): boolean {
  if (!file.endsWith('.txt')) return false
  if (path.posix.basename(file).startsWith('__next.')) return true
  return allFiles.has(file.replace(/\.txt$/, '.html'))
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}

/** Local addresses (src and href) a page refers to, as paths under out/ without the leading slash. */
export function localReferences(html: string): string[] {
  const found: string[] = []
  visit(parseHtml(html), 'element', (node) => {
    for (const name of ['src', 'href'] as const) {
      const value = node.properties[name]
      if (typeof value !== 'string' || !URL.canParse(value, 'http://site.invalid/')) continue
      const url = new URL(value, 'http://site.invalid/')
      if (url.host === 'site.invalid') found.push(safeDecode(url.pathname).replace(/^\//, ''))
    }
  })
  return found
}

export interface RuntimeRemoval {
  /** Each HTML page with its size before and after, in bytes. */
  pages: { file: string; bytesBefore: number; bytesAfter: number }[]
  /** Files deleted from out/: RSC payloads and script files that no page refers to. */
  deleted: string[]
}

/**
 * Rewrites every HTML page in `outDir` without the runtime, then deletes the files only the
 * runtime used: the RSC payload files, and every .js file under _next/ that no page refers to.
 * Folders left empty go too.
 */
export function removeRuntime(outDir: string): RuntimeRemoval {
  const files = listFiles(outDir)
  const fileSet = new Set(files)
  const pages: RuntimeRemoval['pages'] = []
  const referenced = new Set<string>()
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const full = path.join(outDir, file)
    const before = fs.readFileSync(full, 'utf8')
    const after = removeRuntimeFromHtml(before)
    fs.writeFileSync(full, after)
    for (const reference of localReferences(after)) referenced.add(reference)
    pages.push({ file, bytesBefore: Buffer.byteLength(before), bytesAfter: Buffer.byteLength(after) })
  }

  const unused = (file: string) =>
    isRscPayloadFile(file, fileSet) || (file.startsWith('_next/') && /\.m?js$/.test(file) && !referenced.has(file))
  const deleted = files.filter(unused)
  for (const file of deleted) fs.rmSync(path.join(outDir, file))
  removeEmptyFolders(outDir)
  return { pages, deleted }
}

/** Removes every empty folder under `dir` (not `dir` itself). */
export function removeEmptyFolders(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const child = path.join(dir, entry.name)
    removeEmptyFolders(child)
    if (fs.readdirSync(child).length === 0) fs.rmdirSync(child)
  }
}
