import { expect } from "chai";
import fc from "fast-check";
import { ArgumentError } from "../components/iam/argumentError";
import { AgentPermissionsPlan } from "../components/agents/agentPermissionsPlan";
import { policySize } from "../components/iam/policyDocument";
import { INLINE_POLICIES_MAX, MANAGED_POLICY_MAX, TRUST_POLICY_MAX } from "../components/iam/limits";
import { allStatements, catalogProblems } from "./support/iamCatalog";
import { asRole, assumeRole } from "./support/iamEvaluation";
import { plan, PlainArgs } from "./support/plan";

const ACCOUNT = "123456789012";
const alnum = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split(""));
const id10 = fc.array(alnum, { minLength: 10, maxLength: 10 }).map((chars) => chars.join(""));
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,14}[a-z0-9]$/);
const modelId = fc
    .tuple(fc.constantFrom("anthropic", "amazon", "meta", "mistral", "cohere"), word)
    .map(([p, m]) => `${p}.${m}-v1:0`);
const groupName = fc.stringMatching(/^[a-z][a-z0-9]{0,10}(-[a-z0-9]{1,8})?$/);
const kbId = id10.map((id) => `KB${id.slice(2)}`);

const validArgs: fc.Arbitrary<PlainArgs> = fc.record(
    {
        foundationModels: fc.uniqueArray(modelId, { minLength: 1, maxLength: 30 }),
        streaming: fc.boolean(),
        actionGroups: fc.uniqueArray(groupName, { maxLength: 6 }).chain((names) =>
            fc.tuple(
                ...names.map((name) =>
                    fc.record({
                        name: fc.constant(name),
                        lambdaFunction: word,
                        apiSchema: fc.record({
                            bucket: word.map((w) => `bucket-${w}`),
                            key: word.map((w) => `${w}.json`),
                        }),
                    }),
                ),
            ),
        ),
        knowledgeBases: fc.uniqueArray(kbId, { maxLength: 400 }),
        thirdPartyKnowledgeBases: fc.array(
            fc.record({
                credentialsSecretArn: word.map(
                    (w) => `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${w}-AbC123`,
                ),
            }),
            { maxLength: 3 },
        ),
        customerEncryptionKey: fc.uuid({ version: 4 }),
        agentIds: fc.uniqueArray(id10, { maxLength: 4 }),
    },
    { requiredKeys: ["foundationModels"] },
);

/** Plans the args, or returns the ArgumentError a quota raised; any other failure escapes. */
function planOrQuotaError(args: PlainArgs): AgentPermissionsPlan | ArgumentError {
    try {
        return plan(args);
    } catch (error) {
        expect(error).to.be.instanceOf(ArgumentError);
        expect((error as ArgumentError).argument).to.match(/^(quotas\.managedPoliciesPerRole|agentIds)$/);
        return error as ArgumentError;
    }
}

/**
 * The list in another order, drawn from `seed` (Fisher-Yates on a small linear congruential
 * generator): never the same order when the list has two distinct items, so that the property
 * always compares two different inputs.
 */
function shuffled<T>(values: T[] | undefined, seed: number): T[] | undefined {
    if (!values) {
        return values;
    }
    const copy = [...values];
    let state = seed;
    for (let i = copy.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const j = state % (i + 1);
        [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    const same = copy.every((value, i) => JSON.stringify(value) === JSON.stringify(values[i]));
    return same && copy.length > 1 ? [...copy.slice(1), copy[0]] : copy;
}

describe("properties (fast-check)", function () {
    this.timeout(120000);

    it("random valid args give valid JSON within every IAM quota, or the clear quota error", () => {
        fc.assert(
            fc.property(validArgs, (args) => {
                const result = planOrQuotaError(args);
                if (result instanceof ArgumentError) {
                    return;
                }
                expect(policySize(JSON.parse(JSON.stringify(result.inlinePolicy)))).to.be.at.most(
                    INLINE_POLICIES_MAX.value,
                );
                result.managedPolicies.forEach((part) =>
                    expect(policySize(part.document)).to.be.at.most(MANAGED_POLICY_MAX.value),
                );
                expect(result.managedPolicies.length).to.be.at.most(10);
                expect(policySize(result.trustPolicy)).to.be.at.most(TRUST_POLICY_MAX.value);
                expect(result.roleName.length).to.be.at.most(64);
            }),
            { numRuns: 150 },
        );
    });

    it("random valid args give the same documents and names in any input order", () => {
        fc.assert(
            fc.property(validArgs, fc.integer({ min: 1, max: 1000 }), (args, seed) => {
                const reordered: PlainArgs = {
                    ...args,
                    foundationModels: shuffled(args.foundationModels, seed),
                    knowledgeBases: shuffled(args.knowledgeBases, seed),
                    actionGroups: shuffled(args.actionGroups, seed),
                    agentIds: shuffled(args.agentIds, seed),
                };
                const a = planOrQuotaError(args);
                const b = planOrQuotaError(reordered);
                expect(JSON.stringify(b)).to.equal(JSON.stringify(a));
            }),
            { numRuns: 100 },
        );
    });

    it("random valid args use only actions, condition keys and resource types IAM defines", async () => {
        await fc.assert(
            fc.asyncProperty(validArgs, async (args) => {
                const result = planOrQuotaError(args);
                if (!(result instanceof ArgumentError)) {
                    expect(
                        (await Promise.all(allStatements(result).map(catalogProblems))).flat(),
                    ).to.deep.equal([]);
                }
            }),
            { numRuns: 30 },
        );
    });

    it("random valid args allow every needed request and deny its neighbour", async () => {
        await fc.assert(
            fc.asyncProperty(validArgs, fc.nat(), async (args, pick) => {
                const result = planOrQuotaError(args);
                if (result instanceof ArgumentError) {
                    return;
                }
                const models = args.foundationModels!;
                const model = `arn:aws:bedrock:us-east-1::foundation-model/${models[pick % models.length]}`;
                expect(await asRole(result, { action: "bedrock:InvokeModel", resource: model })).to.equal(
                    "Allowed",
                );
                const neighbour = `arn:aws:bedrock:us-east-1::foundation-model/other.not-listed-v9:0`;
                expect(await asRole(result, { action: "bedrock:InvokeModel", resource: neighbour })).to.equal(
                    "ImplicitlyDenied",
                );
                const kbs = args.knowledgeBases ?? [];
                if (kbs.length > 0) {
                    const kb = `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/${kbs[pick % kbs.length]}`;
                    expect(await asRole(result, { action: "bedrock:Retrieve", resource: kb })).to.equal(
                        "Allowed",
                    );
                    const otherKb = `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/kbnotlisted`;
                    expect(await asRole(result, { action: "bedrock:Retrieve", resource: otherKb })).to.equal(
                        "ImplicitlyDenied",
                    );
                }
                const agents = args.agentIds ?? [];
                const agent = agents.length > 0 ? agents[pick % agents.length] : "ANYAGENT00";
                const source = {
                    "aws:SourceAccount": ACCOUNT,
                    "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/${agent}`,
                };
                expect(await assumeRole(result, "bedrock.amazonaws.com", source)).to.equal("Allowed");
                expect(
                    await assumeRole(result, "bedrock.amazonaws.com", {
                        ...source,
                        "aws:SourceAccount": "210987654321",
                    }),
                ).to.equal("ImplicitlyDenied");
            }),
            { numRuns: 25 },
        );
    });
});
