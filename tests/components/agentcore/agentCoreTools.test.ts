// The browser's and the code interpreter's arguments are checked as every AgentCore role's are:
// each error names the argument, and the documents do not depend on the order of the lists.
import { expect } from "chai";
import {
    browserArgs,
    browserFailure,
    codeInterpreterArgs,
    codeInterpreterFailure,
    planBrowser,
    planCodeInterpreter,
} from "../../support/agentCoreFixtures";

const OTHER = "210987654321";

describe("AgentCore browser and code interpreter roles: every argument checked, naming it", () => {
    it("refuses browser args that are wrong, naming the argument", () => {
        const cases: [Record<string, unknown>, string, RegExp][] = [
            [{ browserName: "research-browser" }, "browserName", /is not a browser name AgentCore accepts/],
            [{ browserName: "a".repeat(49) }, "browserName", /is not a browser name/],
            [{ recording: "browser-recordings/sessions" }, "recording", /must be a map/],
            [{ recording: { bucket: "browser-recordings" } }, "recording.prefix", /must be a string/],
            [
                { recording: { bucket: "Browser_Recordings", prefix: "s" } },
                "recording",
                /not a name S3 accepts/,
            ],
            [
                { recording: { bucket: "browser-recordings", prefix: "/" } },
                "recording.prefix",
                /whole bucket/,
            ],
            [{ recording: { bucket: "browser-recordings", prefix: "sessions/*" } }, "recording", /wildcards/],
            [
                { recording: { bucket: "browser-recordings", prefix: "s/${aws:username}" } },
                "recording",
                /wildcards or variables/,
            ],
            [
                { recording: { bucket: "browser-recordings", prefix: "s", region: "us-east-1" } },
                "recording.region",
                /is not a known argument/,
            ],
            [
                { enterprisePolicies: [{ bucket: "browser-policies", prefix: "managed/" }] },
                "enterprisePolicies[0].prefix",
                /is not a known argument/,
            ],
            [
                { enterprisePolicies: [{ arn: "arn:aws-cn:s3:::browser-policies/a.json" }] },
                "enterprisePolicies[0].arn",
                /partition/,
            ],
            [{ lambdaTargets: ["lookup-orders"] }, "lambdaTargets", /is not a known argument/],
        ];
        const seen = cases.map(([change]) => browserFailure({ ...browserArgs(), ...change }));
        expect(seen.map((error) => error.argument)).to.deep.equal(cases.map(([, argument]) => argument));
        seen.forEach((error, i) => expect(error.message).to.match(cases[i][2]));
    });

    it("refuses code interpreter args that are wrong, naming the argument, and speaks of a code interpreter", () => {
        const cases: [Record<string, unknown>, string, RegExp][] = [
            [
                { codeInterpreterName: "analysis-sandbox" },
                "codeInterpreterName",
                /is not a code interpreter name AgentCore accepts/,
            ],
            [
                { inputPrefixes: { bucket: "analysis-data", prefix: "input/" } },
                "inputPrefixes",
                /must be a list/,
            ],
            [
                { inputPrefixes: [{ bucket: "analysis-data", prefix: "" }] },
                "inputPrefixes[0].prefix",
                /whole bucket/,
            ],
            [
                { inputPrefixes: [{ bucket: "analysis-data", prefix: "in?" }] },
                "inputPrefixes[0]",
                /wildcards/,
            ],
            [{ outputPrefixes: [{ bucket: "xn--data", prefix: "out" }] }, "outputPrefixes[0]", /xn--/],
            [
                { outputPrefixes: [{ bucket: "analysis-data", key: "out" }] },
                "outputPrefixes[0].key",
                /known: bucket, prefix/,
            ],
            [
                { extraStatements: [{ sid: "Everything", actions: ["s3:*"], resources: ["*"] }] },
                "extraStatements[0].actions[0]",
                /./,
            ],
            [
                {
                    extraStatements: [
                        {
                            sid: "ListInputFiles2",
                            actions: ["sqs:SendMessage"],
                            resources: [`arn:aws:sqs:us-east-1:123456789012:jobs`],
                        },
                    ],
                },
                "extraStatements[0].sid",
                /is the id of a statement the component writes/,
            ],
        ];
        const seen = cases.map(([change]) => codeInterpreterFailure({ ...codeInterpreterArgs(), ...change }));
        expect(seen.map((error) => error.argument)).to.deep.equal(cases.map(([, argument]) => argument));
        seen.forEach((error, i) => expect(error.message).to.match(cases[i][2]));
    });

    it("grants a prefix given with or without its trailing / alike, and the objects under it only", () => {
        const withSlash = planBrowser(browserArgs());
        const without = planBrowser({
            ...browserArgs(),
            recording: { bucket: "browser-recordings", prefix: "sessions" },
        });
        expect(without.inlinePolicy).to.deep.equal(withSlash.inlinePolicy);
        expect(withSlash.inlinePolicy.Statement[0].Resource).to.deep.equal([
            "arn:aws:s3:::browser-recordings/sessions/*",
        ]);
    });

    it("plans the same documents whatever the order of the prefixes and policy files", () => {
        const args = codeInterpreterArgs();
        const reordered = planCodeInterpreter({
            ...args,
            inputPrefixes: [...(args.inputPrefixes ?? [])].reverse(),
            outputPrefixes: [
                { bucket: "reference-data", prefix: "results/" },
                ...(args.outputPrefixes ?? []),
            ],
        });
        const ordered = planCodeInterpreter({
            ...args,
            outputPrefixes: [
                ...(args.outputPrefixes ?? []),
                { bucket: "reference-data", prefix: "results/" },
            ],
        });
        expect(JSON.stringify(reordered.inlinePolicy)).to.equal(JSON.stringify(ordered.inlinePolicy));
        const files = browserArgs().enterprisePolicies ?? [];
        expect(
            JSON.stringify(planBrowser({ ...browserArgs(), enterprisePolicies: [...files].reverse() })),
        ).to.equal(JSON.stringify(planBrowser(browserArgs())));
    });

    it("lists each bucket under its own prefixes only: one listing statement a bucket", () => {
        const plan = planCodeInterpreter({
            codeInterpreterName: "analysis_sandbox",
            inputPrefixes: [
                { bucket: "analysis-data", prefix: "input/" },
                { bucket: "reference-data", prefix: "rates/" },
                { bucket: "analysis-data", prefix: "lookups" },
            ],
        });
        const listings = plan.inlinePolicy.Statement.filter((s) => s.Action.includes("s3:ListBucket"));
        expect(listings.map((s) => [s.Sid, s.Resource, s.Condition?.StringLike])).to.deep.equal([
            ["ListInputFiles", ["arn:aws:s3:::analysis-data"], { "s3:prefix": ["input/*", "lookups/*"] }],
            ["ListInputFiles2", ["arn:aws:s3:::reference-data"], { "s3:prefix": ["rates/*"] }],
        ]);
        expect(
            listings.every((s) => s.Condition?.StringEquals?.["aws:ResourceAccount"]?.[0] === "123456789012"),
        ).to.equal(true);
    });

    it("writes the trust and the buckets in the provider's partition and account", () => {
        const cn = { partition: "aws-cn", account: OTHER, region: "cn-north-1" };
        const plan = planCodeInterpreter(codeInterpreterArgs(), cn);
        expect(plan.trustPolicy.Statement[0].Condition).to.deep.equal({
            ArnLike: {
                "aws:SourceArn": [
                    `arn:aws-cn:bedrock-agentcore:cn-north-1:${OTHER}:code-interpreter-custom/analysis_sandbox-??????????`,
                ],
            },
            StringEquals: { "aws:SourceAccount": [OTHER] },
        });
        const resources = plan.inlinePolicy.Statement.flatMap((s) => s.Resource);
        expect(resources.every((r) => r.startsWith("arn:aws-cn:s3:::"))).to.equal(true);
    });
});
