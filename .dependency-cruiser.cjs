/**
 * The import rules of src/ (`npm run layering`, part of `npm test`): the folders show the flow (schemas and the
 * model, loading, validation, the corpus and its queries, then formats, the command line and the site), and a stage
 * never imports a later one, so that the architecture cannot drift back.
 * test/layering.test.ts runs these rules on a small tree that breaks each of them.
 *
 * @type {import("dependency-cruiser").IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "An import cycle ties modules that should be understood one after the other.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "shared-at-the-bottom",
      comment:
        "src/shared/ holds what every stage uses (DeepReadonly, document paths, file positions, issues): it may " +
        "name the schemas' types, and nothing above them.",
      severity: "error",
      from: { path: "^src/shared/" },
      to: { path: "^src/", pathNot: "^src/(shared|schema)/" },
    },
    {
      name: "schema-at-the-bottom",
      comment: "The schemas are the one place the data model is written: they depend on nothing else in src/.",
      severity: "error",
      from: { path: "^src/schema/" },
      to: { path: "^src/", pathNot: "^src/(schema|shared)/" },
    },
    {
      name: "model-from-schemas-only",
      comment: "src/model/ derives the data model from the schemas, and nothing else.",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "^src/", pathNot: "^src/(model|schema|shared)/" },
    },
    {
      name: "load-not-validate",
      comment:
        "Loading reads files and keeps positions; it does not validate (src/pipeline/ composes the two), nor " +
        "reach anything later.",
      severity: "error",
      from: { path: "^src/load/" },
      to: { path: "^src/(validate|pipeline|corpus|formats|cli|site|build|authoring|exports)/" },
    },
    {
      name: "validate-knows-no-files",
      comment:
        "Validation works on documents, not on files or folders, and never on what comes after it: it reports in " +
        "document coordinates, and loading places its findings in files, so it has no use for file positions " +
        "either. The one exception is the FactBank scale (corpus/factuality-scale.ts), which a check of meaning " +
        "compares with: it names generated record types, so it cannot move to shared/ as it is.",
      severity: "error",
      from: { path: "^src/validate/" },
      to: {
        path: "^src/(load|pipeline|corpus|formats|cli|site|build|authoring|exports)/|^src/shared/file-position\\.",
        pathNot: "^src/corpus/factuality-scale\\.ts$",
      },
    },
    {
      name: "corpus-not-later-stages",
      comment: "The corpus and its queries (the main entry) load no files, formats, command line or site.",
      severity: "error",
      from: { path: "^src/corpus/" },
      to: { path: "^src/(load|pipeline|formats|cli|site|build|authoring|exports)/" },
    },
    {
      name: "formats-not-validate",
      comment: "Exports write valid documents; they neither validate nor load.",
      severity: "error",
      from: { path: "^src/formats/" },
      to: { path: "^src/(validate|load|pipeline|cli|site|build|authoring|exports)/" },
    },
    {
      name: "no-imports-from-entry-points",
      comment:
        "src/exports/ are the package's entry points (the public barrels): code inside the package, the command " +
        "line first, imports the module that defines a thing, so that an entry loads only what it needs.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/exports/" },
      to: { path: "^src/exports/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    // Type-only imports count: a layer that names a later layer's types depends on it just the same.
    tsPreCompilationDeps: true,
  },
};
