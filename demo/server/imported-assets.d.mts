// Types for imported-assets.mjs, for the TypeScript tests that serve the demo.

export declare function withImportedAssets(
  documents: Record<string, unknown>[],
  datasetPath: string,
  publicUrl: (path: string) => string,
): Promise<Record<string, unknown>[]>
