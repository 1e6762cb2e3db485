/** What the site accepts in the YAML that staff write (the facts file and each page's frontmatter). */
import { visit, type parseDocument } from 'yaml'

/**
 * Where the first YAML alias (*name) is, or undefined. None is accepted: staff never need one,
 * and aliases of aliases can grow a few lines into gigabytes ("billion laughs").
 */
export function firstAlias(doc: ReturnType<typeof parseDocument>): number | undefined {
  let offset: number | undefined
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0
      return visit.BREAK
    },
  })
  return offset
}

/**
 * An error that staff act on, not a bug: its message says what is wrong and what to do, and a
 * stack trace would only bury it. Build tools print `stack`, so it is the message alone.
 */
export function withoutStack<E extends Error>(error: E): E {
  error.stack = `${error.name}: ${error.message}`
  return error
}
