/** Addresses inside the editor (Keystatic), so the content problems page can link to the page to fix. */

/** The collection of each language's pages in keystatic.config.tsx. */
const COLLECTION = { en: 'pages', es: 'pagesEs' } as const

/** The editor's screen for a file, like "content/en/programs/sacot.mdx" or "content/es/faq.mdx". */
export function editorUrlForFile(file: string): string | undefined {
  if (file === 'content/program-facts.yaml') return '/keystatic/singleton/facts'
  const match = /^content\/(en|es)\/(.+)\.mdx$/.exec(file)
  return match ? `/keystatic/collection/${COLLECTION[match[1] as keyof typeof COLLECTION]}/item/${encodeURIComponent(match[2])}` : undefined
}
