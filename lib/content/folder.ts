/**
 * What is under content/: the two language folders (en/ and es/, with the same file names) and
 * the facts file, and nothing else. Lists the page files and refuses anything that cannot be one.
 */
import fs from 'node:fs'
import path from 'node:path'
import { LANGUAGE_FOLDERS, reservedNameProblem } from '@/lib/base/addresses'
import { type ContentProblem } from '@/lib/content/problems'

export const CONTENT_DIR = path.join(process.cwd(), 'content')

/** The facts file, the one file under content/ that is not a page. */
const FACTS_FILE_NAME = 'program-facts.yaml'

/** A page's file name, and each folder's: lowercase letters, digits and single hyphens. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Upper Case é" -> "upper-case-e": the nearest valid name, for messages. */
export function suggestedName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'new-page'
  )
}

function isLanguageFolder(name: string): boolean {
  return (LANGUAGE_FOLDERS as readonly string[]).includes(name)
}

interface ContentListing {
  /** Page files, relative to the folder with forward slashes, sorted. */
  files: string[]
  /** Files and folders that are not valid pages, each with what to do. */
  problems: ContentProblem[]
}

/**
 * What is under `dir`: the page files, and anything that cannot be one. Only these are accepted:
 * at the top, the language folders (en/, es/) and the facts file; inside them, .mdx pages and
 * folders named in lowercase letters, digits and hyphens. A link (symlink) is refused: it would
 * bring in files from outside content/.
 */
export function readContentFolder(dir = CONTENT_DIR): ContentListing {
  const shownDir = path.relative(process.cwd(), dir) || '.'
  const files: string[] = []
  const problems: ContentProblem[] = []
  const refuse = (relative: string, message: string, hint: string) => problems.push({ file: `${shownDir}/${relative}`, message, hint, severity: 'error' })
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(dir, folder), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name
      if (entry.isSymbolicLink()) {
        refuse(relative, 'This is a link to another place (a symbolic link), not a real file or folder.', 'Put the real file or folder here instead of the link, or remove it.')
      } else if (!folder && relative !== FACTS_FILE_NAME && !(entry.isDirectory() && isLanguageFolder(entry.name))) {
        refuse(
          relative,
          'The content folder holds only the English pages (en/), the Spanish pages (es/) and the program facts file.',
          entry.name.endsWith('.mdx') ? `Move this page into content/en/ (English) or content/es/ (Spanish): its address stays the same.` : 'Move it into content/en/ or content/es/, or out of content/. Images go in public/images/.',
        )
      } else if (entry.isDirectory()) {
        if (NAME.test(entry.name)) walk(relative)
        else refuse(relative, `The folder name "${entry.name}" can only have lowercase letters, digits and hyphens: it becomes part of web addresses.`, `Rename the folder to "${suggestedName(entry.name)}".`)
      } else if (relative === FACTS_FILE_NAME) {
        continue
      } else if (!entry.name.endsWith('.mdx')) {
        refuse(relative, 'Only pages (files ending in .mdx) and the program facts file belong in the content folder.', 'Move this file out of content/. Images go in public/images/.')
      } else if (!NAME.test(entry.name.slice(0, -'.mdx'.length))) {
        refuse(
          relative,
          `The file name "${entry.name}" can only have lowercase letters, digits and hyphens before .mdx: it becomes the page's web address.`,
          `Rename the file to "${suggestedName(entry.name.slice(0, -'.mdx'.length))}.mdx".`,
        )
      } else {
        const reserved = reservedNameProblem(relative)
        if (reserved) refuse(relative, reserved.message, reserved.hint)
        else files.push(relative)
      }
    }
  }
  walk('')
  return { files: files.sort(), problems }
}

/** Every valid page file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listContentFiles(dir = CONTENT_DIR): string[] {
  return readContentFolder(dir).files
}
