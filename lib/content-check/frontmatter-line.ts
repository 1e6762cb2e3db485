/** The line of the file on which a frontmatter field starts, like "reviewedBy:"; undefined if absent. */
export function frontmatterLine(source: string, key: string): number | undefined {
  const index = source.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`))
  return index === -1 ? undefined : index + 1
}
