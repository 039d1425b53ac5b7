// Packing never changes what the statements allow: random statements under every kind of condition
// operator, negated ones included, are packed into policies small enough to force splits, and the
// IAM evaluator decides random requests alike under the packed policies and the statements as given.
import { expect } from "chai";
import fc from "fast-check";
import { ArgumentError } from "../../../components/iam/argumentError";
import {
    ConditionOperator,
    Conditions,
    IdentityStatement,
    policyDocument,
    statement,
} from "../../../components/iam/policyDocument";
import { packPolicies } from "../../../components/iam/policyPacking";
import { simulate } from "../../support/iamEvaluation";

const ENV = { partition: "aws", account: "123456789012", region: "us-east-1" };
const ROLE = "arn:aws:iam::123456789012:role/agent";
const ACTIONS = ["s3:GetObject", "s3:PutObject"];
// Few objects, with long keys, so that requests hit the statements and resource lists split too.
const OBJECTS = Array.from(
    { length: 8 },
    (_, i) => `arn:aws:s3:::agent-data/reports/2026/quarterly-summary-${i}.csv`,
);
// Enough long values that one condition alone can exceed a managed policy.
const TEAMS = Array.from({ length: 48 }, (_, i) => `support-team-of-region-${String(i).padStart(3, "0")}`);
const TAGS = ["x", "y", "z"];
const IPS = ["10.0.0.0/24", "10.0.1.0/24", "192.168.0.0/16"];

/** Each operator with the key it is tested on and the values it compares with. */
const OPERATORS: { operator: ConditionOperator; key: string; values: string[] }[] = [
    { operator: "StringEquals", key: "aws:PrincipalTag/team", values: TEAMS },
    { operator: "StringNotEquals", key: "aws:PrincipalTag/team", values: TEAMS },
    { operator: "StringLike", key: "aws:PrincipalTag/team", values: TEAMS },
    { operator: "StringNotLike", key: "aws:PrincipalTag/team", values: TEAMS },
    { operator: "StringNotEqualsIfExists", key: "aws:PrincipalTag/team", values: TEAMS },
    { operator: "ForAnyValue:StringEquals", key: "aws:TagKeys", values: TAGS },
    { operator: "ForAnyValue:StringNotEquals", key: "aws:TagKeys", values: TAGS },
    { operator: "ForAllValues:StringEquals", key: "aws:TagKeys", values: TAGS },
    { operator: "ForAllValues:StringNotEquals", key: "aws:TagKeys", values: TAGS },
    { operator: "IpAddress", key: "aws:SourceIp", values: IPS },
    { operator: "NotIpAddress", key: "aws:SourceIp", values: IPS },
];

const subset = <T>(values: T[]) => fc.subarray(values, { minLength: 1 });

const condition = fc
    .subarray(OPERATORS, { minLength: 0, maxLength: 2 })
    .chain((picked) => fc.tuple(...picked.map((p) => subset(p.values).map((values) => ({ ...p, values })))))
    .map((picked) => {
        const conditions: Record<string, Record<string, string[]>> = {};
        for (const { operator, key, values } of picked) {
            conditions[operator] = { ...conditions[operator], [key]: values };
        }
        return picked.length > 0 ? (conditions as Conditions) : undefined;
    });

const statements = fc
    .array(
        fc.record({
            effect: fc.constantFrom("Allow", "Deny"),
            actions: subset(ACTIONS),
            // A single resource as often as several: then only the conditions could be split.
            resources: fc.oneof(
                subset(OBJECTS),
                fc.constantFrom(...OBJECTS).map((o) => [o]),
            ),
            condition,
        }),
        { minLength: 1, maxLength: 4 },
    )
    .map((list) =>
        list.map((s, i) =>
            statement<IdentityStatement>({
                Sid: `S${i}`,
                Effect: s.effect,
                Action: s.actions,
                Resource: s.resources,
                ...(s.condition ? { Condition: s.condition } : {}),
            }),
        ),
    );

const request = fc.record({
    action: fc.constantFrom(...ACTIONS),
    resource: fc.constantFrom(...OBJECTS),
    team: fc.option(fc.constantFrom(...TEAMS, "sales"), { nil: undefined }),
    tags: fc.subarray([...TAGS, "w"]),
    ip: fc.constantFrom("10.0.0.7", "10.0.1.9", "192.168.4.4", "172.16.0.1"),
});

// Small enough that most cases spill into managed policies and split.
const LIMITS = { inlineMax: 700, managedMax: 900, managedPoliciesMax: 1000 };

describe("policyPacking allows exactly what the statements allow", function () {
    this.timeout(300000);

    it("for random statements under every operator, negated ones included, and random requests", async () => {
        let split = 0;
        await fc.assert(
            fc.asyncProperty(
                statements,
                fc.array(request, { minLength: 4, maxLength: 4 }),
                async (list, asked) => {
                    let packed;
                    try {
                        packed = packPolicies(list, LIMITS, ENV, (sid) => `argument of ${sid}`);
                    } catch (error) {
                        // A statement that fits no policy without splitting its conditions is refused.
                        expect(ArgumentError.isArgumentError(error), String(error)).to.equal(true);
                        expect((error as ArgumentError).argument).to.match(/^argument of S\d$/);
                        return;
                    }
                    const policies = [packed.inline, ...packed.managed.map((part) => part.document)];
                    split += packed.managed.length;
                    for (const r of asked) {
                        const context: Record<string, string | string[]> = {
                            "aws:SourceIp": r.ip,
                            "aws:TagKeys": r.tags,
                        };
                        if (r.team) {
                            context["aws:PrincipalTag/team"] = r.team;
                        }
                        const ask = { principal: ROLE, action: r.action, resource: r.resource, context };
                        const expected = await simulate(ask, [policyDocument(list)]);
                        expect(await simulate(ask, policies), JSON.stringify({ list, r })).to.equal(expected);
                    }
                },
            ),
            { numRuns: Number(process.env.PACKING_RUNS ?? 300) },
        );
        expect(split, "some cases must spill into managed policies").to.be.greaterThan(0);
    });
});
