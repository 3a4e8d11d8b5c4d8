/** The file an exported image reference names, resolved against the dataset's folder. */
export function exportedImageFile(ref: unknown, datasetPath: string): string | undefined

/** A low-quality placeholder as Sanity computes it: a 20-pixel-wide JPEG, as a data URI. */
export function lqipOf(file: string): Promise<string>
