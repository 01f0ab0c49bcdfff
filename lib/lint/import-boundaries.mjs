import path from 'node:path';

/*
 * One ESLint rule for which folder may import which (the table is in eslint.config.mjs).
 * It resolves each import itself, `@/x` from the repository's root and `./x` or `../x` from
 * the importing file, so both spellings of one module meet the same rule, and a module
 * that does not exist yet (lib/admin before the admin issue) is already caught.
 * import/no-restricted-paths needs the target to resolve, and no-restricted-imports sees
 * only the text of the import.
 */

const SOURCE_EXTENSION = /\.(?:[cm]?[jt]sx?)$/;

/** `rel` is `prefix` or inside it, by whole path segments ('lib/db' holds 'lib/db/client', not 'lib/dbx'). */
const isWithin = (rel, prefix) => rel === prefix || rel.startsWith(`${prefix}/`);

/** Where an import leads, relative to `root` with / separators; null for a package. */
function importedPath(root, filename, specifier) {
  let absolute;
  if (specifier.startsWith('@/')) absolute = path.join(root, specifier.slice(2));
  else if (specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../'))
    absolute = path.resolve(path.dirname(filename), specifier);
  else return null;
  return path.relative(root, absolute).split(path.sep).join('/').replace(SOURCE_EXTENSION, '');
}

/**
 * @param {string} root the repository's root: `files`, `forbid` and `allow` are relative to it
 */
export function importBoundariesPlugin(root) {
  const rule = {
    meta: {
      type: 'problem',
      docs: { description: 'Which folders a folder may import from.' },
      schema: [
        {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              files: { type: 'array', items: { type: 'string' } },
              exceptFiles: { type: 'array', items: { type: 'string' } },
              forbid: { type: 'array', items: { type: 'string' } },
              allow: { type: 'array', items: { type: 'string' } },
              message: { type: 'string' },
            },
            required: ['files', 'forbid', 'message'],
            additionalProperties: false,
          },
        },
      ],
      messages: { crossing: '"{{specifier}}" crosses a boundary: {{message}}' },
    },
    create(context) {
      const file = path.relative(root, context.filename).split(path.sep).join('/');
      const boundaries = (context.options[0] ?? []).filter(
        (b) =>
          b.files.some((prefix) => isWithin(file, prefix)) &&
          !(b.exceptFiles ?? []).some((pattern) => new RegExp(pattern).test(file)),
      );
      if (boundaries.length === 0) return {};

      function check(node) {
        if (!node || typeof node.value !== 'string') return;
        const target = importedPath(root, context.filename, node.value);
        if (target === null) return;
        for (const b of boundaries) {
          const isForbidden = b.forbid.some((prefix) => isWithin(target, prefix));
          const isAllowed = (b.allow ?? []).some((prefix) => isWithin(target, prefix));
          if (isForbidden && !isAllowed) {
            context.report({ node, messageId: 'crossing', data: { specifier: node.value, message: b.message } });
          }
        }
      }

      return {
        ImportDeclaration: (node) => check(node.source),
        ExportNamedDeclaration: (node) => check(node.source),
        ExportAllDeclaration: (node) => check(node.source),
        ImportExpression: (node) => check(node.source),
        // `typeof import('…')` in a type.
        TSImportType: (node) => check(node.argument?.literal ?? node.argument),
        CallExpression: (node) => {
          if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node.arguments[0]);
        },
      };
    },
  };
  return { rules: { 'import-boundaries': rule } };
}
