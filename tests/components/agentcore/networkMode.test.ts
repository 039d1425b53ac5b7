// A runtime's, browser's, code interpreter's and harness's network mode, and a gateway's managed
// private endpoints: checked as AgentCore spells them, and what each hands the deployer.
import { expect } from "chai";
import {
    browserArgs,
    browserFailure,
    codeInterpreterArgs,
    codeInterpreterFailure,
    gatewayArgs,
    gatewayFailure,
    harnessArgs,
    harnessFailure,
    planAgentCore,
    planGateway,
    planRuntime,
    runtimeArgs,
    runtimeFailure,
} from "../../support/agentCoreFixtures";

const NETWORK_ROLE =
    "arn:aws:iam::123456789012:role/aws-service-role/network.bedrock-agentcore.amazonaws.com/AWSServiceRoleForBedrockAgentCoreNetwork";
const serviceLinkedSids = (statements: { Sid: string }[] | undefined) =>
    (statements ?? []).map((s) => s.Sid).filter((sid) => sid.endsWith("ServiceLinkedRole"));

describe("network modes and managed private endpoints (the deployer's network service-linked roles)", () => {
    it("refuses a network mode AgentCore does not spell so (lower case, another resource's mode) or a value that is not a string, naming networkMode", () => {
        const cases = [
            [
                runtimeFailure({ ...runtimeArgs(), networkMode: "vpc" }),
                '"vpc" is not a network mode of the runtime (PUBLIC or VPC)',
            ],
            [
                runtimeFailure({ ...runtimeArgs(), networkMode: "SANDBOX" }),
                '"SANDBOX" is not a network mode of the runtime (PUBLIC or VPC)',
            ],
            [
                browserFailure({ ...browserArgs(), networkMode: "Vpc" }),
                '"Vpc" is not a network mode of the browser (PUBLIC or VPC)',
            ],
            [
                codeInterpreterFailure({ ...codeInterpreterArgs(), networkMode: "sandbox" }),
                '"sandbox" is not a network mode of the code interpreter (PUBLIC, SANDBOX or VPC)',
            ],
            [
                harnessFailure({ ...harnessArgs(), networkMode: "private" }),
                '"private" is not a network mode of the harness (PUBLIC or VPC)',
            ],
        ] as const;
        for (const [error, problem] of cases) {
            expect(error.argument).to.equal("networkMode");
            expect(error.problem).to.equal(problem);
            expect(error.example).to.equal("VPC");
        }
        for (const failure of [
            runtimeFailure({ ...runtimeArgs(), networkMode: 42 }),
            browserFailure({ ...browserArgs(), networkMode: ["VPC"] }),
            codeInterpreterFailure({ ...codeInterpreterArgs(), networkMode: true }),
        ]) {
            expect(failure.argument).to.equal("networkMode");
            expect(failure.problem).to.match(/must be a string/);
        }
    });

    it("refuses managedPrivateEndpoints that is not true or false", () => {
        for (const value of ["true", 1, "yes"]) {
            const error = gatewayFailure({ ...gatewayArgs(), managedPrivateEndpoints: value });
            expect(error.argument, String(value)).to.equal("managedPrivateEndpoints");
        }
    });

    it("hands the deployer the network role in VPC mode only, on its exact ARN for its service", () => {
        const vpc = planRuntime({ ...runtimeArgs(), networkMode: "VPC" });
        const statement = vpc.deployerStatements?.find((s) => s.Sid === "CreateNetworkServiceLinkedRole");
        expect(statement).to.deep.equal({
            Sid: "CreateNetworkServiceLinkedRole",
            Effect: "Allow",
            Action: ["iam:CreateServiceLinkedRole"],
            Resource: [NETWORK_ROLE],
            Condition: {
                StringEquals: { "iam:AWSServiceName": ["network.bedrock-agentcore.amazonaws.com"] },
            },
        });
        expect(
            serviceLinkedSids(planRuntime({ ...runtimeArgs(), networkMode: "PUBLIC" }).deployerStatements),
        ).to.deep.equal(["CreateRuntimeIdentityServiceLinkedRole"]);
        expect(
            serviceLinkedSids(
                planAgentCore("codeInterpreter", { ...codeInterpreterArgs(), networkMode: "SANDBOX" })
                    .deployerStatements,
            ),
        ).to.deep.equal([]);
        expect(serviceLinkedSids(planAgentCore("browser", browserArgs()).deployerStatements)).to.deep.equal(
            [],
        );
    });

    it("hands a gateway's deployer the gateway network role with managed private endpoints only", () => {
        expect(
            serviceLinkedSids(
                planGateway({ ...gatewayArgs(), managedPrivateEndpoints: true }).deployerStatements,
            ),
        ).to.deep.equal(["CreateGatewayNetworkServiceLinkedRole"]);
        expect(serviceLinkedSids(planGateway(gatewayArgs()).deployerStatements)).to.deep.equal([]);
    });
});
