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
import { attribute, elements, isExecutableScript, parseHtml, relList, textContent } from '@/bench/html'
import { htmlFileForRoute } from '@/lib/base/addresses'

export type ResourceKind = 'css' | 'js' | 'font' | 'image' | 'other'

export interface Subresource {
  /** The path on the site, like "/_next/static/chunks/abc.js". */
  url: string
  kind: ResourceKind
  /** Why a browser fetches it, for reading the report: "script", "stylesheet", "preload", ... */
  via: string
  /**
   * Whether the browser waits for it before the first paint: a stylesheet, or a script that
   * stops the parser (no async, defer or type="module").
   */
  blocksFirstPaint: boolean
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
  /** The document and what must arrive before the page can paint (see Subresource.blocksFirstPaint). */
  requestsBeforeFirstPaint: number
  /** Their bytes: the HTML with its stylesheet, inline or linked (gzip). */
  firstPaintBytes: number
}

export interface PageWeight extends ByteCount {
  route: string
  /** Of `js`: the gzip size of the inline scripts a browser would run (already in the HTML's bytes too). */
  inlineJs: number
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
// Reading the HTML
// ---------------------------------------------------------------------------------------------

/**
 * Chunks named inside inline scripts: the React Server Components payload lists the chunks of the
 * client components on the page, and the runtime loads them while the page starts. The payload
 * is a JS string (not HTML), so the path may sit between escaped quotes.
 */
const CHUNK_IN_SCRIPT = /\/_next\/static\/[\w\-./~]+?\.(?:js|css)(?=\\?["'])/g

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

export interface PageParts {
  /** Every file a modern browser fetches to show and start the page, in the order found, each once. */
  subresources: Subresource[]
  /** The code of each inline script a browser would run (not JSON-LD or other data blocks). */
  inlineScripts: string[]
  /** The rules of each <style> element. */
  inlineStyles: string[]
}

/**
 * What a page is made of. Counted as fetched: stylesheets, scripts (not `nomodule` ones, which
 * modern browsers skip), preloads, icons, images, and the chunks that the inline payload tells the
 * runtime to load. Not counted: `<link rel="prefetch">` and next/link's prefetches of other pages,
 * which happen after the page has loaded and only when the network is idle.
 */
export function readPage(html: string): PageParts {
  const parts: PageParts = { subresources: [], inlineScripts: [], inlineStyles: [] }
  const document = parseHtml(html)
  const all = [...elements(document)]
  // A stylesheet Next has inlined (experimental.inlineCss) is named in <style data-href>; the
  // payload still lists it, but the browser does not fetch it.
  const inlined = new Set(all.filter((el) => el.tagName === 'style').flatMap((el) => sitePath(attribute(el, 'data-href')) ?? []))
  const found = new Map<string, Subresource>()
  const add = (href: string | undefined, kind: ResourceKind, via: string, blocksFirstPaint = false) => {
    const url = sitePath(href)
    if (!url || inlined.has(url)) return
    const known = found.get(url)
    if (!known) found.set(url, { url, kind, via, blocksFirstPaint })
    // Preloaded first, then used as a stylesheet: the browser still waits for it.
    else if (blocksFirstPaint) known.blocksFirstPaint = true
  }

  let hasIconLink = false
  const payloadChunks: string[] = []
  for (const el of all) {
    if (el.tagName === 'style') parts.inlineStyles.push(textContent(el))
    else if (isExecutableScript(el)) {
      if (attribute(el, 'nomodule') !== undefined) continue
      const src = attribute(el, 'src')
      const blocking = attribute(el, 'async') === undefined && attribute(el, 'defer') === undefined && attribute(el, 'type')?.trim().toLowerCase() !== 'module'
      if (src !== undefined) add(src, 'js', 'script', blocking)
      else {
        const code = textContent(el)
        parts.inlineScripts.push(code)
        payloadChunks.push(...[...code.matchAll(CHUNK_IN_SCRIPT)].map((match) => match[0]))
      }
    } else if (el.tagName === 'link') {
      const rel = relList(el)
      const href = attribute(el, 'href')
      if (rel.includes('stylesheet')) add(href, 'css', 'stylesheet', true)
      else if (rel.includes('preload')) add(href, kindFromPreload(attribute(el, 'as'), href ?? ''), 'preload')
      else if (rel.includes('modulepreload')) add(href, 'js', 'modulepreload')
      else if (rel.includes('icon')) {
        hasIconLink = true
        add(href, 'image', 'icon')
      }
    } else if (el.tagName === 'img') add(attribute(el, 'src'), 'image', 'img')
    else if (el.tagName === 'source') add(attribute(el, 'src'), kindFromPath(attribute(el, 'src') ?? ''), 'source')
  }
  for (const chunk of payloadChunks) add(chunk, kindFromPath(chunk), 'runtime')
  // With no icon link, browsers ask for /favicon.ico on their own.
  if (!hasIconLink) add('/favicon.ico', 'image', 'favicon')
  parts.subresources = [...found.values()]
  return parts
}

// ---------------------------------------------------------------------------------------------
// Files in out/
// ---------------------------------------------------------------------------------------------

/**
 * What a first visit to `route` downloads. A resource that is not in out/ is not counted, except
 * that a missing stylesheet or script is an error: the page would be broken. (A missing
 * /favicon.ico is the browser guessing, not the page asking.)
 */
export function measurePage(outDir: string, route: string): PageWeight {
  outDir = path.resolve(outDir)
  const htmlFile = path.join(outDir, htmlFileForRoute(route))
  if (!fs.existsSync(htmlFile)) {
    throw new Error(`No built page for ${route} (looked for ${path.relative(process.cwd(), htmlFile)}). Run npm run build first.`)
  }
  const html = fs.readFileSync(htmlFile)
  const parts = readPage(html.toString('utf8'))
  // Inline styles and scripts are in the HTML's bytes already; they also count against the CSS
  // and JavaScript budgets, as the gzip size of their text alone, so moving CSS or code into the
  // HTML cannot hide it.
  const gzipOfEach = (texts: string[]) => texts.reduce((sum, text) => sum + (text.trim() ? gzipSize(text) : 0), 0)
  const inlineJs = gzipOfEach(parts.inlineScripts)
  const weight: PageWeight = {
    route,
    html: gzipSize(html),
    css: gzipOfEach(parts.inlineStyles),
    js: inlineJs,
    inlineJs,
    font: 0,
    image: 0,
    other: 0,
    requests: 1,
    requestsBeforeFirstPaint: 1,
    firstPaintBytes: gzipSize(html),
    resources: [],
  }

  for (const resource of parts.subresources) {
    const file = path.join(outDir, decodeURIComponent(resource.url.split(/[?#]/)[0]))
    if (!file.startsWith(outDir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      if (resource.via === 'favicon' || resource.via === 'img' || resource.via === 'source') continue
      throw new Error(`${route} asks for ${resource.url} (${resource.via}), which is not in ${path.relative(process.cwd(), outDir) || outDir}.`)
    }
    const content = fs.readFileSync(file)
    const bytes = transferSize(file, content)
    weight[resource.kind] += bytes
    weight.requests += 1
    if (resource.blocksFirstPaint) {
      weight.requestsBeforeFirstPaint += 1
      weight.firstPaintBytes += bytes
    }
    weight.resources.push({ ...resource, bytes, rawBytes: content.length })
  }
  return weight
}

export function withoutResources(weight: PageWeight): ByteCount {
  const { html, css, js, font, image, other, requests, requestsBeforeFirstPaint, firstPaintBytes } = weight
  return { html, css, js, font, image, other, requests, requestsBeforeFirstPaint, firstPaintBytes }
}
