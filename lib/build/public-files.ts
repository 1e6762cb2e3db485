/**
 * What public/ may hold: the files the site serves as they are, copied into out/ by the build.
 * An allow-list: images of the types below, in folders and with names of lowercase letters,
 * digits and hyphens. Nothing else is published: no dotfiles (.env), no scripts, no HTML, no
 * symbolic links. An SVG is an image that can carry code, so it may hold only drawing elements
 * and plain attributes: no script, no event handlers, no foreignObject, no reference to another file.
 *
 * The content check reports these problems with the rest (so `npm run build` stops before
 * `next build`), and the after-build step checks again, so a file added between the two never ships.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Element, Root as HastRoot, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'

export const PUBLIC_DIR = path.join(process.cwd(), 'public')

/** The file types public/ may hold, and the first bytes each such file starts with. */
const IMAGE_TYPES: Record<string, { name: string; starts: (bytes: Buffer) => boolean }> = {
  '.png': { name: 'PNG image', starts: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  '.jpg': { name: 'JPEG photo', starts: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  '.jpeg': { name: 'JPEG photo', starts: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  '.gif': { name: 'GIF image', starts: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  '.webp': { name: 'WebP image', starts: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  '.avif': { name: 'AVIF image', starts: (b) => b.subarray(4, 12).toString('latin1') === 'ftypavif' },
  '.svg': { name: 'SVG drawing', starts: (b) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(b.toString('utf8')) },
}

export const PUBLIC_FILE_TYPES = Object.keys(IMAGE_TYPES)

/** A file or folder name: lowercase letters, digits and hyphens (and the extension). */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** SVG elements that only draw. Anything else (script, foreignObject, image, a, style…) is refused. */
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'rect',
  'title',
  'desc',
  'defs',
  'lineargradient',
  'radialgradient',
  'stop',
  'clippath',
  'mask',
  'symbol',
  'use',
  'text',
  'tspan',
])

export interface PublicFileProblem {
  /** Relative to the repository, like "public/images/logo.svg". */
  file: string
  message: string
  hint: string
}

const TYPES_TEXT = PUBLIC_FILE_TYPES.join(', ')

/** Every problem with the files under `dir` (public/ unless a test points elsewhere). */
export function publicFileProblems(dir = PUBLIC_DIR): PublicFileProblem[] {
  const problems: PublicFileProblem[] = []
  if (!fs.existsSync(dir)) return problems
  const shownDir = path.relative(process.cwd(), dir) || '.'
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(dir, folder), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name
      const file = `${shownDir}/${relative}`
      const refuse = (message: string, hint: string) => problems.push({ file, message, hint })
      if (entry.isSymbolicLink()) {
        refuse('This is a link to another place (a symbolic link), which would publish whatever it points to.', 'Put the real file here instead of the link, or remove it.')
      } else if (entry.isDirectory()) {
        if (NAME.test(entry.name)) walk(relative)
        else refuse(`The folder name "${entry.name}" can only have lowercase letters, digits and hyphens.`, 'Rename the folder. Images go in public/images/.')
      } else {
        const problem = fileProblem(path.join(dir, relative), entry.name)
        if (problem) refuse(problem.message, problem.hint)
      }
    }
  }
  walk('')
  return problems
}

function fileProblem(fullPath: string, name: string): { message: string; hint: string } | undefined {
  const extension = path.extname(name).toLowerCase()
  const type = IMAGE_TYPES[extension]
  if (name.startsWith('.') || !type) {
    return {
      message: `"${name}" is not a file the site publishes: the public folder holds only images (${TYPES_TEXT}).`,
      hint: 'Remove it from public/. Settings, scripts and web pages never belong there: everything in it is published for anyone to download.',
    }
  }
  const base = name.slice(0, -extension.length)
  if (!NAME.test(base) || extension !== path.extname(name)) {
    return {
      message: `The file name "${name}" can only have lowercase letters, digits and hyphens before ${extension}.`,
      hint: `Rename it, for example to "${base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'image'}${extension}".`,
    }
  }
  const bytes = fs.readFileSync(fullPath)
  if (!type.starts(bytes)) {
    return { message: `"${name}" is not a ${type.name}, though its name ends in ${extension}.`, hint: `Save the image again as a real ${type.name} file, or give it the right ending.` }
  }
  return extension === '.svg' ? svgProblem(bytes.toString('utf8')) : undefined
}

/** Why an SVG is refused: anything beyond drawing elements with plain attributes. */
export function svgProblem(text: string): { message: string; hint: string } | undefined {
  const hint = 'Export the drawing again as a plain SVG (in Inkscape: Save as "Optimized SVG"; in Illustrator: "SVG Tiny"), with no scripts, links, embedded images or fonts, or use a PNG.'
  if (/<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i.test(text)) return { message: 'This SVG declares a document type or entities, which can pull in other files.', hint }
  const tree: HastRoot = fromHtml(text, { fragment: true, space: 'svg' })
  let found: string | undefined
  const visit = (node: HastRoot | RootContent) => {
    if (found) return
    if (node.type === 'element') {
      found = elementProblem(node)
      if (found) return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return found ? { message: `This SVG holds ${found}, which could run code or load something from elsewhere.`, hint } : undefined
}

function elementProblem(element: Element): string | undefined {
  const tag = element.tagName.toLowerCase()
  if (!SVG_ELEMENTS.has(tag)) return `a <${element.tagName}> element`
  for (const [name, value] of Object.entries(element.properties)) {
    const attribute = name.toLowerCase()
    const text = Array.isArray(value) ? value.join(' ') : String(value)
    if (attribute.startsWith('on')) return `an event handler (${name})`
    if ((attribute === 'href' || attribute === 'xlinkhref') && !text.startsWith('#')) return `a reference to another file (${text})`
    if (/url\(\s*['"]?\s*(?!#)/i.test(text) || /@import|expression\(|javascript:/i.test(text)) return `a reference to another file in "${name}"`
  }
  return undefined
}
