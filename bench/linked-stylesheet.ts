/**
 * The reference "the same pages with the stylesheet linked": the design the inline stylesheet
 * replaced. The built pages of out/ with each <style> element taken back out into a file under
 * /_next/static/css/ and a `<link rel="stylesheet">` to it in its place, and the icon back in a
 * file (/icon.svg) that the page links to: the pages as `next build` writes them, before
 * lib/build/inline-assets.ts. With `icon: 'inside'`, only the stylesheet goes back out, which tells the
 * stylesheet's share of the difference from the icon's.
 *
 * Served with the site's headers, its policy allowing stylesheets from the site (`style-src
 * 'self'`, as the policy did) instead of the hash.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'
import { inlineStyles } from '@/lib/build/inline-assets'
import { listFiles, parseHtml } from '@/lib/build/remove-runtime'

export const LINKED_STYLESHEET_FOLDER = '_next/static/css'

/** The address a stylesheet's text is written to: named by its content, as Next names its files. */
export function linkedStylesheetAddress(css: string): string {
  return `/${LINKED_STYLESHEET_FOLDER}/${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`
}

export type IconPlace = 'file' | 'inside'

/** The file a data: address holds: its extension and content. */
export function dataUrlContent(href: string): { extension: string; content: Buffer } | undefined {
  const match = /^data:image\/(svg\+xml|png|x-icon)(;base64)?,(.*)$/s.exec(href)
  if (!match) return undefined
  const extension = { 'svg+xml': '.svg', png: '.png', 'x-icon': '.ico' }[match[1]]!
  return { extension, content: match[2] ? Buffer.from(match[3], 'base64') : Buffer.from(decodeURIComponent(match[3])) }
}

/**
 * One page with every <style> replaced by a link to a file of the same rules and, with
 * `icon: 'file'`, its icon back in a file. Returns the page and the files to write, by address.
 */
export function linkStylesheetsInHtml(html: string, icon: IconPlace = 'file'): { html: string; files: Map<string, string | Buffer> } {
  const tree = parseHtml(html)
  const files = new Map<string, string | Buffer>()
  visit(tree, 'element', (node, index, parent) => {
    const rel = node.properties.rel
    if (icon === 'file' && node.tagName === 'link' && Array.isArray(rel) && rel.map(String).includes('icon')) {
      const file = dataUrlContent(String(node.properties.href ?? ''))
      if (file) {
        node.properties.href = `/icon${file.extension}`
        files.set(`/icon${file.extension}`, file.content)
      }
      return
    }
    if (node.tagName !== 'style' || !parent || index === undefined) return
    const css = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
    const href = linkedStylesheetAddress(css)
    files.set(href, css)
    parent.children[index] = { type: 'element', tagName: 'link', properties: { rel: ['stylesheet'], href }, children: [] }
  })
  return { html: toHtml(tree), files }
}

/** A copy of the built site in `destination` with the stylesheet (and the icon, unless `icon` is 'inside') linked. Returns how many pages link it and the files written. */
export function writeLinkedCopy(outDir: string, destination: string, icon: IconPlace = 'file'): { pages: number; files: string[] } {
  fs.cpSync(outDir, destination, { recursive: true })
  const written = new Set<string>()
  let pages = 0
  for (const file of listFiles(destination).filter((f) => f.endsWith('.html'))) {
    const full = path.join(destination, file)
    const html = fs.readFileSync(full, 'utf8')
    if (inlineStyles(html).length === 0) continue
    const linked = linkStylesheetsInHtml(html, icon)
    fs.writeFileSync(full, linked.html)
    for (const [href, content] of linked.files) {
      fs.mkdirSync(path.join(destination, path.dirname(href)), { recursive: true })
      fs.writeFileSync(path.join(destination, href), content)
      written.add(href)
    }
    pages += 1
  }
  return { pages, files: [...written].sort() }
}

/** The site's serve.json with its policy allowing stylesheets from the site instead of by hash, as before the stylesheet moved inline. */
export function linkedServeConfig(siteServeConfig: string): string {
  const changed = siteServeConfig.replace(/style-src [^;"]+/g, "style-src 'self'")
  if (changed === siteServeConfig) throw new Error('deploy/serve.json has no style-src in its policy to change for the linked-stylesheet copy.')
  return changed
}
