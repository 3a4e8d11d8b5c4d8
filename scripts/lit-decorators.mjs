/**
 * Lit's decorators written out as the plain JavaScript Lit documents for them (`static
 * properties`, a getter per `@query`), by Lit's own transformer (`@lit/ts-transformers`), in the CDN
 * build only. The sources keep the decorators (our standards 3 and 6); the npm build leaves them to
 * the user's bundler. Each element's module is about 600 bytes smaller gzipped: no decorator calls,
 * no decorator runtime.
 *
 * Lit's transformer drops a member that has a Lit decorator together with every other decorator on
 * it, such as `@consume` from `@lit/context` beside `@state`. So, before it runs, such decorators
 * are moved off the member into a call after the class, which is what TypeScript's legacy
 * decorators compile to for a field: `decorator(Class.prototype, 'name')`. Only fields can carry
 * them; any other member with both kinds stops the build.
 *
 * One TypeScript program (TypeScript 5.9, which has the compiler API that tsgo lacks) serves every
 * build in a run: the transformer needs its type checker.
 */
import {idiomaticDecoratorsTransformer} from '@lit/ts-transformers'
import ts from 'typescript'

/** Where Lit's decorators come from: the modules the transformer knows. */
const LIT_DECORATORS = /^(lit|lit-element|@lit\/reactive-element)\/decorators(\.js|\/[\w-]+\.js)?$/

/** Whether a module is one whose decorators are written out. */
export const hasLitDecorators = (code, id) =>
  /[\\/]components[\\/].+\.ts$/.test(id) && /from\s*['"]lit\/decorators\.js['"]/.test(code)

let program

/** The program of the components' sources, made once. */
function componentsProgram(root) {
  if (program) return program
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}/tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
      },
    },
  )
  program = ts.createProgram({
    rootNames: config.fileNames.filter((file) => /[\\/]components[\\/]/.test(file)),
    options: {
      ...config.options,
      noEmit: false,
      declaration: false,
      sourceMap: true,
      inlineSources: true,
      inlineSourceMap: false,
      importHelpers: false,
    },
  })
  return program
}

/** The names a file imports from Lit's decorator modules. */
function litDecoratorNames(file) {
  const names = new Set()
  for (const statement of file.statements) {
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      LIT_DECORATORS.test(statement.moduleSpecifier.text) &&
      statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings)
    ) {
      for (const element of statement.importClause.namedBindings.elements)
        names.add(element.name.text)
    }
  }
  return names
}

const decoratorName = (decorator) => {
  const callee = ts.isCallExpression(decorator.expression)
    ? decorator.expression.expression
    : decorator.expression
  return ts.isIdentifier(callee) ? callee.text : undefined
}

/**
 * Moves every other decorator off a member that also has a Lit decorator: it is applied after the
 * class, as TypeScript applies a legacy field decorator.
 */
export const otherDecoratorsApart = (context) => (file) => {
  const lit = litDecoratorNames(file)
  const {factory} = context
  const where = (node) => {
    const {line} = file.getLineAndCharacterOfPosition(node.getStart(file))
    return `${file.fileName}:${line + 1}`
  }
  const statements = file.statements.flatMap((statement) => {
    if (!ts.isClassDeclaration(statement) || !statement.name) return [statement]
    const calls = []
    const members = statement.members.map((member) => {
      const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : []
      const others = decorators.filter((decorator) => !lit.has(decoratorName(decorator)))
      if (others.length === 0 || others.length === decorators.length) return member
      if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) {
        throw new Error(
          `${where(member)}: Lit's decorators and others on one member are written out only on a field`,
        )
      }
      const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)
      const target = isStatic
        ? statement.name
        : factory.createPropertyAccessExpression(statement.name, 'prototype')
      // Legacy decorators apply from the last to the first.
      for (const decorator of [...others].reverse()) {
        calls.push(
          factory.createExpressionStatement(
            factory.createCallExpression(decorator.expression, undefined, [
              target,
              factory.createStringLiteral(member.name.text),
            ]),
          ),
        )
      }
      return factory.updatePropertyDeclaration(
        member,
        member.modifiers?.filter((modifier) => !others.includes(modifier)),
        member.name,
        member.questionToken ?? member.exclamationToken,
        member.type,
        member.initializer,
      )
    })
    if (calls.length === 0) return [statement]
    return [
      factory.updateClassDeclaration(
        statement,
        statement.modifiers,
        statement.name,
        statement.typeParameters,
        statement.heritageClauses,
        members,
      ),
      ...calls,
    ]
  })
  return factory.updateSourceFile(file, statements)
}

/**
 * A module's JavaScript with Lit's decorators written out, and its source map; `undefined` for a
 * module without them. `code` must be the file as it is on disk.
 */
export function writeOutLitDecorators(code, id, root = process.cwd()) {
  if (!hasLitDecorators(code, id)) return undefined
  const program = componentsProgram(root)
  const file = program.getSourceFile(id)
  if (!file) throw new Error(`${id} is not among the components' sources`)
  if (file.text !== code)
    throw new Error(`${id} was changed before its decorators were written out`)
  let js
  let map
  const {emitSkipped, diagnostics} = program.emit(
    file,
    (name, text) => {
      if (name.endsWith('.map')) map = JSON.parse(text)
      else js = text
    },
    undefined,
    false,
    {before: [otherDecoratorsApart, idiomaticDecoratorsTransformer(program)]},
  )
  if (emitSkipped || js === undefined) {
    throw new Error(`${id}: ${ts.formatDiagnostics(diagnostics, ts.createCompilerHost({}))}`)
  }
  return {code: js.replace(/\/\/# sourceMappingURL=\S+\s*$/, ''), map}
}

/** The rollup plugin: the first to transform a module. */
export const litDecorators = (root = process.cwd()) => ({
  name: 'ijh-lit-decorators',
  transform(code, id) {
    return writeOutLitDecorators(code, id, root) ?? null
  },
})
