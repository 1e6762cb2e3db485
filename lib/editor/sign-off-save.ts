/**
 * Sign-offs and the editor's saves: only the sign-off action writes `signOff:` (who reviewed a
 * page, lib/content/sign-off.ts). A save that sets or changes it is refused; a save that leaves it
 * out (the editor's form does not show it) keeps the sign-off the file has, so saving a page never
 * drops a review record. Whether the sign-off still holds is the fingerprint's business: a changed
 * text shows as awaiting review.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { signOffsInFile, withSignOffsInFile } from '@/lib/content/sign-off'
import type { EditorAddition } from '@/lib/editor/save-check'

/** The label a refused sign-off change is led by in the editor. */
export const SIGN_OFF_LABEL = 'Sign-off'

const isPageFile = (file: string) => file.startsWith('content/') && file.endsWith('.mdx')
const decode = (contents: string) => Buffer.from(contents, 'base64').toString('utf8')

function currentText(root: string, file: string): string | undefined {
  try {
    return fs.readFileSync(path.join(root, file), 'utf8')
  } catch {
    return undefined
  }
}

/**
 * The additions with each page's sign-off carried over from the file as it is, where the save
 * leaves the field out. A save that writes the field is left as it is, for the check below.
 */
export function keepSignOffs(additions: readonly EditorAddition[], root: string = process.cwd()): EditorAddition[] {
  return additions.map((addition) => {
    if (!isPageFile(addition.path)) return addition
    const text = decode(addition.contents)
    if (signOffsInFile(text) !== undefined) return addition
    const current = currentText(root, addition.path)
    const kept = current === undefined ? undefined : signOffsInFile(current)
    if (kept === undefined) return addition
    try {
      return { ...addition, contents: Buffer.from(withSignOffsInFile(text, kept), 'utf8').toString('base64') }
    } catch {
      // A page whose details cannot be read: the save check names the problem.
      return addition
    }
  })
}

/** Why a save may not be made because it sets or changes a sign-off, one line per page; empty when none does. */
export function signOffChangesInSave(additions: readonly EditorAddition[], root: string = process.cwd()): string[] {
  return additions.flatMap((addition) => {
    if (!isPageFile(addition.path)) return []
    const written = signOffsInFile(decode(addition.contents))
    const current = currentText(root, addition.path)
    const before = current === undefined ? undefined : signOffsInFile(current)
    if (written === undefined || isDeepStrictEqual(written, before)) return []
    return [
      `${SIGN_OFF_LABEL}: ${addition.path} would get a sign-off that the Sign off button did not make. Only a clinical or translation reviewer signs off a page, with the Sign off button in the editor; remove "signOff" from the page's details and save again.`,
    ]
  })
}
