/**
 * The custom elements manifest as the docs should show it: the public API only (the analyzer
 * also lists private and protected members, such as controllers and internal state, and the
 * static styles, which are no business of a page author), and the `@summary` as the description
 * where a class has no other (Storybook shows only the description). Parts are named as a page's
 * CSS selects them, `::part(municipality)`: Storybook keys its table and controls by name, and a
 * part named as an attribute, a property or a slot (the carousel's `municipality`, the wheel's
 * `description`, the finder's `filters`) would otherwise take its place.
 */
interface Member {
  name?: string
  attribute?: string
  kind?: string
  privacy?: string
  static?: boolean
}

interface Declaration {
  tagName?: string
  members?: Member[]
  cssParts?: {name: string; [key: string]: unknown}[]
  summary?: string
  description?: string
  [key: string]: unknown
}

interface Manifest {
  modules?: {declarations?: Declaration[]; [key: string]: unknown}[]
  [key: string]: unknown
}

function isPublic(member: Member): boolean {
  if (member.privacy === 'private' || member.privacy === 'protected') return false
  if (member.static) return false
  return !member.name?.startsWith('_') && !member.name?.startsWith('#')
}

export function publicApi(manifest: unknown): Manifest {
  const source = manifest as Manifest
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        description: declaration.description || declaration.summary,
        members: declaration.members?.filter(isPublic),
        cssParts: declaration.cssParts?.map((part) => ({...part, name: `::part(${part.name})`})),
      })),
    })),
  }
}
