/**
 * Reading and checking a facts file: YAML mistakes and wrong facts are reported with the file,
 * the line, the field (by the name pages use: iop.weeks) and what to do.
 */
import fs from 'node:fs'
import path from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { type Locale } from '@/lib/base/addresses'
import { firstAlias, withoutStack } from '@/lib/base/yaml-data'
import { derive, type ProgramFacts } from '@/lib/facts/derive'
import { FACTS_FILE } from '@/lib/facts/fields'
import { programFactsSchema } from '@/lib/facts/schema'

/**
 * Checks facts data and works out derived values. Throws an error whose message lists every
 * problem as `place field: what to do`, so it can be read in the build log. `lineOf` turns a
 * field's path into a line of the file, where the data came from one.
 */
export function parseProgramFacts(
  input: unknown,
  source = FACTS_FILE,
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
  locale: Locale = 'en',
): ProgramFacts {
  return parseBilingualFacts(input, source, lineOf)[locale]
}

/** The facts in each language, from one check of the data. */
export function parseBilingualFacts(
  input: unknown,
  source = FACTS_FILE,
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): Record<Locale, ProgramFacts> {
  const result = programFactsSchema.safeParse(input)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const line = lineOf(issue.path)
      return `  - ${line ? `${source}:${line} ` : ''}${fieldName(issue.path, input)}: ${issue.message}`
    })
    throw new FactsFileError(`The program facts in ${source} have ${problems.length} problem(s). Fix them, then build again:\n${problems.join('\n')}`)
  }
  return { en: derive(result.data, 'en'), es: derive(result.data, 'es') }
}

/** The facts schema's problems with facts data, each with the path of its field; empty when none. */
export function programFactsIssues(input: unknown): { path: PropertyKey[]; message: string }[] {
  const result = programFactsSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }))
}

/** programs.0.weeks reads better as iop.weeks: the name pages use for the fact. */
function fieldName(fieldPath: readonly PropertyKey[], input: unknown): string {
  const [first, index, ...rest] = fieldPath.map(String)
  if (first === 'programs' && index !== undefined) {
    const key = (input as { programs?: { key?: unknown }[] })?.programs?.[Number(index)]?.key
    const program = typeof key === 'string' && key ? key : `program ${Number(index) + 1}`
    return [program, ...rest].join('.')
  }
  return fieldPath.map(String).join('.') || '(top level)'
}

/** A facts file that cannot be used: the message names the file, the line and what to do. */
export class FactsFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FactsFileError'
    withoutStack(this)
  }
}

/** Reads a facts file (YAML), giving YAML mistakes and wrong facts with their line. */
export function loadProgramFacts(file = path.join(process.cwd(), FACTS_FILE), locale: Locale = 'en'): ProgramFacts {
  return loadBilingualFacts(file)[locale]
}

/** Reads a facts file once, in both languages. */
export function loadBilingualFacts(file = path.join(process.cwd(), FACTS_FILE)): Record<Locale, ProgramFacts> {
  const shown = path.relative(process.cwd(), file) || file
  if (!fs.existsSync(file)) {
    throw new FactsFileError(
      `The program facts file ${shown} is missing, and every page needs it. Put it back: undo its deletion (git checkout -- ${shown}), or ask a developer.`,
    )
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter, prettyErrors: false })
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => `  - ${shown}:${lineCounter.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`)
    throw new FactsFileError(
      `The program facts in ${shown} are not written correctly. Each line should look like "weeks: 12"; put quotes around text that has a colon in it:\n${problems.join('\n')}`,
    )
  }
  const alias = firstAlias(doc)
  if (alias !== undefined) {
    throw new FactsFileError(`The program facts in ${shown} use a YAML alias (*name) on line ${lineCounter.linePos(alias).line}, which the site does not accept. Write the value out in full instead.`)
  }
  return parseBilingualFacts(doc.toJS(), shown, (fieldPath) => {
    // The field itself, or the nearest enclosing one that exists (a missing field has no line).
    for (let n = fieldPath.length; n >= 0; n--) {
      const node = doc.getIn(fieldPath.slice(0, n), true) as { range?: [number] } | undefined
      if (node?.range) return lineCounter.linePos(node.range[0]).line
    }
    return undefined
  })
}
