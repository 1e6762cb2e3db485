/**
 * The headers of lib/security-headers.ts, written out for each common way of serving out/:
 *
 *   out/_headers        Netlify and Cloudflare Pages read it from the folder they publish.
 *   deploy/nginx.conf   a server block for nginx.
 *   deploy/serve.json   the configuration of `serve`, which `npm start` and the browser tests use,
 *                       so what is tested locally is what production sends.
 *
 * deploy/ sits beside out/, not in it, so these files are not published as part of the site.
 * scripts/after-build.ts calls this after `next build`; the files belong to that build (each
 * page's policy lists the hashes of its own inline scripts).
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  IMMUTABLE_ASSET_HEADERS,
  IMMUTABLE_ASSETS_PREFIX,
  SITE_WIDE_HEADERS,
  type Header,
  contentSecurityPolicy,
  inlineScriptHashes,
} from '@/lib/security-headers'

export const OUT_DIR = path.join(process.cwd(), 'out')
export const DEPLOY_DIR = path.join(process.cwd(), 'deploy')

/** Next writes the not-found page here; hosts serve it, with status 404, for unknown addresses. */
export const NOT_FOUND_FILE = '404.html'

const GENERATED_NOTICE = 'Written by scripts/after-build.ts from lib/security-headers.ts at each build. Do not edit.'

export interface HtmlPagePolicy {
  /** The file, relative to out/, like "faq.html" or "programs/sacot.html". */
  file: string
  /** The address it is served at, like "/faq"; undefined for the not-found page. */
  route: string | undefined
  /** This page's Content-Security-Policy. */
  contentSecurityPolicy: string
}

/** "index.html" -> "/", "faq.html" -> "/faq", "programs/index.html" -> "/programs". */
export function routeForHtmlFile(file: string): string | undefined {
  if (file === NOT_FOUND_FILE) return undefined
  const withoutExtension = file.replace(/\.html$/, '')
  const route = `/${withoutExtension}`.replace(/(^|\/)index$/, '')
  return route === '' ? '/' : route
}

/** Every .html file under `dir`, relative to it with forward slashes, sorted. */
export function listHtmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** The policy of every HTML page in the build, from the inline scripts each one holds. */
export function htmlPagePolicies(outDir = OUT_DIR): HtmlPagePolicy[] {
  return listHtmlFiles(outDir).map((file) => ({
    file,
    route: routeForHtmlFile(file),
    contentSecurityPolicy: contentSecurityPolicy(inlineScriptHashes(fs.readFileSync(path.join(outDir, file), 'utf8'))),
  }))
}

/** All the headers one page is served with. */
export function headersForPage(page: HtmlPagePolicy): Header[] {
  return [...SITE_WIDE_HEADERS, { name: 'Content-Security-Policy', value: page.contentSecurityPolicy }]
}

// ---------------------------------------------------------------------------------------------
// Netlify and Cloudflare Pages: out/_headers
// ---------------------------------------------------------------------------------------------

/**
 * Rules match the address asked for. When several rules match, Netlify keeps the last value of a
 * header but Cloudflare joins the values with commas, and two joined policies would both apply.
 * So the policy is only ever in the rule of one page, never in the catch-all "/*". For an
 * unknown address these hosts send 404.html with the catch-all headers only (no policy).
 */
export function netlifyHeadersFile(pages: readonly HtmlPagePolicy[]): string {
  const block = (pattern: string, headers: readonly Header[]) =>
    [pattern, ...headers.map((h) => `  ${h.name}: ${h.value}`)].join('\n')
  const blocks = [
    `# ${GENERATED_NOTICE}`,
    block('/*', SITE_WIDE_HEADERS),
    block(`${IMMUTABLE_ASSETS_PREFIX}*`, IMMUTABLE_ASSET_HEADERS),
  ]
  for (const page of pages) {
    const policy: Header[] = [{ name: 'Content-Security-Policy', value: page.contentSecurityPolicy }]
    // The clean address and the file's own name both reach the page.
    const patterns = page.route === undefined ? [`/${page.file}`] : [...new Set([page.route, `/${page.file}`])]
    for (const pattern of patterns) blocks.push(block(pattern, policy))
  }
  return `${blocks.join('\n\n')}\n`
}

// ---------------------------------------------------------------------------------------------
// nginx: deploy/nginx.conf
// ---------------------------------------------------------------------------------------------

function nginxQuote(value: string): string {
  return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`
}

function nginxHeaders(headers: readonly Header[], indent: string): string {
  // "always": also on 404 and redirects. A location with any add_header of its own inherits none
  // from the server block, so each location lists every header.
  return headers.map((h) => `${indent}add_header ${h.name} ${nginxQuote(h.value)} always;`).join('\n')
}

export const NGINX_DEFAULT_ROOT = '/var/www/anuvia-programs/out'

export function nginxServerBlock(pages: readonly HtmlPagePolicy[], root = NGINX_DEFAULT_ROOT): string {
  const pageLocations = pages.map((page) => {
    const lines =
      page.route === undefined
        ? [`    location = /${page.file} {`, '        internal;']
        : [`    location = ${page.route} {`, `        try_files /${page.file} =404;`]
    return [...lines, nginxHeaders(headersForPage(page), '        '), '    }'].join('\n')
  })
  const notFound = pages.find((page) => page.route === undefined)
  return `# ${GENERATED_NOTICE}
#
# A server block for out/ on nginx. Copy out/ to the root below (or change it), include this
# file from the http block of nginx.conf, then add your certificate: Strict-Transport-Security is
# only honoured over HTTPS, for example:
#     listen 443 ssl; http2 on; ssl_certificate ...; ssl_certificate_key ...;
# and redirect port 80 to https://.
server {
    listen 80;
    listen [::]:80;
    server_name _;
    root ${root};
    server_tokens off;
${notFound ? `    error_page 404 /${notFound.file};\n` : ''}
    # One address per page, as \`npm start\` does: /faq.html and /faq/ go to /faq.
    rewrite ^(/.+)/$ $1 permanent;
    location = /index.html {
        return 301 /;
    }
    location ~ ^(/.+)\\.html$ {
        return 301 $1;
    }

    # Files other than pages: scripts, styles, images, sitemap.xml, robots.txt.
    location / {
        try_files $uri $uri.html =404;
${nginxHeaders(SITE_WIDE_HEADERS, '        ')}
    }
    location ${IMMUTABLE_ASSETS_PREFIX} {
${nginxHeaders([...SITE_WIDE_HEADERS, ...IMMUTABLE_ASSET_HEADERS], '        ')}
    }

    # Each page, with its own Content-Security-Policy.
${pageLocations.join('\n')}
}
`
}

// ---------------------------------------------------------------------------------------------
// serve (npm start, browser tests): deploy/serve.json
// ---------------------------------------------------------------------------------------------

export interface ServeConfig {
  cleanUrls: boolean
  trailingSlash: boolean
  headers: { source: string; headers: { key: string; value: string }[] }[]
}

/**
 * serve-handler matches `source` against the file it sends (faq.html for /faq, 404.html for an
 * unknown address), so each page's rule names its file. It sends out/404.html with status 404.
 */
export function serveConfig(pages: readonly HtmlPagePolicy[]): ServeConfig {
  const entries = (headers: readonly Header[]) => headers.map((h) => ({ key: h.name, value: h.value }))
  return {
    // /faq serves faq.html, and /faq.html redirects to /faq; /programs/ redirects to /programs.
    cleanUrls: true,
    trailingSlash: false,
    headers: [
      { source: '**', headers: entries(SITE_WIDE_HEADERS) },
      { source: `${IMMUTABLE_ASSETS_PREFIX.slice(1)}**`, headers: entries(IMMUTABLE_ASSET_HEADERS) },
      ...pages.map((page) => ({
        source: page.file,
        headers: entries([{ name: 'Content-Security-Policy', value: page.contentSecurityPolicy }]),
      })),
    ],
  }
}

/** Writes all three files for the build in `outDir`. Returns the paths written. */
export function writeHostConfig(outDir = OUT_DIR, deployDir = DEPLOY_DIR): string[] {
  const pages = htmlPagePolicies(outDir)
  if (!pages.some((page) => page.file === NOT_FOUND_FILE)) {
    throw new Error(`${path.join(outDir, NOT_FOUND_FILE)} is missing: hosts need it to answer unknown addresses.`)
  }
  fs.mkdirSync(deployDir, { recursive: true })
  const written = {
    [path.join(outDir, '_headers')]: netlifyHeadersFile(pages),
    [path.join(deployDir, 'nginx.conf')]: nginxServerBlock(pages),
    [path.join(deployDir, 'serve.json')]: `${JSON.stringify(serveConfig(pages), null, 2)}\n`,
  }
  for (const [file, text] of Object.entries(written)) fs.writeFileSync(file, text)
  return Object.keys(written)
}
