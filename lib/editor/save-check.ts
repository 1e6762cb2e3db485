/**
 * The build's checks, applied to what the editor is about to write, so a save that would stop the
 * build is refused with the check's own words instead of reaching the disk. Keystatic's form
 * rules catch most mistakes field by field; this catches the rest: facts that contradict each
 * other, a review date in the future, a page's text the content check refuses, a link to a page
 * the save deletes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isMap, isScalar, isSeq, parse as parseYaml, parseDocument, type Document } from 'yaml'
import { ContentError, formatProblem, getAllPages, type ContentProblem } from '@/lib/content'
import { checkContent } from '@/lib/content-check'
import { factFieldLabel } from '@/lib/editor/facts-form'
import { hintInEditor, inFormWords, pageFieldLabel, PAGE_TEXT_LABEL } from '@/lib/editor/labels'
import { FACTS_FILE, programFactsIssues, withProposedFacts } from '@/lib/facts'
import { signOffChangesInSave } from '@/lib/editor/sign-off-save'

/** One file the editor sends in a save: its path in the repository and its bytes in base64. */
export interface EditorAddition {
  path: string
  contents: string
}

const FRONTMATTER_BLOCK = /^---\r?\n[\s\S]*?\r?\n---\r?\n/
const EMPTY_LIST_LINE = /^[A-Za-z]\w*: \[\]\r?\n/gm

/**
 * The editor writes a list field with nothing in it (no sources, no guidance) as `sources: []`.
 * For a page, a field that is left out means "none", and the page schema rejects an empty list:
 * such lines are dropped from the details block before the file is written.
 */
export function withoutEmptyLists(additions: readonly EditorAddition[]): EditorAddition[] {
  return additions.map((addition) => {
    if (!addition.path.endsWith('.mdx')) return addition
    const text = Buffer.from(addition.contents, 'base64').toString('utf8')
    const cleaned = text.replace(FRONTMATTER_BLOCK, (block) => block.replace(EMPTY_LIST_LINE, ''))
    return cleaned === text ? addition : { ...addition, contents: Buffer.from(cleaned, 'utf8').toString('base64') }
  })
}

/**
 * The facts file as the editor's form says, written into the file as it is: the values change,
 * the comments, order and quoting of everything else stay. (The editor itself would write the
 * file anew, without its comments.)
 */
export function updateYamlKeepingComments(currentText: string, newText: string): string {
  const doc = parseDocument(currentText)
  if (doc.errors.length > 0) return newText
  update(doc, [], withoutEmptyValues(parseYaml(newText)))
  return doc.toString({ lineWidth: 0 })
}

/**
 * The form writes an optional fact it has no value for as an empty group or list (a note with no
 * English and no Spanish words is `note: {}`). For the facts, a fact that is left out means the
 * facts do not say, and the schema rejects an empty one: such values are left out of the file.
 */
export function withoutEmptyValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyValues)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([key, child]) => [key, withoutEmptyValues(child)] as const)
  return Object.fromEntries(entries.filter(([, child]) => !isEmpty(child)))
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0
}

function update(doc: Document, path: (string | number)[], value: unknown): void {
  const current = path.length === 0 ? doc.contents : doc.getIn(path, true)
  if (isMap(current) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = value as Record<string, unknown>
    for (const item of [...current.items]) {
      const key = isScalar(item.key) ? String(item.key.value) : undefined
      if (key !== undefined && !(key in entries)) doc.deleteIn([...path, key])
    }
    for (const [key, child] of Object.entries(entries)) update(doc, [...path, key], child)
  } else if (isSeq(current) && Array.isArray(value)) {
    current.items.splice(value.length)
    value.forEach((child, index) => {
      if (index < current.items.length) update(doc, [...path, index], child)
      else current.items.push(doc.createNode(child))
    })
  } else if (!(isScalar(current) && current.value === value)) {
    if (path.length === 0) doc.contents = doc.createNode(value)
    else doc.setIn(path, value)
  }
}

export interface EditorSave {
  additions: readonly EditorAddition[]
  deletions: readonly { path: string }[]
}

export interface SaveCheckOptions {
  /** Today's date as YYYY-MM-DD, for review dates. */
  today: string
  /** The repository, with content/ and public/ in it; the working folder unless a test says. */
  root?: string
}

/**
 * What stops a save, in the editor's words; empty when it may be saved. A save is refused
 * whenever the build's own check (`npm run content:check`, lib/content-check, and the facts
 * schema) would report an error for the files as they would be after it: the same check, run on a
 * copy of content/ with the save applied, so every rule the check has, now or later, holds here.
 * An error that is already there before the save, in a page the save does not touch, does not stop
 * it (staff could otherwise never save anything while one page waits for a fix).
 */
export async function problemsInEditorSave(save: EditorSave, options: SaveCheckOptions): Promise<string[]> {
  const root = options.root ?? process.cwd()
  const problems: string[] = []
  // Keystatic writes the additions, then deletes: a file both saved and deleted would be deleted
  // after its check passed. The editor never sends such a save.
  const deleted = new Set(save.deletions.map((deletion) => deletion.path))
  const both = [...new Set(save.additions.map((addition) => addition.path).filter((file) => deleted.has(file)))]
  if (both.length > 0) return both.map((file) => `"${file}" is both saved and deleted in this save. Reload the page and try again.`)
  const facts = save.additions.find((addition) => addition.path === FACTS_FILE)
  if (facts) problems.push(...factsProblems(decode(facts.contents)))
  // Only the sign-off action writes who reviewed a page (lib/editor/sign-off-save.ts).
  problems.push(...signOffChangesInSave(save.additions, root))
  // Facts the schema refuses cannot be tried on the pages; their problems are the answer.
  if (problems.length > 0) return problems
  const proposedFacts = facts && parseYaml(decode(facts.contents))

  // Every save is checked, a picture alone too (L5): the check's public-files rule applies to it.
  if (save.additions.length === 0 && save.deletions.length === 0) return problems

  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-save-'))
  try {
    fs.cpSync(path.join(root, 'content'), path.join(copy, 'content'), { recursive: true })
    const publicDir = path.join(root, 'public')
    if (fs.existsSync(publicDir)) fs.cpSync(publicDir, path.join(copy, 'public'), { recursive: true })
    // In Keystatic's order: additions, then deletions.
    for (const { path: file, contents } of save.additions) {
      fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true })
      fs.writeFileSync(path.join(copy, file), Buffer.from(contents, 'base64'))
    }
    for (const { path: file } of save.deletions) fs.rmSync(path.join(copy, file), { force: true })
    // Every page against the facts as the save would leave them (M3: emptying a fact a page uses,
    // or moving a program's page, names the pages it would break).
    const checkCopy = () => errorsIn(path.join(copy, 'content'), path.join(copy, 'public'), options.today)
    const after = await (facts ? withProposedFacts(proposedFacts, checkCopy) : checkCopy())
    const saved = new Set([...save.additions, ...save.deletions].map((file) => file.path))
    const elsewhere = after.filter((problem) => !saved.has(problem.file))
    // The files as they are now are checked only when another page has an error: was it there before?
    const already = new Set(elsewhere.length > 0 ? (await errorsIn(path.join(root, 'content'), publicDir, options.today)).map(sameProblem) : [])
    problems.push(...after.filter((problem) => saved.has(problem.file) || !already.has(sameProblem(problem))).map((problem) => inEditorWords(problem, saved)))
  } finally {
    fs.rmSync(copy, { recursive: true, force: true })
  }
  return problems
}

const decode = (contents: string) => Buffer.from(contents, 'base64').toString('utf8')

/** The facts schema's problems with facts about to be saved, each led by the form's label. */
function factsProblems(text: string): string[] {
  let input: unknown
  try {
    input = parseYaml(text)
  } catch (error) {
    return [`Program facts: the file cannot be read (${(error as Error).message.split('\n')[0]}).`]
  }
  return programFactsIssues(input).map((issue) => `${factFieldLabel(issue.path, input)}: ${issue.message}`)
}

/**
 * Every error the content check and the page loader report for a folder of pages, with files
 * named as in the repository ("content/en/faq.mdx"), wherever the folder is.
 */
async function errorsIn(dir: string, publicDir: string, today: string): Promise<ContentProblem[]> {
  const shown = path.relative(process.cwd(), dir) || '.'
  const shownPublic = path.relative(process.cwd(), publicDir) || '.'
  // Files named as in the repository, wherever the copy is (L6): in the file and in the words.
  const inRepository = (text: string) => text.split(`${shown}/`).join('content/').split(`${shownPublic}/`).join('public/')
  const report = await checkContent({ dir, publicDir, today })
  const problems = report.problems.filter((problem) => problem.severity === 'error')
  try {
    // Two files for one address: the loader's check, which the build runs too.
    getAllPages(dir)
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    problems.push(...error.problems.filter((problem) => !problems.some((known) => formatProblem(known) === formatProblem(problem))))
  }
  return problems.map((problem) => ({ ...problem, file: inRepository(problem.file), message: inRepository(problem.message), hint: problem.hint && inRepository(problem.hint) }))
}

/** The same problem before and after a save, wherever its line has moved to. */
const sameProblem = (p: ContentProblem) => `${p.file}\n${p.field ?? ''}\n${p.message}`

/**
 * A problem as the editor shows it: led by the form's label ("Last reviewed: ..."), or by "Page
 * text" and the line for the page's text; a problem in another page than the one saved names that
 * page ("Page text, line 12 in content/en/faq.mdx"). The words are the content check's.
 */
export function inEditorWords(problem: ContentProblem, saved: ReadonlySet<string> = new Set([problem.file])): string {
  const where = problem.field ? pageFieldLabel(problem.field) : problem.line ? `${PAGE_TEXT_LABEL}, line ${problem.line}` : ''
  const other = saved.has(problem.file) ? '' : `in ${problem.file}`
  const lead = [where, other].filter(Boolean).join(' ')
  const hint = hintInEditor(problem.hint) ? ` What to do: ${hintInEditor(problem.hint)}` : ''
  return `${lead ? `${lead}: ` : ''}${inFormWords(problem.message)}${hint}`
}
