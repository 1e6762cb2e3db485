import { closest, distance } from 'fastest-levenshtein'

/**
 * The candidate closest to a mistyped name, if it is close enough to be a likely typo: a few
 * letters off ("iop.week" -> "iop.weeks"), or the same start ("PhoneNumber" -> "PhoneLink").
 * Used to say "Did you mean …?" for fact names, components, fields and links.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined
  const lower = name.toLowerCase()
  const lowered = candidates.map((c) => c.toLowerCase())
  const best = closest(lower, lowered)
  if (distance(lower, best) <= Math.max(2, Math.floor(name.length / 3))) return candidates[lowered.indexOf(best)]
  const sameStart = candidates.filter((c) => lower.length >= 4 && c.toLowerCase().startsWith(lower.slice(0, 5)))
  return sameStart.length === 1 ? sameStart[0] : undefined
}
