/**
 * The guard: the build stops, naming the file, when a page would need JavaScript to work.
 *
 * The site runs no code in the reader's browser (lib/build/remove-runtime.ts takes Next's runtime out
 * of out/, and the Content-Security-Policy says `script-src 'none'`). So anything that only works
 * with a script would silently do nothing for the reader. Two places are checked:
 *
 *   the source   a client component ('use client') or next/script, in app/, components/ and lib/
 *                (not in code for edit mode only, see isEditModeOnly);
 *   the output   every HTML page in out/, after the runtime is removed: a script that would run,
 *                a link that loads a script file, an inline event handler (onclick="..."), a
 *                javascript: address, and a form that posts.
 *
 * The source is read with the TypeScript parser and the HTML with an HTML parser, so a comment or
 * a string that merely mentions 'use client' is not mistaken for one.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Element } from 'hast'
import ts from 'typescript'
import { visit } from 'unist-util-visit'
import { DATA_SCRIPT_TYPE, listFiles, parseHtml, scriptType } from '@/lib/build/remove-runtime'

export interface NeedsJavaScript {
  /** The file, relative to the project (or to out/ for a page). */
  file: string
  line?: number
  /** What in the file needs JavaScript, in plain words. */
  problem: string
  /** What to do instead. */
  fix: string
}

/** Where the site's own code lives. */
export const SOURCE_FOLDERS = ['app', 'components', 'lib'] as const
export const SOURCE_FILES = ['mdx-components.tsx'] as const
const SOURCE_EXTENSIONS = /\.(ts|tsx|js|jsx|mjs|mts)$/

/**
 * Code for edit mode only (`npm run edit`, the staff editor): the app/(editor)/ route group and
 * route files ending in .edit.ts(x), which Next treats as routes only in edit mode
 * (next.config.mjs). The editor may run scripts; the public build never contains it, and the
 * check of the built pages would catch it if it ever did.
 */
export function isEditModeOnly(file: string): boolean {
  return file.startsWith('app/(editor)/') || /\.edit\.(ts|tsx)$/.test(file)
}

const CLIENT_COMPONENT_FIX =
  'Remove the line and anything that needs the browser (useState, useEffect, onClick and other event handlers, usePathname). ' +
  'Do the job with HTML and CSS instead: a <details> element opens and closes, a link moves to another page, CSS can show, hide and scroll. ' +
  'Data that depends on the page can be passed in as a prop.'

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
}

function isNextScript(specifier: ts.Node | undefined): boolean {
  return specifier !== undefined && ts.isStringLiteralLike(specifier) && specifier.text === 'next/script'
}

/** Problems in one source file: a 'use client' directive, and any use of next/script. */
export function findJavaScriptInSource(file: string, text: string): NeedsJavaScript[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const found: NeedsJavaScript[] = []

  // Directives are the string statements at the very top of a module, before anything else.
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break
    if (statement.expression.text === 'use client') {
      found.push({
        file,
        line: lineOf(source, statement),
        problem: `starts with 'use client', which makes it a client component: code that runs in the reader's browser. The site runs no code there, so it would not work.`,
        fix: CLIENT_COMPONENT_FIX,
      })
    }
  }

  const nextScript = (node: ts.Node) =>
    found.push({
      file,
      line: lineOf(source, node),
      problem: 'uses next/script, which adds a script to the page. The site runs no scripts, so it would never run.',
      fix: 'Remove it, and do the job with HTML and CSS. Structured data for search engines goes in a <script type="application/ld+json"> (components/site/json-ld.tsx), which is data, not code.',
    })
  const walk = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && isNextScript(node.moduleSpecifier)) nextScript(node)
    if (ts.isCallExpression(node)) {
      const dynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword
      const require = ts.isIdentifier(node.expression) && node.expression.text === 'require'
      if ((dynamicImport || require) && isNextScript(node.arguments[0])) nextScript(node)
    }
    ts.forEachChild(node, walk)
  }
  walk(source)
  return found
}

function lineOfElement(element: Element): number | undefined {
  return element.position?.start.line
}

function isJavaScriptUrl(value: unknown): boolean {
  // The URL parser ignores leading spaces and control characters, and so do browsers.
  return typeof value === 'string' && /^javascript:/i.test(value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''))
}

function isScriptFile(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value, 'http://site.invalid/')) return false
  return /\.m?js$/i.test(new URL(value, 'http://site.invalid/').pathname)
}

/** Problems in one built page (its HTML after the runtime is removed). */
export function findJavaScriptInHtml(file: string, html: string): NeedsJavaScript[] {
  const found: NeedsJavaScript[] = []
  const add = (element: Element, problem: string, fix: string) => found.push({ file, line: lineOfElement(element), problem, fix })

  visit(parseHtml(html), 'element', (element) => {
    const { tagName, properties } = element
    if (tagName === 'script' && scriptType(element) !== DATA_SCRIPT_TYPE) {
      add(element, `has a <script>${properties.src ? ` (${properties.src})` : ''} that would run in the reader's browser.`, 'Remove the script. Only <script type="application/ld+json"> (structured data) may stay.')
    }
    if (tagName === 'link' && isScriptFile(properties.href)) {
      add(element, `has a <link> that loads the script ${properties.href}.`, 'Remove the link: pages load no script files.')
    }
    for (const [name, value] of Object.entries(properties)) {
      if (/^on[a-z]/i.test(name)) {
        add(element, `has an inline event handler, ${name.toLowerCase()}="${String(value).slice(0, 40)}", on a <${tagName}>. It is code, and would not run.`, 'Remove it. A link, a <details> element or CSS can do most of what a handler does.')
      } else if (isJavaScriptUrl(value)) {
        add(element, `has a javascript: address in ${name} on a <${tagName}>. It is code, and would not run.`, 'Use a real address (a page, #an-anchor, tel: or mailto:).')
      }
    }
    if (tagName === 'form' && String(properties.method ?? 'get').toLowerCase() === 'post') {
      add(element, 'has a <form method="post">. The site is plain files with no server to receive it, and the policy forbids sending forms.', 'Remove the form. Give a phone number or a mailto: link instead.')
    }
  })
  return found
}

/** The site's own source files, relative to `root`. */
export function listSourceFiles(root = process.cwd()): string[] {
  const files: string[] = []
  for (const folder of SOURCE_FOLDERS) {
    const dir = path.join(root, folder)
    if (!fs.existsSync(dir)) continue
    files.push(...listFiles(dir).map((f) => `${folder}/${f}`).filter((f) => SOURCE_EXTENSIONS.test(f) && !isEditModeOnly(f)))
  }
  for (const file of SOURCE_FILES) if (fs.existsSync(path.join(root, file))) files.push(file)
  return files
}

export function checkSource(root = process.cwd()): NeedsJavaScript[] {
  return listSourceFiles(root).flatMap((file) => findJavaScriptInSource(file, fs.readFileSync(path.join(root, file), 'utf8')))
}

/** Every HTML page under `outDir`; files are named as `<outDir's name>/<file>`, like "out/faq.html". */
export function checkBuiltPages(outDir: string): NeedsJavaScript[] {
  const prefix = path.basename(outDir)
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => findJavaScriptInHtml(`${prefix}/${file}`, fs.readFileSync(path.join(outDir, file), 'utf8')))
}

/** The message the build stops with. */
export function formatNeedsJavaScript(problems: readonly NeedsJavaScript[]): string {
  const lines = problems.map((p) => `- ${p.file}${p.line ? `, line ${p.line}` : ''}: ${p.problem}\n  What to do: ${p.fix}`)
  return [
    `The build stopped: the site must work without JavaScript, and ${problems.length === 1 ? 'this needs' : `these ${problems.length} things need`} it.`,
    '',
    ...lines,
    '',
    'Why: the site runs no code in the reader\'s browser (see "No JavaScript" in README.md).',
  ].join('\n')
}

export class NeedsJavaScriptError extends Error {
  constructor(readonly problems: readonly NeedsJavaScript[]) {
    super(formatNeedsJavaScript(problems))
    this.name = 'NeedsJavaScriptError'
  }
}

/** Throws NeedsJavaScriptError when there is anything to report. */
export function assertNoJavaScript(problems: readonly NeedsJavaScript[]): void {
  if (problems.length > 0) throw new NeedsJavaScriptError(problems)
}
