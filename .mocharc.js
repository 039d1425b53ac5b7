// mocha's settings. Its two workers take the test files in this order: the longest first, those of
// the packed package (which .ci/run packs beside the first ones) after those that need only the
// sources, then every other file, which fill in until both workers end together rather than one
// running a long file alone at the end.
const fs = require("fs");
const path = require("path");

const LONGEST = [
    "tests/apiDocs.test.ts",
    "tests/schema.test.ts",
    "tests/planner/jsonOutput.test.ts",
    "tests/boundary/adversarialComponent.test.ts",
    "tests/boundary/adversarialStack.test.ts",
    "tests/components/iam/policyPackingEquivalence.test.ts",
    "tests/boundary/adversarialAgentCore.test.ts",
    "tests/planner/cli.test.ts",
    "tests/planner/cliTypeScript.test.ts",
    "tests/examples.test.ts",
];

const testFiles = (folder) =>
    fs
        .readdirSync(folder, { withFileTypes: true })
        .flatMap((entry) =>
            entry.isDirectory()
                ? testFiles(path.join(folder, entry.name))
                : entry.name.endsWith(".test.ts")
                  ? [path.posix.join(folder, entry.name)]
                  : [],
        );
const all = testFiles("tests").sort();
const missing = LONGEST.filter((file) => !all.includes(file));
if (missing.length > 0) {
    throw new Error(`.mocharc.js orders ${missing.join(", ")}, which is not a test file`);
}

module.exports = {
    require: ["ts-node/register/transpile-only", "tests/support/promiseStacks.ts"],
    extension: ["ts"],
    spec: [...LONGEST, ...all.filter((file) => !LONGEST.includes(file))],
    timeout: 60000,
    reporter: "tests/support/summaryReporter.js",
    parallel: true,
    jobs: 2,
};
