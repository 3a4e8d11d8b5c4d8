export declare function collapseTemplateWhitespace(
  code: string,
  ast: unknown,
): {code: string; map: unknown} | undefined
