/**
 * The files the staff editor may write: page files under content/en/ or content/es/ with names the site accepts,
 * the program facts, and pictures under public/images/. It may delete only pages. Keystatic's own
 * check only looks at how a path starts ("contentzz.mjs" starts with "content"), so the save route
 * asks here for every file of every save.
 */
import { LANGUAGE_FOLDERS, reservedNameProblem } from '@/lib/base/addresses'
import { FACTS_FILE } from '@/lib/facts'

/** A page file: lowercase words with hyphens, in folders named the same way, ending in .mdx. */
const NAME = '[a-z0-9]+(?:-[a-z0-9]+)*'
const PAGE_FILE = new RegExp(`^content/(?:${LANGUAGE_FOLDERS.join('|')})/(?:${NAME}/)*${NAME}\\.mdx$`)
/** Pictures only: no SVG, which can hold a script. Names as uploaded, but never hidden (".x"). */
const IMAGE_FILE = /^public\/images\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._ -]*\.(?:png|jpe?g|webp|gif|avif)$/i

export function isPageFile(file: string): boolean {
  return PAGE_FILE.test(file) && reservedNameProblem(file.slice('content/'.length)) === undefined
}

/** Why the editor may not write this file, or undefined when it may. */
export function writeRefusal(file: string): string | undefined {
  if (isPageFile(file) || file === FACTS_FILE || IMAGE_FILE.test(file)) return undefined
  const reserved = PAGE_FILE.test(file) ? reservedNameProblem(file.slice('content/'.length)) : undefined
  if (reserved) return `"${file}": ${reserved.message} ${reserved.hint}`
  if (file.startsWith('content/') && file.endsWith('.mdx')) {
    return `"${file}" is not a page name the site accepts. Use lowercase words with hyphens, in content/en/ for English or content/es/ for Spanish, like content/en/first-visit.mdx.`
  }
  if (file.startsWith('public/images/')) {
    return `"${file}" is not a picture the editor may add: use a PNG, JPEG, WebP, GIF or AVIF file.`
  }
  return `The editor may not write "${file}": only pages under content/en/ and content/es/, the program facts and pictures under public/images/.`
}

/** Why the editor may not delete this file, or undefined when it may. */
export function deletionRefusal(file: string): string | undefined {
  return isPageFile(file) ? undefined : `The editor may delete only pages, not "${file}".`
}

/** The biggest save the editor accepts, as sent (pictures travel in base64, a third bigger). */
export const MAX_SAVE_BYTES = 30 * 1024 * 1024

/** Why a save of this many bytes is refused, or undefined when it is not too big. */
export function saveSizeRefusal(bytes: number): string | undefined {
  if (!(bytes > MAX_SAVE_BYTES)) return undefined
  return `This save is too big (${Math.round(bytes / 1024 / 1024)} MB): a picture can be at most about 20 MB. Make the picture smaller (fewer pixels, or JPEG or WebP instead of PNG) and try again. Nothing was saved.`
}
