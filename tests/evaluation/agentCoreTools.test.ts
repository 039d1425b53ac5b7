// Every request a custom browser and a custom code interpreter make with their execution roles, as
// AWS presents them, is allowed, and their near neighbours are denied.
import { expect } from "chai";
import { AwsRequest, awsRequests } from "../support/awsRequests";
import { asRole, decideAws, OTHER_ACCOUNT } from "../support/iamEvaluation";
import {
    browserArgs,
    codeInterpreterArgs,
    planBrowser,
    planCodeInterpreter,
} from "../support/agentCoreFixtures";
import type { AgentCorePlan } from "../../components/agentcore/agentCoreDocuments";

const browser = planBrowser(browserArgs());
const interpreter = planCodeInterpreter(codeInterpreterArgs());

/** Each request and the decision for it, beside the decision the table expects. */
async function decisionsOf(plan: AgentCorePlan, requests: AwsRequest[]) {
    return {
        decided: await Promise.all(requests.map(async (r) => `${r.name}: ${await decideAws(plan, r)}`)),
        expected: requests.map((r) => `${r.name}: ${r.expected}`),
    };
}

/** The same requests on a bucket of another account: a bucket of the same name there is not ours. */
const inOtherAccount = (plan: AgentCorePlan, requests: AwsRequest[]) =>
    Promise.all(
        requests.map((r) =>
            asRole(plan, {
                action: r.action,
                resource: r.resource,
                resourceAccount: OTHER_ACCOUNT,
                context: { ...r.context, "aws:ResourceAccount": OTHER_ACCOUNT },
            }).then((d) => `${r.name}: ${d}`),
        ),
    );

describe("IAM evaluation (iam-simulate): AgentCore browser and code interpreter roles", () => {
    it("lets AgentCore assume each tool's role for that tool only: not a tool whose name extends it, nor a code interpreter of the browser's name", async () => {
        for (const [plan, prefix] of [
            [browser, "agentcore.browser.trust"],
            [interpreter, "agentcore.codeInterpreter.trust"],
        ] as const) {
            const { decided, expected } = await decisionsOf(plan, awsRequests(prefix));
            expect(decided).to.deep.equal(expected);
        }
    });

    it("allows the browser to upload its recordings in parts under its prefix (with or without the prefix's own /) and to read its policy files, and nothing beside them", async () => {
        const requests = [
            ...awsRequests("agentcore.browser.recording"),
            ...awsRequests("agentcore.browser.policies"),
        ];
        const { decided, expected } = await decisionsOf(browser, requests);
        expect(decided).to.deep.equal(expected);
        const allowed = requests.filter((r) => r.expected === "Allowed");
        expect(allowed.length).to.equal(8);
        const elsewhere = await inOtherAccount(browser, allowed);
        expect(elsewhere.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });

    it("grants the browser's role no bucket read, listing or deletion, and nothing without recording or policy files", async () => {
        const recording = awsRequests("agentcore.browser.recording")[0];
        const others = await Promise.all(
            [
                ["s3:GetObject", recording.resource],
                ["s3:DeleteObject", recording.resource],
                ["s3:ListBucket", "arn:aws:s3:::browser-recordings"],
                ["s3:PutObject", "arn:aws:s3:::browser-policies/managed/allow-list.json"],
            ].map(([action, resource]) =>
                asRole(browser, {
                    action,
                    resource,
                    context: { "aws:ResourceAccount": "123456789012" },
                }).then((d) => `${action} on ${resource}: ${d}`),
            ),
        );
        expect(others.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
        const bare = planBrowser({ browserName: "research_browser" });
        expect(bare.inlinePolicy.Statement).to.deep.equal([]);
    });

    it("lets the code read and list its input prefixes and write its output prefix, in buckets of the account only", async () => {
        const requests = [
            ...awsRequests("agentcore.codeInterpreter.read"),
            ...awsRequests("agentcore.codeInterpreter.list"),
            ...awsRequests("agentcore.codeInterpreter.write"),
        ];
        const { decided, expected } = await decisionsOf(interpreter, requests);
        expect(decided).to.deep.equal(expected);
        const allowed = requests.filter((r) => r.expected === "Allowed");
        expect(allowed.length).to.equal(6);
        const elsewhere = await inOtherAccount(interpreter, allowed);
        expect(elsewhere.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });

    it("gives the sandboxed code nothing else: no deletion, no other service, no role to pass or assume", async () => {
        const others = await Promise.all(
            [
                ["s3:DeleteObject", "arn:aws:s3:::analysis-data/output/2026/report.csv"],
                ["s3:PutObjectAcl", "arn:aws:s3:::analysis-data/output/2026/report.csv"],
                ["s3:GetObject", "arn:aws:s3:::analysis-data/secrets/keys.json"],
                ["dynamodb:Scan", "arn:aws:dynamodb:us-east-1:123456789012:table/orders"],
                ["iam:PassRole", interpreter.roleArn],
                ["sts:AssumeRole", "arn:aws:iam::123456789012:role/admin"],
            ].map(([action, resource]) =>
                asRole(interpreter, {
                    action,
                    resource,
                    context: { "aws:ResourceAccount": "123456789012" },
                }).then((d) => `${action} on ${resource}: ${d}`),
            ),
        );
        expect(others.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });
});
