/**
 * The reference "a page styled with GOV.UK Frontend": the design system GOV.UK and NHS.UK build
 * on, from the `govuk-frontend` package in node_modules, served the way its own page template
 * (`dist/govuk/template.njk`) and install guide lay it out:
 *
 *   - its precompiled CSS linked in the head, `/stylesheets/govuk-frontend.min.css`;
 *   - its JavaScript as a module at the end of the body, `/javascripts/govuk-frontend.min.js`,
 *     started by `initAll()`, after the template's one-line script that marks the body `js-enabled`;
 *   - its assets (fonts, icons, manifest) under `/assets/`, with the template's icon links.
 *
 * The words are the site's own home page: its <main> with the site's classes swapped for GOV.UK
 * Frontend's typography classes, inside the template's skip link, header, width container and
 * footer. So the two pages say the same thing and differ in how they are built and styled.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Element, ElementContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'
import { parseHtml } from '@/lib/build/remove-runtime'

/** GOV.UK Frontend's classes for the elements a content page uses (from its typography styles). */
const GOVUK_CLASSES: Record<string, string> = {
  h1: 'govuk-heading-xl',
  h2: 'govuk-heading-l',
  h3: 'govuk-heading-m',
  h4: 'govuk-heading-s',
  p: 'govuk-body',
  ul: 'govuk-list govuk-list--bullet',
  ol: 'govuk-list govuk-list--number',
  a: 'govuk-link',
  table: 'govuk-table',
  caption: 'govuk-table__caption govuk-table__caption--m',
  thead: 'govuk-table__head',
  tbody: 'govuk-table__body',
  tr: 'govuk-table__row',
  th: 'govuk-table__header',
  td: 'govuk-table__cell',
  details: 'govuk-details',
  summary: 'govuk-details__summary',
}

export function govukFrontendDir(projectRoot: string): string {
  const require = createRequire(path.join(projectRoot, 'package.json'))
  return path.join(path.dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk')
}

export function govukFrontendVersion(projectRoot: string): string {
  const require = createRequire(path.join(projectRoot, 'package.json'))
  return (JSON.parse(fs.readFileSync(require.resolve('govuk-frontend/package.json'), 'utf8')) as { version: string }).version
}

/** The inside of the site page's <main>, with GOV.UK Frontend's classes instead of the site's. */
export function mainContentAsGovuk(siteHtml: string): ElementContent[] {
  let main: Element | undefined
  visit(parseHtml(siteHtml), 'element', (node) => {
    if (node.tagName === 'main' && !main) main = node
  })
  if (!main) throw new Error('The site page has no <main> to take the words of the GOV.UK Frontend reference from.')
  const content = structuredClone(main.children)
  for (const child of content) {
    if (child.type !== 'element') continue
    visit(child, 'element', (node) => {
      delete node.properties.className
      delete node.properties.style
      const govuk = GOVUK_CLASSES[node.tagName]
      if (govuk) node.properties.className = govuk.split(' ')
    })
  }
  return content
}

/** The reference page's HTML, after the package's template.njk. */
export function govukReferenceHtml(siteHtml: string, title: string): string {
  const main = toHtml({ type: 'root', children: mainContentAsGovuk(siteHtml) })
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <meta name="theme-color" content="#1d70b8">
    <link rel="stylesheet" href="/stylesheets/govuk-frontend.min.css">
    <link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
    <link rel="icon" sizes="any" href="/assets/images/favicon.svg" type="image/svg+xml">
    <link rel="mask-icon" href="/assets/images/govuk-icon-mask.svg" color="#1d70b8">
    <link rel="apple-touch-icon" href="/assets/images/govuk-icon-180.png">
    <link rel="manifest" href="/assets/manifest.json">
  </head>
  <body class="govuk-template__body">
    <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
    <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
    <header class="govuk-header" data-module="govuk-header">
      <div class="govuk-header__container govuk-width-container">
        <div class="govuk-header__logo">
          <a href="/" class="govuk-header__homepage-link"><span class="govuk-header__product-name">Anuvia</span></a>
        </div>
      </div>
    </header>
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper" id="main-content">
${main}
      </main>
    </div>
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p class="govuk-body-s">A reference page for the benchmark, styled with GOV.UK Frontend.</p>
          </div>
        </div>
      </div>
    </footer>
    <script type="module" src="/javascripts/govuk-frontend.min.js"></script>
    <script type="module">import { initAll } from '/javascripts/govuk-frontend.min.js'; initAll()</script>
  </body>
</html>
`
}

/**
 * Writes the reference site into `destination`: index.html made from the built site page
 * `siteHtmlFile`, and the package's CSS, JavaScript and assets where the page asks for them.
 */
export function writeGovukReference(projectRoot: string, siteHtmlFile: string, destination: string): void {
  const dist = govukFrontendDir(projectRoot)
  const siteHtml = fs.readFileSync(siteHtmlFile, 'utf8')
  const title = /<title>([^<]*)<\/title>/.exec(siteHtml)?.[1] ?? 'Anuvia'
  fs.mkdirSync(path.join(destination, 'stylesheets'), { recursive: true })
  fs.mkdirSync(path.join(destination, 'javascripts'), { recursive: true })
  fs.copyFileSync(path.join(dist, 'govuk-frontend.min.css'), path.join(destination, 'stylesheets', 'govuk-frontend.min.css'))
  fs.copyFileSync(path.join(dist, 'govuk-frontend.min.js'), path.join(destination, 'javascripts', 'govuk-frontend.min.js'))
  fs.cpSync(path.join(dist, 'assets'), path.join(destination, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(destination, 'index.html'), govukReferenceHtml(siteHtml, title))
}
