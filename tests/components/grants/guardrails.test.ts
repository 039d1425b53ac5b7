import { expect } from "chai";
import type * as pulumi from "@pulumi/pulumi";
import type { GuardrailArgs } from "../../../components/grants/guardrails";
import { minimalArgs } from "../../support/fixtures";
import { plan, planFailure } from "../../support/plan";

const GUARDRAIL = "arn:aws:bedrock:us-east-1:123456789012:guardrail/gr1234abcd56";
const profileIn = (region: string) =>
    `arn:aws:bedrock:${region}:123456789012:guardrail-profile/us.guardrail.v1:0`;
const applied = (args: object) =>
    plan({ ...minimalArgs(), ...args }).inlinePolicy.Statement.find((s) => s.Sid === "ApplyGuardrails")
        ?.Resource;

describe("capability: guardrails", () => {
    it("grants ApplyGuardrail on the guardrail's ARN, the same by id or ARN", () => {
        expect(applied({ guardrails: [{ guardrail: "gr1234abcd56" }] })).to.deep.equal([GUARDRAIL]);
        expect(applied({ guardrails: [{ guardrail: GUARDRAIL }] })).to.deep.equal([GUARDRAIL]);
    });

    it("refuses a guardrail version, since the guardrail's ARN carries none", () => {
        for (const guardrail of ["gr1234abcd56:1", `${GUARDRAIL}:DRAFT`]) {
            const error = planFailure({ ...minimalArgs(), guardrails: [{ guardrail }] });
            expect(error.argument).to.equal("guardrails[0].guardrail");
            expect(error.message).to.match(/version/);
        }
    });

    it("grants the guardrail profile in the agent's region and each region of its geography, and says so in the plan", () => {
        const p = plan({
            ...minimalArgs(),
            guardrails: [{ guardrail: "gr1234abcd56", crossRegionProfile: "us.guardrail.v1:0" }],
        });
        const regions = ["ca-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"];
        expect(p.inlinePolicy.Statement.find((s) => s.Sid === "ApplyGuardrails")?.Resource).to.have.members([
            GUARDRAIL,
            ...regions.map(profileIn),
        ]);
        expect(p.crossRegionProfiles).to.deep.equal([
            {
                argument: "guardrails[0].crossRegionProfile",
                profileArn: profileIn("us-east-1"),
                destinations: regions.map(profileIn),
                source: "table",
            },
        ]);
    });

    it("takes the destinations given instead of the table, the agent's region always included", () => {
        const resources = applied({
            guardrails: [
                {
                    guardrail: "gr1234abcd56",
                    crossRegionProfile: "us.guardrail.v1:0",
                    crossRegionDestinations: ["us-west-2"],
                },
            ],
        });
        expect(resources).to.deep.equal([GUARDRAIL, profileIn("us-east-1"), profileIn("us-west-2")].sort());
    });

    it("refuses destinations without a profile, a profile id of another form, and an unknown geography without destinations", () => {
        const cases: [pulumi.Unwrap<GuardrailArgs>, string][] = [
            [{ guardrail: "gr1234abcd56", crossRegionDestinations: ["us-east-1"] }, "crossRegionProfile"],
            [{ guardrail: "gr1234abcd56", crossRegionProfile: "us.anthropic.claude" }, "crossRegionProfile"],
            [
                { guardrail: "gr1234abcd56", crossRegionProfile: "xx.guardrail.v1:0" },
                "crossRegionDestinations",
            ],
            [
                {
                    guardrail: "gr1234abcd56",
                    crossRegionProfile: "us.guardrail.v1:0",
                    crossRegionDestinations: ["us-east-*"],
                },
                "crossRegionDestinations[0]",
            ],
        ];
        for (const [guardrail, field] of cases) {
            expect(planFailure({ ...minimalArgs(), guardrails: [guardrail] }).argument).to.equal(
                `guardrails[0].${field}`,
            );
        }
    });

    it("decrypts a guardrail's key and hands its owner a statement naming the role, not the service", () => {
        const key = "arn:aws:kms:us-east-1:123456789012:key/5678abcd-12ab-34cd-56ef-1234567890ab";
        const p = plan({ ...minimalArgs(), guardrails: [{ guardrail: "gr1234abcd56", kmsKey: key }] });
        expect(p.inlinePolicy.Statement.find((s) => s.Sid === "DecryptGuardrails")).to.deep.equal({
            Sid: "DecryptGuardrails",
            Effect: "Allow",
            Action: ["kms:Decrypt"],
            Resource: [key],
        });
        expect(p.keyPolicies).to.have.length(1);
        expect(p.keyPolicies[0].statements[0].Principal).to.deep.equal({ AWS: p.roleArn });
        expect(
            planFailure({ ...minimalArgs(), guardrails: [{ guardrail: "gr1234abcd56", kmsKey: "alias/g" }] })
                .argument,
        ).to.equal("guardrails[0].kmsKey");
    });

    it("grants nothing for an empty list, and refuses an unknown field", () => {
        expect(plan({ ...minimalArgs(), guardrails: [] }).inlinePolicy).to.deep.equal(
            plan(minimalArgs()).inlinePolicy,
        );
        expect(
            planFailure({
                ...minimalArgs(),
                guardrails: [{ guardrail: "gr1234abcd56", version: "1" } as never],
            }).argument,
        ).to.equal("guardrails[0].version");
    });

    it("refuses a geography's guardrail profile called from outside that geography, as for inference profiles, unless its destinations are given", () => {
        const eu = { partition: "aws", account: "123456789012", region: "eu-west-1" };
        const guardrails = [{ guardrail: "gr1234abcd56", crossRegionProfile: "us.guardrail.v1:0" }];
        const error = planFailure({ ...minimalArgs(), guardrails }, eu);
        expect(error.argument).to.equal("guardrails[0].crossRegionDestinations");
        expect(error.message).to.match(/us profiles are called from .*, not eu-west-1/);
        const given = plan(
            { ...minimalArgs(), guardrails: [{ ...guardrails[0], crossRegionDestinations: ["us-east-1"] }] },
            eu,
        );
        expect(given.crossRegionProfiles[0].source).to.equal("override");
    });
});
