/** Addresses inside the editor (Keystatic), so the content problems page can link to the page to fix. */

/** The editor's screen for a file under content/, like "programs/sacot.mdx". */
export function editorUrlForFile(file: string): string | undefined {
  if (file === 'content/program-facts.yaml') return '/keystatic/singleton/facts'
  const match = /^content\/(.+)\.mdx$/.exec(file)
  return match ? `/keystatic/collection/pages/item/${encodeURIComponent(match[1])}` : undefined
}
