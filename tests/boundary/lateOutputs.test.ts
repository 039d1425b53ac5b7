import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { BedrockAgentRole } from "../../components/agents/bedrockAgentRole";
import { minimalArgs } from "../support/fixtures";
import { installMocks, RecordedResource } from "../support/pulumiMocks";
import { reportedErrors } from "../support/reportedErrors";

const COMPONENT = "bedrock-agent-role:index:BedrockAgentRole";
const registeredBesidesComponents = (recorded: RecordedResource[]) =>
    recorded.filter((r) => r.type !== COMPONENT).map((r) => `${r.type}::${r.name}`);

describe("boundary: an Output that resolves to a bad value", () => {
    const groups = [
        { name: "orders", lambdaFunction: "orders" },
        { name: "tickets", lambdaFunction: "tickets" },
    ];

    it("creates no IAM resource and no Lambda permission, and is reported once, plainly, naming the argument", async () => {
        const recorded = await installMocks();
        const printed = await reportedErrors(async () => {
            new BedrockAgentRole("bad", {
                ...minimalArgs(),
                knowledgeBases: [pulumi.output("not-a-kb")],
                actionGroups: groups,
                tags: { team: "support" },
            });
        });
        expect(registeredBesidesComponents(recorded)).to.deep.equal([]);
        expect(printed).to.deep.equal([
            'bad: knowledgeBases[0]: "not-a-kb" is neither a valid id nor an ARN. Example of a valid value: KB12345678 or arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KB12345678',
        ]);
    });

    it("when it is a Lambda function, holds the role and its policy back too during pulumi up", async () => {
        const recorded = await installMocks();
        const printed = await reportedErrors(async () => {
            new BedrockAgentRole("bad", {
                ...minimalArgs(),
                actionGroups: [
                    {
                        name: "orders",
                        lambdaFunction: pulumi.output("arn:aws:lambda:us-east-1:210987654321:function:x"),
                    },
                ],
            });
        });
        expect(registeredBesidesComponents(recorded)).to.deep.equal([]);
        expect(printed).to.have.length(1);
        expect(printed[0]).to.match(/^bad: actionGroups\[0\]\.lambdaFunction: .*account "210987654321"/);
    });

    it("when it is of the wrong type (from JavaScript, Python or YAML), names the argument instead of crashing", async () => {
        const recorded = await installMocks();
        const printed = await reportedErrors(async () => {
            new BedrockAgentRole("bad", {
                ...minimalArgs(),
                streaming: pulumi.output("false" as unknown as boolean),
            });
        });
        expect(registeredBesidesComponents(recorded)).to.deep.equal([]);
        expect(printed).to.deep.equal([
            'bad: streaming: must be true or false, not the string "false". Example of a valid value: true',
        ]);
    });
});
