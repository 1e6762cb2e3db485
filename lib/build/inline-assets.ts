/**
 * Puts the stylesheet and the icon into every built page, after `next build`, so that a first
 * visit is one request: the page. Nothing else has to arrive before the browser can paint.
 *
 * Why: a linked stylesheet blocks the first paint until it has arrived, and on a slow phone
 * connection that second round trip is most of the wait for the first words (the pages with the
 * stylesheet inline measured LCP 683-702 ms against 900-902 ms linked, Lighthouse mobile; see
 * bench/results.md for the current run). A page of about 14 KB gzip or less fits in the first
 * window of a new TCP connection; bench/budgets.ts holds every page to that.
 *
 * What it does to each page in out/:
 *   - each `<link rel="stylesheet">` to a file of the site becomes a `<style>` element with that
 *     file's rules, in the same place, so the cascade is the same;
 *   - the icon (`<link rel="icon">` to a file of the site) becomes a data: address, so the
 *     browser has it without asking (the policy allows `img-src data:`).
 * The stylesheet files no page links any more are deleted.
 *
 * The Content-Security-Policy allows exactly these stylesheets by their SHA-256 hash
 * (`style-src 'sha256-...'`, lib/build/security-headers.ts); the hashes are computed here at every
 * build and handed to lib/build/host-config.ts, so the policy follows the stylesheet. Anything that
 * would break that stops the build, naming the file: a stylesheet outside the site, one that
 * imports another, one with a relative url() (it would point elsewhere from a page), or CSS that
 * would end the <style> element early.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Element, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'
import { listFiles, parseHtml, removeEmptyFolders } from '@/lib/build/remove-runtime'

/** A problem with the built pages or their stylesheet that the build cannot fix by itself. */
export class InlineAssetsError extends Error {}

/** The CSP source for a stylesheet's text: 'sha256-' and the base64 SHA-256 of its UTF-8 bytes, unquoted. */
export function styleHash(css: string): string {
  return `sha256-${crypto.createHash('sha256').update(css, 'utf8').digest('base64')}`
}

function relTokens(element: Element): string[] {
  const rel = element.properties.rel
  return (Array.isArray(rel) ? rel : [rel ?? '']).map((token) => String(token).toLowerCase())
}

/** The path under out/ of a same-site address ("/_next/x.css?v=1" -> "_next/x.css"); undefined for anything else. */
function siteFile(href: unknown): string | undefined {
  if (typeof href !== 'string' || !URL.canParse(href, 'http://site.invalid/')) return undefined
  const url = new URL(href, 'http://site.invalid/')
  if (url.host !== 'site.invalid' || url.protocol !== 'http:') return undefined
  return decodeURIComponent(url.pathname).replace(/^\//, '')
}

/**
 * The rules of a stylesheet file as they can stand inside a <style> element of any page: without
 * the source-map comment (it would be looked up from the page's address), with line ends as the
 * HTML parser leaves them (it turns CR LF into LF, and the hash must be of what the browser sees).
 */
export function cssForInlining(css: string, file: string): string {
  const rules = css.replace(/\r\n?/g, '\n').replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '')
  if (/<\/style/i.test(rules)) {
    throw new InlineAssetsError(`${file} contains "</style", which would end the page's <style> element early. Remove it from the CSS (app/globals.css).`)
  }
  if (/@import\b/i.test(rules)) {
    throw new InlineAssetsError(`${file} has an @import: the browser would fetch a second stylesheet before it paints. Put those rules in app/globals.css instead.`)
  }
  const relative = [...rules.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].map((match) => match[2]).find((url) => !/^(data:|\/|#|$)/i.test(url))
  if (relative !== undefined) {
    throw new InlineAssetsError(`${file} refers to url(${relative}), an address relative to the stylesheet; from inside a page it would point elsewhere. Use an address that starts with "/".`)
  }
  return rules
}

const DATA_URL_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' }

/** A data: address for an icon file: SVG as text with the few characters a URL needs escaped (smaller than base64, and gzips well), others as base64. */
export function iconDataUrl(content: Buffer, file: string): string {
  const type = DATA_URL_TYPES[path.extname(file).toLowerCase()]
  if (!type) throw new InlineAssetsError(`${file}: an icon must be SVG, PNG or ICO to be put into the pages.`)
  if (type !== 'image/svg+xml') return `data:${type};base64,${content.toString('base64')}`
  const svg = content
    .toString('utf8')
    .trim()
    .replace(/\s*[\r\n]+\s*/g, ' ')
    // Quotes too: the HTML writer would spell each one as a six-character character reference.
    // And spaces: a URL has none, and the Nu HTML Checker rejects an href with one.
    .replace(/[ %#<>?[\\\]^`{|}"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
  return `data:image/svg+xml,${svg}`
}

export interface InlinedPage {
  html: string
  /** The stylesheet files (paths under out/) now inline in the page. */
  stylesheets: string[]
  /** The icon files now given as data: addresses. */
  icons: string[]
}

/**
 * One page with its stylesheets and icons inline. `read` gives the content of a file under out/,
 * or undefined when there is none.
 */
export function inlineAssetsInHtml(html: string, page: string, read: (file: string) => Buffer | undefined): InlinedPage {
  const tree: Root = parseHtml(html)
  const result: InlinedPage = { html, stylesheets: [], icons: [] }
  const need = (file: string, what: string) => {
    const content = read(file)
    if (content === undefined) throw new InlineAssetsError(`${page} links to /${file} (${what}), which is not in out/.`)
    return content
  }
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'link' || !parent || index === undefined) return
    const rel = relTokens(node)
    const file = siteFile(node.properties.href)
    if (rel.includes('stylesheet')) {
      if (file === undefined) {
        throw new InlineAssetsError(`${page} links to the stylesheet ${String(node.properties.href)}, which is not a file of the site: a first visit would wait for another server.`)
      }
      const css = cssForInlining(need(file, 'stylesheet').toString('utf8'), file)
      parent.children[index] = { type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: css }] }
      result.stylesheets.push(file)
    } else if (rel.includes('preload') && String(node.properties.as ?? '').toLowerCase() === 'style' && file !== undefined) {
      // The file is in the page now; a preload would fetch it a second time.
      parent.children.splice(index, 1)
      return index
    } else if (rel.includes('icon') && file !== undefined) {
      node.properties.href = iconDataUrl(need(file, 'icon'), file)
      result.icons.push(file)
    }
  })
  result.html = toHtml(tree)
  return result
}

/** The text of every <style> element of a page, as the browser reads it. */
export function inlineStyles(html: string): string[] {
  const styles: string[] = []
  visit(parseHtml(html), 'element', (node) => {
    if (node.tagName === 'style') styles.push(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''))
  })
  return styles
}

/** The stylesheets pages still link to, as "page: href". */
export function linkedStylesheets(html: string): string[] {
  const found: string[] = []
  visit(parseHtml(html), 'element', (node) => {
    if (node.tagName === 'link' && relTokens(node).includes('stylesheet')) found.push(String(node.properties.href))
  })
  return found
}

/** Every HTML page under `outDir`, as paths relative to it. */
function htmlPages(outDir: string): string[] {
  return listFiles(outDir).filter((file) => file.endsWith('.html'))
}

/** The hashes of every <style> in the built pages, sorted, each once: what the policy must allow. */
export function builtStyleHashes(outDir: string): string[] {
  const hashes = htmlPages(outDir).flatMap((file) => inlineStyles(fs.readFileSync(path.join(outDir, file), 'utf8')).map(styleHash))
  return [...new Set(hashes)].sort()
}

export interface InlineAssetsResult {
  /** Pages rewritten. */
  pages: number
  /** Each stylesheet put into the pages: its file, its size in bytes, and its hash for the policy. */
  stylesheets: { file: string; bytes: number; hash: string }[]
  /** The hashes of every <style> in the pages after the step (the stylesheets above, and any Next wrote itself). */
  styleHashes: string[]
  /** Stylesheet files deleted because no page links them any more. */
  deleted: string[]
}

/**
 * Puts the stylesheets and icons into every page of `outDir`, deletes the stylesheet files no
 * page needs any more, and checks that no page links a stylesheet.
 */
export function inlineAssets(outDir: string): InlineAssetsResult {
  const read = (file: string) => {
    const full = path.join(outDir, file)
    return full.startsWith(path.resolve(outDir) + path.sep) && fs.existsSync(full) && fs.statSync(full).isFile() ? fs.readFileSync(full) : undefined
  }
  const pages = htmlPages(outDir)
  const inlined = new Set<string>()
  for (const page of pages) {
    const full = path.join(outDir, page)
    const result = inlineAssetsInHtml(fs.readFileSync(full, 'utf8'), page, read)
    fs.writeFileSync(full, result.html)
    for (const file of result.stylesheets) inlined.add(file)
  }

  const stylesheets = [...inlined].sort().map((file) => {
    const css = cssForInlining(read(file)!.toString('utf8'), file)
    return { file, bytes: Buffer.byteLength(css), hash: styleHash(css) }
  })
  const deleted = [...inlined].sort()
  for (const file of deleted) fs.rmSync(path.join(outDir, file))
  removeEmptyFolders(outDir)

  const stillLinked = pages.flatMap((page) => linkedStylesheets(fs.readFileSync(path.join(outDir, page), 'utf8')).map((href) => `${page}: ${href}`))
  if (stillLinked.length > 0) throw new InlineAssetsError(`These pages still link a stylesheet, which would cost a request before the first paint:\n${stillLinked.join('\n')}`)
  return { pages: pages.length, stylesheets, styleHashes: builtStyleHashes(outDir), deleted }
}
