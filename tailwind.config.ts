import type { Config } from 'tailwindcss'

/**
 * Design tokens. A small, calm palette; every text/background pair used on the site passes WCAG AA
 * (contrast ratios are noted beside each color, against white unless said otherwise).
 * Loaded by app/globals.css through `@config`; the files Tailwind reads for class names are listed
 * there (`@source`), never content/.
 */
export default {
  theme: {
    extend: {
      colors: {
        ink: '#1d2733', // body text, 15.0:1
        muted: '#4a5562', // secondary text, 7.5:1
        brand: {
          DEFAULT: '#0b5563', // headings, header band, 8.0:1
          dark: '#083f4a', // hover on brand, 10.9:1
          light: '#e6f1f3', // panels behind ink text
        },
        link: { DEFAULT: '#0b5ea8', visited: '#5b3a8c' }, // 6.3:1 and 8.4:1
        crisis: { DEFAULT: '#8a1c1c', light: '#fbeaea' }, // 8.6:1; panel behind ink text
        focus: '#ffdd00', // focus background, with ink text 12.9:1
        line: '#b3bcc5', // borders that carry no meaning
      },
      fontFamily: {
        // System fonts: nothing to download, text shows at once on every phone.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      },
      maxWidth: {
        prose: '68ch', // about 70 characters a line
      },
    },
  },
} satisfies Config
