// Runs example programs on Pulumi mocks, one after another in this one process, as a consumer who
// installed the packed package would: the mocks come from the installed package, so they drive the
// very @pulumi/pulumi the examples use. Prints, on its last line, each example's registered
// resources or the error it failed with, as JSON: { [example]: { recorded } | { error } }.
// Usage: node exampleRunner.js <consumer folder> <workspace> <ts-node folder> <examples as JSON:
// { [example]: its config }>
const path = require("path");

const [consumer, workspace, tsNode, examples] = process.argv.slice(2);
const installed = path.join(consumer, "node_modules/bedrock-agent-role/dist/planner");
const mocks = require(path.join(installed, "mocks/awsMocks.js"));
const run = require(path.join(installed, "run/settle.js"));
require(tsNode).register({
    transpileOnly: true,
    skipProject: true,
    compilerOptions: { module: "commonjs", target: "es2022", esModuleInterop: true },
});
const pulumi = require(require.resolve("@pulumi/pulumi", { paths: [installed] }));

// What GetInferenceProfile answers in us-east-1 for the profile the examples use.
const sonnet4 = (region) =>
    `arn:aws:bedrock:${region}::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0`;

/** Runs one example on fresh mocks, with its config: the resources it registered. */
async function runExample(example, config) {
    const recorded = await mocks.installMocks({
        project: example,
        stack: "test",
        inferenceProfiles: {
            "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"].map(
                sonnet4,
            ),
        },
    });
    pulumi.runtime.setAllConfig(
        Object.fromEntries(Object.entries(config).map(([key, value]) => [`${example}:${key}`, value])),
    );
    const exported = require(path.join(workspace, example, "index.ts"));
    for (const value of Object.values(exported)) {
        await run.settle(value);
    }
    await run.drainRegistrations();
    return mocks.registrations(recorded);
}

(async () => {
    const results = {};
    for (const [example, config] of Object.entries(JSON.parse(examples))) {
        try {
            results[example] = { recorded: await runExample(example, config) };
        } catch (error) {
            results[example] = { error: String(error?.stack ?? error) };
        }
    }
    console.log(JSON.stringify(results));
})().catch((error) => {
    console.error(error);
    process.exit(1);
});
