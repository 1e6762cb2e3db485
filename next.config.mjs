import createMDX from '@next/mdx'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every route is prerendered to plain HTML in out/, so any static host or CDN can serve it.
  output: 'export',
  pageExtensions: ['ts', 'tsx', 'mdx'],
  // No image server exists on a static host; images are served as they are.
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
}

// Turbopack needs plugins named as strings, with options that are plain JSON.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: ['rehype-slug'],
  },
})

export default withMDX(nextConfig)
