/**
 * What a first visit to one page of the built site downloads, and how many bytes that is.
 *
 * Read from the static HTML in out/, so the byte budgets can be checked by a test without a
 * browser. Sizes are gzip at zlib's default level, as a static host or CDN sends text; files that
 * are already compressed (images, woff2) count as they are.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

export type ResourceKind = 'css' | 'js' | 'font' | 'image' | 'other'

export interface Subresource {
  /** The path on the site, like "/_next/static/chunks/abc.js". */
  url: string
  kind: ResourceKind
  /** Why a browser fetches it, for reading the report: "script", "stylesheet", "preload", ... */
  via: string
}

export interface ByteCount {
  html: number
  css: number
  js: number
  font: number
  image: number
  other: number
  /** The document and every subresource. */
  requests: number
}

export interface PageWeight extends ByteCount {
  route: string
  resources: (Subresource & { bytes: number; rawBytes: number })[]
}

/** Text that hosts compress. Other files (woff2, png, jpg, webp, avif) are sent as they are. */
const COMPRESSIBLE = /\.(html?|css|m?js|json|svg|txt|xml|ico|webmanifest|map)$/i

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.test(file)
}

export function gzipSize(content: Buffer | string): number {
  return zlib.gzipSync(content).length
}

/** The bytes a host sends for this file: gzip for text, as-is for the rest. */
export function transferSize(file: string, content: Buffer): number {
  return isCompressible(file) ? gzipSize(content) : content.length
}

// ---------------------------------------------------------------------------------------------
// Finding the subresources in the HTML
// ---------------------------------------------------------------------------------------------

const TAG = /<(script|link|img|source)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const INLINE_SCRIPT = /<script\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/script>/gi
const INLINE_STYLE = /<style\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/style>/gi
/**
 * Chunks named inside inline scripts: the React Server Components payload lists the chunks of the
 * client components on the page, and the runtime loads them while the page starts. The payload
 * is a JS string, so the path may sit between escaped quotes.
 */
const CHUNK_IN_SCRIPT = /\/_next\/static\/[\w\-./~]+?\.(?:js|css)(?=\\?["'])/g

export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(ATTRIBUTE)) {
    attributes[match[1].toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'")
}

function kindFromPreload(as: string | undefined, href: string): ResourceKind {
  if (as === 'script') return 'js'
  if (as === 'style') return 'css'
  if (as === 'font') return 'font'
  if (as === 'image') return 'image'
  return kindFromPath(href)
}

export function kindFromPath(href: string): ResourceKind {
  const pathname = href.split(/[?#]/)[0]
  if (/\.m?js$/i.test(pathname)) return 'js'
  if (/\.css$/i.test(pathname)) return 'css'
  if (/\.(woff2?|ttf|otf|eot)$/i.test(pathname)) return 'font'
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/i.test(pathname)) return 'image'
  return 'other'
}

/** Same-site paths only: a URL on another host is not ours to count (and the site makes none). */
function sitePath(href: string | undefined): string | undefined {
  if (!href || href.startsWith('data:') || /^[a-z][a-z\d+.-]*:|^\/\//i.test(href)) return undefined
  return href.startsWith('/') ? href : `/${href}`
}

/**
 * Every file a modern browser fetches to show and start this page, in the order found, each
 * once. Counted: stylesheets, scripts (not `nomodule` ones, which modern browsers skip),
 * preloads, icons, images, and the chunks that the inline payload tells the runtime to load.
 * Not counted: `<link rel="prefetch">` and next/link's prefetches of other pages, which happen
 * after the page has loaded and only when the network is idle.
 */
export function findSubresources(html: string): Subresource[] {
  const found = new Map<string, Subresource>()
  // A stylesheet Next has inlined (experimental.inlineCss) is named in <style data-href>; the
  // payload still lists it, but the browser does not fetch it.
  const inlined = new Set(inlineStyles(html).flatMap((style) => style.href ?? []))
  const add = (href: string | undefined, kind: ResourceKind, via: string) => {
    const url = sitePath(href)
    if (url && !found.has(url) && !inlined.has(url)) found.set(url, { url, kind, via })
  }

  let hasIconLink = false
  for (const match of html.matchAll(TAG)) {
    const tag = match[1].toLowerCase()
    const attributes = parseAttributes(match[2])
    if (tag === 'script') {
      if ('nomodule' in attributes) continue
      add(attributes.src, 'js', 'script')
    } else if (tag === 'link') {
      const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/)
      if (rel.includes('stylesheet')) add(attributes.href, 'css', 'stylesheet')
      else if (rel.includes('preload')) add(attributes.href, kindFromPreload(attributes.as, attributes.href ?? ''), 'preload')
      else if (rel.includes('modulepreload')) add(attributes.href, 'js', 'modulepreload')
      else if (rel.includes('icon')) {
        hasIconLink = true
        add(attributes.href, 'image', 'icon')
      }
    } else if (tag === 'img' || tag === 'source') {
      add(attributes.src, tag === 'img' ? 'image' : kindFromPath(attributes.src ?? ''), tag)
    }
  }

  for (const match of html.matchAll(INLINE_SCRIPT)) {
    for (const chunk of match[1].matchAll(CHUNK_IN_SCRIPT)) add(chunk[0], kindFromPath(chunk[0]), 'runtime')
  }

  // With no icon link, browsers ask for /favicon.ico on their own.
  if (!hasIconLink) add('/favicon.ico', 'image', 'favicon')
  return [...found.values()]
}

/** The text of each <style> element, with the stylesheet it stands for when Next inlined one. */
export function inlineStyles(html: string): { href?: string; css: string }[] {
  return [...html.matchAll(INLINE_STYLE)].map((match) => ({ href: sitePath(parseAttributes(match[1])['data-href']), css: match[2] }))
}

// ---------------------------------------------------------------------------------------------
// Files in out/
// ---------------------------------------------------------------------------------------------

/** The HTML file a static host serves for a route: "/" -> index.html, "/faq" -> faq.html. */
export function htmlFileForRoute(outDir: string, route: string): string {
  if (route === '/') return path.join(outDir, 'index.html')
  const trimmed = route.replace(/^\/+|\/+$/g, '')
  const asFile = path.join(outDir, `${trimmed}.html`)
  return fs.existsSync(asFile) ? asFile : path.join(outDir, trimmed, 'index.html')
}

/**
 * What a first visit to `route` downloads. A resource that is not in out/ is not counted, except
 * that a missing stylesheet or script is an error: the page would be broken. (A missing
 * /favicon.ico is the browser guessing, not the page asking.)
 */
export function measurePage(outDir: string, route: string): PageWeight {
  outDir = path.resolve(outDir)
  const htmlFile = htmlFileForRoute(outDir, route)
  if (!fs.existsSync(htmlFile)) {
    throw new Error(`No built page for ${route} (looked for ${path.relative(process.cwd(), htmlFile)}). Run npm run build first.`)
  }
  const html = fs.readFileSync(htmlFile)
  const htmlText = html.toString('utf8')
  // Inline CSS is in the HTML's bytes already; it also counts against the CSS budget, as the gzip
  // size of the styles alone, so moving CSS into the HTML cannot hide it.
  const inlineCss = inlineStyles(htmlText).reduce((sum, style) => sum + (style.css.trim() ? gzipSize(style.css) : 0), 0)
  const weight: PageWeight = { route, html: gzipSize(html), css: inlineCss, js: 0, font: 0, image: 0, other: 0, requests: 1, resources: [] }

  for (const resource of findSubresources(htmlText)) {
    const file = path.join(outDir, decodeURIComponent(resource.url.split(/[?#]/)[0]))
    if (!file.startsWith(outDir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      if (resource.via === 'favicon' || resource.via === 'img' || resource.via === 'source') continue
      throw new Error(`${route} asks for ${resource.url} (${resource.via}), which is not in ${path.relative(process.cwd(), outDir) || outDir}.`)
    }
    const content = fs.readFileSync(file)
    const bytes = transferSize(file, content)
    weight[resource.kind] += bytes
    weight.requests += 1
    weight.resources.push({ ...resource, bytes, rawBytes: content.length })
  }
  return weight
}

export function withoutResources(weight: PageWeight): ByteCount {
  const { html, css, js, font, image, other, requests } = weight
  return { html, css, js, font, image, other, requests }
}
