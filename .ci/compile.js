// Builds the package (tsconfig.json, into dist/) and type-checks the tests (tsconfig.test.json: the
// same sources, the tests, the benchmark and the scripts) as `tsc -b tsconfig.json
// tsconfig.test.json` does, in one compiler process, which parses and binds the SDKs' declarations,
// most of what either program compiles, once for both. The command given as arguments starts as
// soon as dist/ is built, beside the type-check of the tests: .ci/run packs and installs the
// package, which the package's tests wait for. Exits 1 if either program has an error or the
// command fails. Usage: node .ci/compile.js <command> [args...]
const { spawn } = require("child_process");
const path = require("path");
const ts = require("typescript");

const host = ts.createSolutionBuilderHost(
    ts.sys,
    undefined,
    ts.createDiagnosticReporter(ts.sys),
    ts.createBuilderStatusReporter(ts.sys),
);
const builder = ts.createSolutionBuilder(host, ["tsconfig.json", "tsconfig.test.json"], {});
let command;
const startCommand = () =>
    (command ??= new Promise((resolve) =>
        spawn(process.argv[2], process.argv.slice(3), { stdio: "inherit" }).on("exit", resolve),
    ));
let failed = false;
for (let project; (project = builder.getNextInvalidatedProject());) {
    const isPackage = path.basename(project.project) === "tsconfig.json";
    if (!isPackage) {
        startCommand(); // dist/ is built, or was up to date
    }
    failed = project.done() !== ts.ExitStatus.Success || failed;
    if (isPackage) {
        startCommand();
    }
}
startCommand().then((code) => {
    process.exitCode = failed || code !== 0 ? 1 : 0;
});
