import { closest, distance } from 'fastest-levenshtein'

/**
 * The candidate closest to a mistyped name, if it is close enough to be a likely typo.
 * Used to say "Did you mean …?" for fact names, components, fields and links.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined
  const best = closest(name.toLowerCase(), candidates.map((c) => c.toLowerCase()))
  const original = candidates.find((c) => c.toLowerCase() === best)
  return distance(name.toLowerCase(), best) <= Math.max(2, Math.floor(name.length / 3)) ? original : undefined
}
