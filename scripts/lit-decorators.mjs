/**
 * Lit's decorators written out as the plain JavaScript Lit documents for them (`static
 * properties`, a getter per `@query`), by Lit's own transformer (`@lit/ts-transformers`), in both
 * element builds (rollup.config.mjs). The sources keep the decorators, as the developers' guide
 * asks (its standards 3 and 6). About 350 bytes less gzipped per CDN module, 200 per npm entry: no
 * decorator calls, no decorator runtime.
 *
 * Before Lit's transformer runs, a pass of our own prepares each class, and stops the build in
 * the direct cases where the written-out class would behave differently:
 *
 * - Lit's transformer drops a member that has a Lit decorator together with every other decorator
 *   on it, such as `@consume` from `@lit/context` beside `@state`. Such decorators are moved off
 *   the member into a call after the class, which is what TypeScript's legacy decorators compile
 *   to for a field: `decorator(Class.prototype, 'name')`. Only a field of a named top-level class
 *   can carry them; any other member or class with both kinds stops the build.
 * - Lit's transformer moves the reactive properties' initializers to the end of the constructor,
 *   after the other fields' initializers and any constructor body. A class whose `@property` or
 *   `@state` fields have initializers stops the build if it has a constructor of its own, or a
 *   field whose initializer reads one of them as `this.<name>` other than inside a function.
 *   Reads it cannot see (through a getter, a controller's constructor, `this['name']`) are the
 *   author's to avoid.
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
  /[\\/]components[\\/].+\.ts$/.test(id) &&
  [...code.matchAll(/from\s*['"]([^'"]+)['"]/g)].some(([, module]) => LIT_DECORATORS.test(module))

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

/** The names a file imports from Lit's decorator modules: each local name, with Lit's name for it. */
function litDecoratorNames(file) {
  const names = new Map()
  for (const statement of file.statements) {
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      LIT_DECORATORS.test(statement.moduleSpecifier.text) &&
      statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings)
    ) {
      for (const element of statement.importClause.namedBindings.elements) {
        names.set(element.name.text, (element.propertyName ?? element.name).text)
      }
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

/** Whether a node is a function of its own, whose body runs later (not as the field is set). */
const isFunction = (node) =>
  ts.isArrowFunction(node) ||
  ts.isFunctionExpression(node) ||
  ts.isFunctionDeclaration(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isAccessor(node) ||
  ts.isClassLike(node)

/** The `this.<name>` reads in a node, except in the functions it holds. */
function eagerThisReads(node, names, found = []) {
  if (
    ts.isPropertyAccessExpression(node) &&
    node.expression.kind === ts.SyntaxKind.ThisKeyword &&
    names.has(node.name.text)
  ) {
    found.push(node.name.text)
  }
  ts.forEachChild(node, (child) => {
    if (!isFunction(child)) eagerThisReads(child, names, found)
  })
  return found
}

/**
 * Prepares each class for Lit's transformer (see the top of this file): moves every other
 * decorator off a field that also has a Lit decorator, to a call after the class, as TypeScript
 * applies a legacy field decorator; stops where the written-out class would differ.
 */
export const otherDecoratorsApart = (context) => (file) => {
  const lit = litDecoratorNames(file)
  const {factory} = context
  const where = (node) => {
    const {line} = file.getLineAndCharacterOfPosition(node.getStart(file))
    return `${file.fileName}:${line + 1}`
  }
  const decoratorsOf = (member) =>
    ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : []
  const isLit = (decorator) => lit.has(decoratorName(decorator))
  /** A member's other decorators when it also has Lit's; none otherwise. */
  const othersBesideLit = (member) => {
    const decorators = decoratorsOf(member)
    const others = decorators.filter((decorator) => !isLit(decorator))
    return others.length < decorators.length ? others : []
  }

  const isStatic = (member) =>
    member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword)

  /**
   * Stops the build where the written-out class would run its initializers differently: Lit's
   * transformer moves the initializers of `@property` and `@state` fields, and only those.
   */
  const checkOrder = (node) => {
    const reactive = node.members.filter(
      (member) =>
        ts.isPropertyDeclaration(member) &&
        member.initializer &&
        !isStatic(member) &&
        decoratorsOf(member).some((decorator) =>
          ['property', 'state'].includes(lit.get(decoratorName(decorator))),
        ),
    )
    if (reactive.length === 0) return
    const constructor = node.members.find(ts.isConstructorDeclaration)
    if (constructor) {
      throw new Error(
        `${where(constructor)}: a class with Lit's decorators has a constructor of its own, which would run before the reactive properties' initializers once they are written out; set them in the constructor instead of as fields, or leave the constructor out`,
      )
    }
    const names = new Set(
      reactive
        .map((member) => member.name)
        .filter((name) => name && ts.isIdentifier(name))
        .map((name) => name.text),
    )
    for (const member of node.members) {
      if (
        !ts.isPropertyDeclaration(member) ||
        !member.initializer ||
        isStatic(member) ||
        reactive.includes(member)
      ) {
        continue
      }
      const read = isFunction(member.initializer) ? [] : eagerThisReads(member.initializer, names)
      if (read.length) {
        throw new Error(
          `${where(member)}: this field's initializer reads this.${read[0]}, a reactive property, which is set only after it once Lit's decorators are written out; read it in a function (() => this.${read[0]})`,
        )
      }
    }
  }

  /** Stops the build where a class that cannot be prepared has a member with both kinds. */
  const checkNested = (node) => {
    if (ts.isClassLike(node)) {
      checkOrder(node)
      const topLevel = ts.isClassDeclaration(node) && node.name && node.parent === file
      for (const member of node.members) {
        if (!topLevel && othersBesideLit(member).length > 0) {
          throw new Error(
            `${where(member)}: Lit's decorators and others on one member are written out only in a named class at the top of the module`,
          )
        }
      }
    }
    ts.forEachChild(node, checkNested)
  }
  checkNested(file)

  const statements = file.statements.flatMap((statement) => {
    if (!ts.isClassDeclaration(statement) || !statement.name) return [statement]
    const calls = []
    const members = statement.members.map((member) => {
      const others = othersBesideLit(member)
      if (others.length === 0) return member
      if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) {
        throw new Error(
          `${where(member)}: Lit's decorators and others on one member are written out only on a field`,
        )
      }
      const target = isStatic(member)
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
 * Drops `attribute: '<name>'` from a `@property()` whose attribute is its field's name in lower
 * case: Lit's default, which the sources write out (the developers' guide, standard 3) and the
 * built modules need not carry. About 20 bytes gzipped in the finder's and the carousel's modules.
 */
export const defaultAttributesDropped = (context) => (file) => {
  const lit = litDecoratorNames(file)
  const {factory} = context
  const isDefault = (option, field) =>
    ts.isPropertyAssignment(option) &&
    ts.isIdentifier(option.name) &&
    option.name.text === 'attribute' &&
    ts.isStringLiteral(option.initializer) &&
    option.initializer.text === field.toLowerCase()
  const visit = (node) => {
    if (
      ts.isDecorator(node) &&
      ts.isCallExpression(node.expression) &&
      lit.get(decoratorName(node)) === 'property' &&
      ts.isPropertyDeclaration(node.parent) &&
      ts.isIdentifier(node.parent.name)
    ) {
      const call = node.expression
      const [options] = call.arguments
      if (!options || !ts.isObjectLiteralExpression(options)) return node
      const kept = options.properties.filter((option) => !isDefault(option, node.parent.name.text))
      if (kept.length === options.properties.length) return node
      return factory.updateDecorator(
        node,
        factory.updateCallExpression(call, call.expression, call.typeArguments, [
          factory.updateObjectLiteralExpression(options, kept),
          ...call.arguments.slice(1),
        ]),
      )
    }
    return ts.visitEachChild(node, visit, context)
  }
  return ts.visitNode(file, visit)
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
    {
      before: [
        otherDecoratorsApart,
        defaultAttributesDropped,
        idiomaticDecoratorsTransformer(program),
      ],
    },
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
