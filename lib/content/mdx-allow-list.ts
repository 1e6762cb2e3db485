/**
 * What a page may contain: Markdown (with GitHub's tables, strikethrough and task lists) and the
 * site's own components (lib/content/mdx-components-list.ts) with the props each declares, written as
 * plain values. Anything not on this list is refused: HTML elements (<abbr>, <meta>, <script>),
 * anything in curly braces { } (values, spreads, comments), import and export lines, and links or
 * images that lead anywhere but https pages, email, phone links and this site's own files.
 *
 * An allow-list, not a deny-list: a page is data, never code, so there is nothing for a misused
 * account or an outside pull request to run on the build machine or send to readers.
 *
 * Two places run this one rule, so neither can be skipped:
 *   - the content check (lib/content-check/allow-list.ts), which reports every problem at once;
 *   - the MDX compile of `next build` (lib/content/remark-allow-list.mjs, named in next.config.mjs), which
 *     stops the build on a page that breaks it before any of the page's code could run.
 *
 * This module imports only through relative paths, because the compile loads it outside the app's
 * own module resolution (no "@/" paths there).
 */
import type { Nodes, Root } from 'mdast'
import { MDX_COMPONENTS, MDX_COMPONENT_NAMES, isMdxComponentName, type ComponentRule } from './mdx-components-list'
import { closestName } from '../base/suggest'

export interface AllowListProblem {
  line?: number
  column?: number
  /** What is wrong, in plain words. */
  message: string
  /** What to write instead. */
  hint: string
}

/**
 * Markdown's own node types that a page may hold, as remark (with GFM and frontmatter) reads them.
 * `yaml` is the frontmatter block. Any other type (HTML, expressions, ESM) is refused.
 */
const MARKDOWN_NODES = new Set<string>([
  'root',
  'yaml',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'blockquote',
  'list',
  'listItem',
  'thematicBreak',
  'break',
  'link',
  'linkReference',
  'image',
  'definition',
  'table',
  'tableRow',
  'tableCell',
])

const COMPONENT_LIST = MDX_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ')

type Positioned = { position?: { start: { line: number; column: number } } }

function at(node: Positioned, message: string, hint: string): AllowListProblem {
  return { line: node.position?.start.line, column: node.position?.start.column, message, hint }
}

/** Every place in the page that is not on the allow-list, in the order they appear. */
export function allowListProblems(tree: Root): AllowListProblem[] {
  const problems: AllowListProblem[] = []
  const walk = (node: Nodes) => {
    problems.push(...problemsOf(node))
    // The children of a refused element are not looked at: the element itself has to go.
    if (isRefusedContainer(node)) return
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(tree)
  return problems
}

function isRefusedContainer(node: Nodes): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !(node.name && isMdxComponentName(node.name))
}

function problemsOf(node: Nodes): AllowListProblem[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        at(
          node,
          'Pages cannot contain import or export lines: they would run code when the site is built.',
          'Remove the line. The components listed in CONTENT.md work without an import.',
        ),
      ]
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [
        at(
          node,
          'Curly braces { } hold code, which pages cannot contain (notes to other editors in {/* */} included).',
          'To show a { as text, write \\{. Keep notes to other editors outside the page, for example in the pull request.',
        ),
      ]
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return componentProblems(node)
    case 'html':
      return [at(node, 'Pages cannot contain HTML.', `Write it in Markdown, or use one of the site's components: ${COMPONENT_LIST}.`)]
    case 'link':
    case 'definition': {
      const problem = urlProblem(node.url, 'link')
      return problem ? [at(node, problem.message, problem.hint)] : []
    }
    case 'image': {
      const problem = urlProblem(node.url, 'image')
      return problem ? [at(node, problem.message, problem.hint)] : []
    }
    case 'footnoteReference':
    case 'footnoteDefinition':
      // The compile writes footnotes with English words ("Footnotes", "Back to reference 1") on
      // every page, and a heading the heading check never sees (L12).
      return [
        at(
          node,
          'Footnotes ([^1]) are not something pages can contain: they would be labelled in English on every page.',
          'Put the note in the text itself, in a sentence of its own. To show where a fact comes from, cite the page\'s source with <Cite source="…" />.',
        ),
      ]
    case 'imageReference':
      // ![what it shows][name], ![name][] and ![name]: the address is in a definition elsewhere,
      // which the link rule would let through. Images are written in one piece, so the image rule
      // and the alt-text rule always see them.
      return [
        at(
          node,
          'An image written by reference (![what it shows][name]) is not something pages can contain: its address is kept elsewhere on the page.',
          'Write the image in one piece, with its file in public/images/: ![what the image shows](/images/picture.jpg).',
        ),
      ]
    default:
      if (MARKDOWN_NODES.has(node.type)) return []
      return [at(node, `This part of the page (${node.type}) is not something pages can contain.`, 'Write it as plain Markdown text. CONTENT.md shows what pages can hold.')]
  }
}

function componentProblems(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>): AllowListProblem[] {
  const name = node.name
  if (!name) {
    return [at(node, 'An empty tag <> … </> is not something pages can contain.', 'Remove the <> and </> around the text.')]
  }
  if (!isMdxComponentName(name)) {
    if (/^[a-z]/.test(name)) {
      return [
        at(
          node,
          `Pages cannot contain HTML, like this <${name}> tag: it could run code or send readers elsewhere.`,
          `${htmlAlternative(name)} The site's components are: ${COMPONENT_LIST}.`,
        ),
      ]
    }
    const suggestion = closestName(name, MDX_COMPONENT_NAMES)
    return [
      at(
        node,
        `There is no component called <${name}>.${suggestion ? ` Did you mean <${suggestion}>?` : ''}`,
        `The components you can use are: ${COMPONENT_LIST}. CONTENT.md shows an example of each.`,
      ),
    ]
  }
  const rule: ComponentRule = MDX_COMPONENTS[name]
  const problems: AllowListProblem[] = []
  const given = new Set<string>()
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(at(node, `<${name}> has something in curly braces { }, which is code.`, `Write each value in "quotes", like ${example(name, rule)}.`))
      continue
    }
    const prop = rule.props[attribute.name]
    if (!prop) {
      const known = Object.keys(rule.props)
      problems.push(
        at(
          node,
          `<${name}> has no setting called "${attribute.name}".`,
          known.length > 0 ? `Its settings are: ${known.join(', ')}. Remove "${attribute.name}" or correct it.` : `<${name}> takes no settings: write it as <${name} />.`,
        ),
      )
      continue
    }
    given.add(attribute.name)
    const value = attribute.value
    if (value !== null && value !== undefined && typeof value !== 'string') {
      problems.push(at(node, `<${name}>'s "${attribute.name}" is written in curly braces { }, which is code.`, `Write the value in "quotes", like ${example(name, rule)}.`))
    } else if (prop.kind === 'flag' && value !== null && value !== undefined) {
      problems.push(at(node, `<${name}>'s "${attribute.name}" is an on-or-off setting and takes no value.`, `Write just its name to turn it on, like <${name} ${attribute.name} />, or leave it out.`))
    } else if (prop.kind !== 'flag' && (value === null || value === undefined)) {
      problems.push(at(node, `<${name}>'s "${attribute.name}" needs a value.`, `Write it with a value in "quotes", like ${example(name, rule)}.`))
    } else if (prop.kind === 'number' && !/^\d+$/.test(value ?? '')) {
      problems.push(at(node, `<${name}>'s "${attribute.name}" must be a whole number, like "3".`, `Write only digits between the quotes.`))
    }
  }
  for (const [propName, prop] of Object.entries(rule.props)) {
    if ('required' in prop && prop.required && !given.has(propName)) {
      problems.push(at(node, `<${name}> needs "${propName}".`, `Write it like ${example(name, rule)}.`))
    }
  }
  if (!rule.children && node.children.length > 0) {
    problems.push(at(node, `<${name}> cannot have text inside it.`, `Write it on its own, ending with />, like ${example(name, rule)}, and put the text outside it.`))
  }
  return problems
}

/** An example of a component written correctly, for messages. */
function example(name: string, rule: ComponentRule): string {
  const required = Object.entries(rule.props).filter(([, prop]) => 'required' in prop && prop.required)
  const samples: Record<string, string> = { name: name === 'FactList' ? 'sacot.includes' : 'iop.weeks', line: 'suicideAndCrisis', label: 'Call' }
  const shown = (required.length > 0 ? required : Object.entries(rule.props).filter(([, prop]) => prop.kind !== 'flag').slice(0, 1)).map(
    ([propName, prop]) => (prop.kind === 'flag' ? propName : `${propName}="${samples[propName] ?? (prop.kind === 'number' ? '1' : 'text')}"`),
  )
  return `<${name}${shown.map((s) => ` ${s}`).join('')} />`
}

/** What to write instead of an HTML element, for the ones people reach for. */
function htmlAlternative(tag: string): string {
  switch (tag) {
    case 'a':
      return 'Write a link in Markdown: [the words to click](/faq) or [a website](https://www.samhsa.gov).'
    case 'img':
      return 'Show an image in Markdown: ![what the image shows](/images/file-name.jpg).'
    case 'strong':
    case 'b':
      return 'Write bold text in Markdown: **bold words**.'
    case 'em':
    case 'i':
      return 'Write italic text in Markdown: *italic words*.'
    case 'br':
      return 'Start a new paragraph with an empty line instead.'
    case 'abbr':
      return 'Write the full words the first time, with the short form after them in brackets: Intensive Outpatient Program (IOP).'
    default:
      return 'Write it in Markdown instead.'
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses of links and images
// ---------------------------------------------------------------------------------------------

/**
 * A path on this site: lowercase words with hyphens and dots, in folders; an optional #part of
 * the page. No "..", no "//", no backslash, nothing encoded: it can only name a page or a file.
 * The #part is made from a heading, so it may hold letters with accents (a Spanish heading
 * "¿Cómo empiezo?" is #cómo-empiezo), but nothing else.
 */
const SITE_PATH = /^\/(?:[a-z0-9_-]+(?:\.[a-z0-9]+)*(?:\/[a-z0-9_-]+(?:\.[a-z0-9]+)*)*)?(?:#[\p{L}\p{N}_-]+)?$/u
const ANCHOR = /^#[\p{L}\p{N}_-]+$/u
const EMAIL = /^mailto:[^\s@/\\]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i
/** Phone links are allowed as addresses; the content check asks for <PhoneLink /> instead. */
const PHONE = /^(?:tel|sms):\+?[0-9-]+$/

/** Why an address is refused, or undefined where it is on the list. Exported for the tests. */
export function urlProblem(url: string, use: 'link' | 'image'): { message: string; hint: string } | undefined {
  if (use === 'image') {
    if (SITE_PATH.test(url) && !url.includes('#')) return undefined
    return {
      message: `The image "${url}" is not a file of this site.`,
      hint: 'Images must be files in the public folder, so no other company sees who reads the page. Save the file in public/images/ and write ![what it shows](/images/its-name.jpg).',
    }
  }
  if (SITE_PATH.test(url) || ANCHOR.test(url) || EMAIL.test(url) || PHONE.test(url)) return undefined
  if (/^https:\/\//i.test(url)) {
    try {
      const parsed = new URL(url)
      // No user name or password in the address: "https://samhsa.gov@evil.example" goes to evil.example.
      if (parsed.protocol === 'https:' && parsed.hostname.includes('.') && !parsed.username && !parsed.password && !/[\s\\]/.test(url)) return undefined
    } catch {
      // Falls through to the message below.
    }
    return { message: `The link "${url}" is not a web address that can be opened.`, hint: 'Copy the address from the browser\'s address bar, starting with https://.' }
  }
  if (/^http:\/\//i.test(url)) {
    return { message: `The link "${url}" starts with http://, which is not safe.`, hint: 'Use the https:// address of the same page. If the site has none, do not link to it.' }
  }
  if (url.startsWith('/')) {
    return {
      message: `The link "${url}" is not the address of a page or file of this site.`,
      hint: 'Links to our own pages are lowercase words with hyphens, like /faq or /programs/sacot, optionally with a #part: /faq#what-does-it-cost.',
    }
  }
  return {
    message: `Pages can only link to https:// websites, email addresses, and this site's own pages; "${url}" is none of these.`,
    hint: 'Write a link to our own page as /faq or /programs/sacot, to another website as https://…, and an email as mailto:name@example.org. For phone numbers, use <PhoneLink />.',
  }
}
