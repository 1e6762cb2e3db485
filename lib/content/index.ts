/**
 * The one way into content. Lists, loads and validates every MDX page under `content/`.
 *
 * Pages, `generateStaticParams`, the sitemap, the content check and the tests all go through
 * here, so a page that is wrong fails the build with its file, line and field named, and a page
 * that is added shows up everywhere without a code change.
 *
 * Where a file lives decides its address, at any depth (lib/base/addresses.ts):
 *   content/en/index.mdx            -> /
 *   content/en/faq.mdx              -> /faq
 *   content/en/programs/sacot.mdx   -> /programs/sacot
 *   content/es/faq.mdx              -> /es/faq
 *
 * The parts, each its own module: frontmatter.ts (the schema), problems.ts (errors that name the
 * file, line and what to do), folder.ts (what may be under content/), parse-page.ts (one page),
 * pages.ts (every page, checked together).
 */
export * from '@/lib/content/folder'
export * from '@/lib/content/frontmatter'
export * from '@/lib/content/pages'
export * from '@/lib/content/parse-page'
export * from '@/lib/content/problems'
