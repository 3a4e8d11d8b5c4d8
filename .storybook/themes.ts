/**
 * The "Theme" toolbar: the design tokens (`--ijh-*`, see `components/shared/shared.styles.ts`) a
 * host page sets to brand the elements. Each theme keeps WCAG 2.2 AA contrast against its surface
 * and surface-alt: text ≥ 14:1, muted text ≥ 7:1, the accent (links) ≥ 7:1, the retry button's
 * text on the accent ≥ 7:1, borders and the focus ring ≥ 3:1.
 *
 * The municipal themes are illustrations of a municipality's own branding, not its official
 * graphic profile.
 */
export type ThemeName = 'default' | 'ostersund' | 'harjedalen'

export interface Theme {
  title: string
  /** The custom properties set on the story frame; empty for the elements' own defaults. */
  tokens: Record<`--ijh-${string}`, string>
}

export const THEMES: Record<ThemeName, Theme> = {
  default: {title: 'Default', tokens: {}},
  ostersund: {
    title: 'Östersund (example branding)',
    tokens: {
      '--ijh-color-text': '#231f20',
      '--ijh-color-text-muted': '#574a45',
      '--ijh-color-surface': '#fffcf7',
      '--ijh-color-surface-alt': '#f6eee4',
      '--ijh-color-border': '#8c7b70',
      '--ijh-color-accent': '#9e1b32',
      '--ijh-color-accent-contrast': '#ffffff',
      '--ijh-color-focus': '#005fcc',
      '--ijh-font-family': "Georgia, 'Times New Roman', serif",
      '--ijh-radius': '0.25rem',
    },
  },
  harjedalen: {
    title: 'Härjedalen (example branding)',
    tokens: {
      '--ijh-color-text': '#1c2419',
      '--ijh-color-text-muted': '#46523f',
      '--ijh-color-surface': '#ffffff',
      '--ijh-color-surface-alt': '#edf3e8',
      '--ijh-color-border': '#76866d',
      '--ijh-color-accent': '#2d5a27',
      '--ijh-color-accent-contrast': '#ffffff',
      '--ijh-color-focus': '#8a2be2',
      '--ijh-font-family': "Verdana, 'DejaVu Sans', sans-serif",
      '--ijh-radius': '0',
    },
  },
}

export function themeFor(name: unknown): Theme {
  return THEMES[name as ThemeName] ?? THEMES.default
}
