/** Facts by name, for MDX: <Fact name="iop.weeks" /> and <FactList name="sacot.includes" />. */
import { type ProgramFacts } from '@/lib/facts/derive'

type Scalar = string | number | boolean
export type FactValue = Scalar | readonly string[]

/** Flattens nested facts to dotted names: { iop: { weeks: 12 } } -> { "iop.weeks": 12 }. */
export function flattenFacts(value: object, prefix = ''): Record<string, FactValue> {
  const out: Record<string, FactValue> = {}
  for (const [key, child] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (Array.isArray(child)) out[name] = child as string[]
    else if (child !== null && typeof child === 'object') Object.assign(out, flattenFacts(child, name))
    else if (child !== undefined) out[name] = child as Scalar
  }
  return out
}

/** Every fact by name. A program's facts are named by its key: "iop.weeks", not "programs.0.weeks". */
export function namedFactsOf(f: ProgramFacts): Record<string, FactValue> {
  const { programs, ...rest } = f
  // The language is the page's, not a fact a page shows.
  Reflect.deleteProperty(rest, 'locale')
  return Object.assign(flattenFacts(rest), ...programs.map(({ key, ...program }) => flattenFacts(program, key)))
}
