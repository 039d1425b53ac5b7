// AgentCoreBrowserRole and AgentCoreCodeInterpreterRole on Pulumi mocks: what they register, when
// roleArn resolves, values that arrive as Outputs, and how a bad argument is reported.
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { AgentCoreBrowserRole, AgentCoreCodeInterpreterRole } from "../../../index";
import { browserArgs, codeInterpreterArgs } from "../../support/agentCoreFixtures";
import { reportedArgumentError } from "../../support/argumentErrors";
import { deployed, ofType, ROLE, ROLE_POLICY } from "../../support/componentRun";
import { drainRegistrations, installMocks, settle } from "../../support/pulumiMocks";

describe("AgentCoreBrowserRole and AgentCoreCodeInterpreterRole", () => {
    it("give a role granted nothing (a sandbox code interpreter's) no inline policy, which IAM refuses empty, and still resolve roleArn", async () => {
        const recorded = await installMocks();
        const sandbox = new AgentCoreCodeInterpreterRole("bare-sandbox", {
            codeInterpreterName: "bare_sandbox",
        });
        const roleArn = await settle(sandbox.roleArn);
        await drainRegistrations();
        expect(roleArn.value).to.match(/:role\/AgentCoreCodeInterpreter_bare-sandbox-[0-9a-f]{8}$/);
        expect(ofType(recorded, ROLE)).to.have.length(1);
        expect(ofType(recorded, ROLE_POLICY)).to.deep.equal([]);
        expect(JSON.parse((await settle(sandbox.identityPolicy)).value as string).Statement).to.deep.equal(
            [],
        );
    });

    it("declare the inline policy of a role that is granted something, once its documents are known", async () => {
        const recorded = await installMocks();
        const browser = new AgentCoreBrowserRole("research-browser", {
            browserName: "research_browser",
            recording: pulumi.output({ bucket: "browser-recordings", prefix: "sessions/" }),
        });
        await settle(browser.roleArn);
        await drainRegistrations();
        expect(ofType(recorded, ROLE_POLICY).map((r) => r.inputs.name)).to.deep.equal([
            "AgentCoreBrowserPermissions",
        ]);
    });

    it("register one role and one inline policy each, named for their kind, trusted for their tool's name only", async () => {
        const recorded = await installMocks();
        const browser = new AgentCoreBrowserRole("research-browser", browserArgs());
        const sandbox = new AgentCoreCodeInterpreterRole("analysis-sandbox", codeInterpreterArgs());
        await deployed(browser);
        await deployed(sandbox);
        const roles = ofType(recorded, ROLE).sort((a, b) => (a.name < b.name ? -1 : 1));
        expect(roles.map((r) => String(r.inputs.name))).to.satisfy(
            ([s, b]: string[]) =>
                /^AgentCoreCodeInterpreter_analysis-sandbox-[0-9a-f]{8}$/.test(s) &&
                /^AgentCoreBrowser_research-browser-[0-9a-f]{8}$/.test(b),
        );
        const trust = (role: (typeof roles)[number]) =>
            JSON.parse(role.inputs.assumeRolePolicy as string).Statement[0].Condition.ArnLike[
                "aws:SourceArn"
            ];
        expect(trust(roles[0])).to.deep.equal([
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:code-interpreter-custom/analysis_sandbox-??????????",
        ]);
        expect(trust(roles[1])).to.deep.equal([
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:browser-custom/research_browser-??????????",
        ]);
        expect(
            ofType(recorded, ROLE_POLICY)
                .map((p) => p.inputs.name)
                .sort(),
        ).to.deep.equal(["AgentCoreBrowserPermissions", "AgentCoreCodeInterpreterPermissions"]);
        expect((await settle(browser.browserName)).value).to.equal("research_browser");
        expect((await settle(sandbox.codeInterpreterName)).value).to.equal("analysis_sandbox");
        expect((await settle(sandbox.keyPolicyStatements)).value).to.deep.equal({});
    });

    it("take buckets and prefixes that arrive as Outputs (a bucket the program creates)", async () => {
        await installMocks();
        const sandbox = new AgentCoreCodeInterpreterRole("analysis-sandbox", {
            codeInterpreterName: "analysis_sandbox",
            inputPrefixes: [{ bucket: pulumi.output("analysis-data"), prefix: pulumi.output("input/") }],
            outputPrefixes: pulumi.output([{ bucket: "analysis-data", prefix: "output" }]),
        });
        const policy = JSON.parse((await settle(sandbox.identityPolicy)).value as string);
        expect(
            policy.Statement.map((s: { Sid: string; Resource: string[] }) => [s.Sid, s.Resource]),
        ).to.deep.equal([
            ["ReadInputFiles", ["arn:aws:s3:::analysis-data/input/*"]],
            ["ListInputFiles", ["arn:aws:s3:::analysis-data"]],
            ["WriteOutputFiles", ["arn:aws:s3:::analysis-data/output/*"]],
        ]);
    });

    it("refuse a bad argument once, naming the component and the argument, and register no IAM resource", async () => {
        const recorded = await installMocks();
        const failure = await reportedArgumentError(
            () =>
                new AgentCoreBrowserRole("research-browser", {
                    ...browserArgs(),
                    recording: { bucket: "browser-recordings", prefix: pulumi.output("*") },
                }).roleArn,
        );
        expect(failure.message).to.match(/^research-browser: recording: the prefix "\*" holds \*/);
        await drainRegistrations();
        expect(recorded.filter((r) => r.type.startsWith("aws:iam"))).to.deep.equal([]);
    });
});
