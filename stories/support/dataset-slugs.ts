/// <reference types="vite/client" />
/**
 * The slugs of the default dataset, by document type, for the stories' controls: a designer
 * picks a need or a provider from a list instead of having to know its slug.
 */
import dataset from '../../sanity-plugin/dataset/production.ndjson?raw'

interface Doc {
  _type?: string
  slug?: {current?: string}
}

const docs: Doc[] = dataset
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Doc)

/** The slugs of every document of `type`, in alphabetical order. */
export function slugsOf(type: string): string[] {
  return docs
    .filter((doc) => doc._type === type)
    .map((doc) => doc.slug?.current)
    .filter((slug): slug is string => !!slug)
    .sort()
}

/**
 * A select control over `type`'s slugs, with none first (no preset) and, last, a value that
 * matches nothing, to show the message a misspelt preset gets.
 */
export function slugSelect(type: string, description: string) {
  return {
    options: [undefined, ...slugsOf(type), 'finns-inte'],
    control: {type: 'select'},
    description,
  } as const
}
