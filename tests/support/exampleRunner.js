// Runs one example program on Pulumi mocks, as a consumer who installed the packed package would:
// the mocks come from the installed package, so they drive the very @pulumi/pulumi the example
// uses. Prints the registered resources as JSON on its last line.
// Usage: node exampleRunner.js <consumer folder> <example folder> <ts-node folder> [config as JSON]
const path = require("path");

const [consumer, example, tsNode, config = "{}"] = process.argv.slice(2);
const installed = path.join(consumer, "node_modules/bedrock-agent-role/dist/planner");
const mocks = require(path.join(installed, "mocks/awsMocks.js"));
const run = require(path.join(installed, "run/settle.js"));
require(tsNode).register({
    transpileOnly: true,
    skipProject: true,
    compilerOptions: { module: "commonjs", target: "es2022", esModuleInterop: true },
});

(async () => {
    // What GetInferenceProfile answers in us-east-1 for the profile the examples use.
    const sonnet4 = (region) =>
        `arn:aws:bedrock:${region}::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0`;
    const recorded = await mocks.installMocks({
        project: path.basename(example),
        stack: "test",
        inferenceProfiles: {
            "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"].map(
                sonnet4,
            ),
        },
    });
    const pulumi = require(require.resolve("@pulumi/pulumi", { paths: [installed] }));
    for (const [key, value] of Object.entries(JSON.parse(config))) {
        pulumi.runtime.setConfig(`${path.basename(example)}:${key}`, value);
    }
    const exported = require(path.join(example, "index.ts"));
    for (const value of Object.values(exported)) {
        await run.settle(value);
    }
    await run.drainRegistrations();
    console.log(JSON.stringify(recorded));
})().catch((error) => {
    console.error(error);
    process.exit(1);
});
