// A trust may pin its source with Deny statements instead of the Allow's conditions: an Allow
// without conditions beside a Deny of every other aws:SourceAccount and one of every other
// aws:SourceArn. Each form is judged by the pack's policy and decided by IAM's evaluation
// (iam-simulate): the policy passes a trust exactly when IAM denies the request AWS sends for
// another account's resource, for another resource of the same account, and one without the keys.
import { expect } from "chai";
import { awsRequest } from "../support/awsRequests";
import { ACCOUNT, OTHER_ACCOUNT, simulate, type Decision } from "../support/iamEvaluation";
import { resourcePolicyReports } from "../support/policyPackRun";
import type { PolicyDocument } from "../../components/iam/policyDocument";

const ROLE = `arn:aws:iam::${ACCOUNT}:role/agent-role`;
const BEDROCK = "bedrock.amazonaws.com";
const AGENTCORE = "bedrock-agentcore.amazonaws.com";

/** The trust forms of one principal and one pinned source (an account and an ARN pattern). */
function forms(principal: string, sourceArn: string): Record<string, PolicyDocument> {
    const allow = { Effect: "Allow", Principal: { Service: principal }, Action: "sts:AssumeRole" };
    const deny = (Condition: object) => ({ ...allow, Effect: "Deny", Condition });
    const trust = (...statements: object[]) =>
        ({ Version: "2012-10-17", Statement: statements }) as unknown as PolicyDocument;
    const account = { "aws:SourceAccount": ACCOUNT };
    const arn = { "aws:SourceArn": sourceArn };
    return {
        allowPinned: trust({ ...allow, Condition: { StringEquals: account, ArnLike: arn } }),
        denyPerKey: trust(allow, deny({ StringNotEquals: account }), deny({ ArnNotLike: arn })),
        denyPerKeyIfExists: trust(
            allow,
            deny({ StringNotEqualsIfExists: account }),
            deny({ ArnNotLikeIfExists: arn }),
        ),
        denyBothInOne: trust(allow, deny({ StringNotEquals: account, ArnNotLike: arn })),
        denyAccountOnly: trust(allow, deny({ StringNotEquals: account })),
    };
}

const decide = (principal: string, trust: PolicyDocument, context: Record<string, string>) =>
    simulate({ principal, action: "sts:AssumeRole", resource: ROLE, context }, [], trust);

const reports = (trust: PolicyDocument) =>
    resourcePolicyReports("agent-iam-trust-confused-deputy", {
        type: "aws:iam/role:Role",
        name: "role",
        props: { assumeRolePolicy: JSON.stringify(trust) },
    });

/** What IAM decides for each request, per form: own source, another account's, another resource of the account, none. */
async function decisions(
    principal: string,
    trusts: Record<string, PolicyDocument>,
    requests: Record<string, Record<string, string>>,
): Promise<Record<string, Record<string, Decision>>> {
    const table: Record<string, Record<string, Decision>> = {};
    for (const [form, trust] of Object.entries(trusts)) {
        table[form] = {};
        for (const [name, context] of Object.entries(requests)) {
            table[form][name] = await decide(principal, trust, context);
        }
    }
    return table;
}

/**
 * The service's own request and another resource's of the account, both rows of the table (as AWS
 * sends them), and their neighbours: the own request from another account, and one with no source.
 */
function neighbours(ownRow: string, otherResourceRow: string) {
    const own = awsRequest(ownRow).context as Record<string, string>;
    return {
        own,
        otherAccount: {
            "aws:SourceAccount": OTHER_ACCOUNT,
            "aws:SourceArn": own["aws:SourceArn"].replace(ACCOUNT, OTHER_ACCOUNT),
        },
        otherResource: awsRequest(otherResourceRow).context as Record<string, string>,
        none: {},
    };
}

const PINNED = {
    own: "Allowed",
    otherAccount: "ExplicitlyDenied",
    otherResource: "ExplicitlyDenied",
    none: "ExplicitlyDenied",
};

describe("policy rule agent-iam-trust-confused-deputy: the Deny form, proved by IAM's evaluation", () => {
    it("Bedrock: one Deny per key pins as the Allow's conditions do, with or without IfExists; both keys in one Deny, or the account alone, do not", async () => {
        // The agent's trust request and a knowledge base's (agents-permissions, kb-permissions).
        const requests = neighbours("agents.trust.AssumeRole", "agents.knowledgeBase.trust.AssumeRole");
        const trusts = forms(BEDROCK, `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/*`);
        const table = await decisions(BEDROCK, trusts, requests);
        expect(table.allowPinned).to.deep.equal({
            ...PINNED,
            otherAccount: "ImplicitlyDenied",
            otherResource: "ImplicitlyDenied",
            none: "ImplicitlyDenied",
        });
        expect(table.denyPerKey).to.deep.equal(PINNED);
        expect(table.denyPerKeyIfExists).to.deep.equal(PINNED);
        // Conditions of one statement are ANDed: the account's own knowledge base differs in
        // aws:SourceArn only, so the Deny does not apply and the unconditioned Allow lets it in.
        expect(table.denyBothInOne).to.deep.equal({ ...PINNED, otherResource: "Allowed" });
        expect(table.denyAccountOnly).to.deep.equal({ ...PINNED, otherResource: "Allowed" });
        for (const [form, trust] of Object.entries(trusts)) {
            const pinned = table[form].otherAccount !== "Allowed" && table[form].otherResource !== "Allowed";
            expect(reports(trust), form).to.have.length(pinned ? 0 : 1);
        }
        expect(reports(trusts.denyBothInOne)[0]).to.match(
            /^assumeRolePolicy, statement 0: bedrock\.amazonaws\.com may assume this role without aws:SourceAccount \(the Deny of statement 1 denies only when aws:SourceArn differs too: one Deny per key\) and aws:SourceArn \(the Deny of statement 1 denies only when aws:SourceAccount differs too: one Deny per key\), for a resource of any account \(the confused deputy\)\. Pin both: StringEquals aws:SourceAccount = <account>/,
        );
        expect(reports(trusts.denyAccountOnly)[0]).to.match(
            /^assumeRolePolicy, statement 0: bedrock\.amazonaws\.com may assume this role without aws:SourceArn, for a resource of any account \(the confused deputy\)\. Pin both: StringEquals aws:SourceAccount = 123456789012 and/,
        );
    });

    it("AgentCore: the same, for a runtime's trust", async () => {
        // runtime-permissions.html's trust request: the runtime's account and ARN.
        // A runtime's trust request and a gateway's (runtime-permissions, gateway-prerequisites-permissions).
        const requests = neighbours(
            "agentcore.runtime.trust.AssumeRole",
            "agentcore.gateway.trust.AssumeRole",
        );
        const trusts = forms(
            AGENTCORE,
            `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:runtime/support_agent-*`,
        );
        const table = await decisions(AGENTCORE, trusts, requests);
        expect(table.denyPerKey).to.deep.equal(PINNED);
        expect(table.denyPerKeyIfExists).to.deep.equal(PINNED);
        expect(table.denyBothInOne.otherResource).to.equal("Allowed");
        for (const [form, trust] of Object.entries(trusts)) {
            const pinned = table[form].otherAccount !== "Allowed" && table[form].otherResource !== "Allowed";
            expect(reports(trust), form).to.have.length(pinned ? 0 : 1);
        }
    });

    it('a Deny of every principal ("*") and every STS action guards Bedrock\'s AssumeRole as well', async () => {
        const own = awsRequest("agents.trust.AssumeRole").context as Record<string, string>;
        const allow = { Effect: "Allow", Principal: { Service: BEDROCK }, Action: "sts:AssumeRole" };
        const deny = (Condition: object) => ({ Effect: "Deny", Principal: "*", Action: "sts:*", Condition });
        const trust = {
            Version: "2012-10-17",
            Statement: [
                allow,
                deny({ StringNotEquals: { "aws:SourceAccount": ACCOUNT } }),
                deny({ ArnNotLike: { "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/*` } }),
            ],
        } as unknown as PolicyDocument;
        const knowledgeBase = awsRequest("agents.knowledgeBase.trust.AssumeRole").context as Record<
            string,
            string
        >;
        expect(await decide(BEDROCK, trust, own)).to.equal("Allowed");
        expect(await decide(BEDROCK, trust, knowledgeBase)).to.equal("ExplicitlyDenied");
        expect(await decide(BEDROCK, trust, { ...own, "aws:SourceAccount": OTHER_ACCOUNT })).to.equal(
            "ExplicitlyDenied",
        );
        expect(reports(trust)).to.deep.equal([]);
    });

    it("a Deny that leaves a source wider than one kind of the account pins no more than the Allow would: found, and IAM lets another kind in", async () => {
        const allow = { Effect: "Allow", Principal: { Service: AGENTCORE }, Action: "sts:AssumeRole" };
        const trust = {
            Version: "2012-10-17",
            Statement: [
                allow,
                {
                    ...allow,
                    Effect: "Deny",
                    Condition: { StringNotEquals: { "aws:SourceAccount": ACCOUNT } },
                },
                {
                    ...allow,
                    Effect: "Deny",
                    Condition: {
                        ArnNotLike: { "aws:SourceArn": `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:*` },
                    },
                },
            ],
        } as unknown as PolicyDocument;
        const gateway = awsRequest("agentcore.gateway.trust.AssumeRole").context as Record<string, string>;
        expect(await decide(AGENTCORE, trust, gateway)).to.equal("Allowed");
        expect(reports(trust)).to.have.length(1);
        expect(reports(trust)[0]).to.contain(
            `with aws:SourceArn "arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:*", which admits every kind of resource of the account`,
        );
    });
});
