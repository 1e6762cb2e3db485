/**
 * The headers of lib/build/security-headers.ts, written out for each common way of serving out/:
 *
 *   out/_headers        Netlify and Cloudflare Pages read it from the folder they publish.
 *   deploy/nginx.conf   a server block for nginx.
 *   deploy/serve.json   the configuration of serve-handler, which `npm start`'s server
 *                       (lib/servers/static-server.ts) and the browser tests use, so what is tested
 *                       locally is what production sends.
 *
 * deploy/ sits beside out/, not in it, so these files are not published as part of the site.
 * Every path gets the same headers, the 404 page included; files under /_next/static/ are also
 * cached for a year. scripts/after-build.ts writes the files at each build, with the headers of
 * `siteWideHeaders` for that build's stylesheet (its hash is in the Content-Security-Policy).
 */
import fs from 'node:fs'
import path from 'node:path'
import { IMMUTABLE_ASSET_HEADERS, IMMUTABLE_ASSETS_PREFIX, type Header } from '@/lib/build/security-headers'

export const OUT_DIR = path.join(process.cwd(), 'out')
export const DEPLOY_DIR = path.join(process.cwd(), 'deploy')

/** Next writes the not-found page here; hosts serve it, with status 404, for unknown addresses. */
export const NOT_FOUND_FILE = '404.html'

const GENERATED_NOTICE = 'Written by scripts/after-build.ts from lib/build/security-headers.ts at each build. Do not edit.'

/**
 * Addresses that name a built file but no page: the 404 page under its own names, the home page's
 * file name, and the Netlify headers file. Every host answers them with the 404 page, as it answers
 * any address that starts a part with a dot (.env, .git/).
 */
export const NOT_PAGES = ['/404', '/_not-found', '/index', '/_headers'] as const

/**
 * The shape of a page's address: lowercase words with hyphens, in folders. Redirects (a trailing
 * slash, .html) match only this shape, so none can copy a backslash, an encoded slash, a tab or a
 * doubled slash into Location and send a reader to another site.
 */
export const PAGE_PATH_PATTERN = '(?:/[a-z0-9-]+)+'

/** Types worth compressing: text. Images other than SVG are compressed already. */
export const COMPRESSED_TYPES = ['text/html', 'text/css', 'text/plain', 'text/xml', 'application/xml', 'image/svg+xml'] as const

// ---------------------------------------------------------------------------------------------
// Netlify and Cloudflare Pages: out/_headers
// ---------------------------------------------------------------------------------------------

/**
 * Rules match the address asked for, so "/*" covers every page, file and unknown address (for
 * which these hosts send 404.html). No header appears in two matching rules: Cloudflare would join
 * the two values with a comma. Both hosts compress responses by themselves.
 */
export function netlifyHeadersFile(siteHeaders: readonly Header[]): string {
  const block = (pattern: string, headers: readonly Header[]) =>
    [pattern, ...headers.map((h) => `  ${h.name}: ${h.value}`)].join('\n')
  return `${[`# ${GENERATED_NOTICE}`, block('/*', siteHeaders), block(`${IMMUTABLE_ASSETS_PREFIX}*`, IMMUTABLE_ASSET_HEADERS)].join('\n\n')}\n`
}

// ---------------------------------------------------------------------------------------------
// nginx: deploy/nginx.conf
// ---------------------------------------------------------------------------------------------

function nginxQuote(value: string): string {
  return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`
}

function nginxHeaders(headers: readonly Header[], indent: string): string {
  // "always": also on 404 and redirects, not only on 200.
  return headers.map((h) => `${indent}add_header ${h.name} ${nginxQuote(h.value)} always;`).join('\n')
}

export const NGINX_DEFAULT_ROOT = '/var/www/anuvia-programs/out'

export interface NginxOptions {
  /** The headers of every response: siteWideHeaders() of lib/build/security-headers.ts. */
  siteHeaders: readonly Header[]
  /** Where out/ is on the server. */
  root?: string
  /** The listen directives; the tests use a loopback port. */
  listen?: readonly string[]
}

export function nginxServerBlock({ siteHeaders, root = NGINX_DEFAULT_ROOT, listen = ['80', '[::]:80'] }: NginxOptions): string {
  return `# ${GENERATED_NOTICE}
#
# A server block for out/ on nginx. Copy out/ to the root below (or change it), include this
# file from the http block of nginx.conf (which includes mime.types), then add your certificate:
# Strict-Transport-Security is only honoured over HTTPS, for example:
#     listen 443 ssl; http2 on; ssl_certificate ...; ssl_certificate_key ...;
# and redirect port 80 to https://.
server {
${listen.map((address) => `    listen ${address};`).join('\n')}
    server_name _;
    root ${root};
    server_tokens off;
    # Redirects say "Location: /faq", not a full address that could name the wrong scheme or port.
    absolute_redirect off;
    charset utf-8;
    charset_types ${COMPRESSED_TYPES.filter((type) => type !== 'text/html').join(' ')};

    gzip on;
    gzip_vary on;
    gzip_types ${COMPRESSED_TYPES.filter((type) => type !== 'text/html').join(' ')};

    # The same headers on every response: pages, files, redirects and the 404 page ("always").
    # A location with an add_header of its own inherits none from here, so only one has any.
${nginxHeaders(siteHeaders, '    ')}

    # Whole files only: the pages are small, and nginx's answer to a range it cannot give (416)
    # would carry every header above twice.
    max_ranges 0;

    error_page 404 /${NOT_FOUND_FILE};
    location = /${NOT_FOUND_FILE} {
        internal;
    }

    # A static site is only read: any other method is refused.
    if ($request_method !~ ^(?:GET|HEAD)$) {
        return 405;
    }

    # One address per page, as \`npm start\` does: /faq.html and /faq/ go to /faq. Only addresses
    # shaped like a page's are redirected, so a redirect can never lead off the site; anything
    # else that does not exist is the 404 page.
    rewrite "^(${PAGE_PATH_PATTERN})/$" $1 permanent;
    location = /index.html {
        return 301 /;
    }
    # Built files that are no page, and every dotfile: the 404 page.
    location ~ "^(?:${NOT_PAGES.join('|')})(?:\\.html)?$" {
        return 404;
    }
    location ~ "/\\." {
        return 404;
    }
    location ~ "^(${PAGE_PATH_PATTERN})\\.html$" {
        return 301 $1;
    }

    # /faq is faq.html; other files are served as they are.
    location = / {
        try_files /index.html =404;
    }
    location / {
        try_files $uri $uri.html =404;
    }
    location ${IMMUTABLE_ASSETS_PREFIX} {
${nginxHeaders([...siteHeaders, ...IMMUTABLE_ASSET_HEADERS], '        ')}
        # Files only: a folder of them is the 404 page (with the site's headers), not nginx's 403.
        try_files $uri =404;
    }
}
`
}

// ---------------------------------------------------------------------------------------------
// serve (npm start, browser tests): deploy/serve.json
// ---------------------------------------------------------------------------------------------

export interface ServeConfig {
  cleanUrls: boolean
  trailingSlash: boolean
  directoryListing: boolean
  headers: { source: string; headers: { key: string; value: string }[] }[]
}

/**
 * serve-handler matches `source` against the file it sends (faq.html for /faq, 404.html for an
 * unknown address, which it sends with status 404). It gzips responses by itself.
 */
export function serveConfig(siteHeaders: readonly Header[]): ServeConfig {
  const entries = (headers: readonly Header[]) => headers.map((h) => ({ key: h.name, value: h.value }))
  return {
    // /faq serves faq.html, and /faq.html redirects to /faq; /programs/ redirects to /programs.
    cleanUrls: true,
    trailingSlash: false,
    // A folder such as /_next/static/ is no page: 404, never a list of its files.
    directoryListing: false,
    headers: [
      { source: '**', headers: entries(siteHeaders) },
      { source: `${IMMUTABLE_ASSETS_PREFIX.slice(1)}**`, headers: entries(IMMUTABLE_ASSET_HEADERS) },
    ],
  }
}

/**
 * Next also writes the 404 page as _not-found.html. No host should serve it as a page (Netlify
 * would, at /_not-found, with status 200), so only 404.html is kept.
 */
export function removeNotFoundCopy(outDir = OUT_DIR): void {
  fs.rmSync(path.join(outDir, '_not-found.html'), { force: true })
}

/** Writes all three files for the build in `outDir`, each with `siteHeaders` on every response. Returns the paths written. */
export function writeHostConfig(siteHeaders: readonly Header[], outDir = OUT_DIR, deployDir = DEPLOY_DIR): string[] {
  if (!fs.existsSync(path.join(outDir, NOT_FOUND_FILE))) {
    throw new Error(`${path.join(outDir, NOT_FOUND_FILE)} is missing: hosts need it to answer unknown addresses.`)
  }
  fs.mkdirSync(deployDir, { recursive: true })
  const written = {
    [path.join(outDir, '_headers')]: netlifyHeadersFile(siteHeaders),
    [path.join(deployDir, 'nginx.conf')]: nginxServerBlock({ siteHeaders }),
    [path.join(deployDir, 'serve.json')]: `${JSON.stringify(serveConfig(siteHeaders), null, 2)}\n`,
  }
  for (const [file, text] of Object.entries(written)) fs.writeFileSync(file, text)
  return Object.keys(written)
}
