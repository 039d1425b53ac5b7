// The deployer's statements: each role passed to the service that takes it and to no other, and a
// runtime's service-linked role, with requests from the cited table (tests/support/requests/deployer.ts).
import { expect } from "chai";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { joinedDeployerStatements } from "../../components/grants/deployer";
import { AGENTCORE_ARGS, planAgentCore, planRuntime, runtimeArgs } from "../support/agentCoreFixtures";
import { AwsRequest, awsRequests } from "../support/awsRequests";
import { minimalArgs } from "../support/fixtures";
import { decideAws } from "../support/iamEvaluation";
import { plan } from "../support/plan";

const decisions = (p: Parameters<typeof decideAws>[0], requests: AwsRequest[]) =>
    Promise.all(requests.map(async (r) => `${r.name}: ${await decideAws(p, r)}`));
const expected = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: ${r.expected}`);

describe("IAM evaluation (iam-simulate): the deployer's statements", () => {
    it("let the deployer pass each AgentCore kind's role to AgentCore only, and no other role", async () => {
        const requests = awsRequests("agentcore.deployer");
        for (const kind of Object.keys(AGENTCORE_KINDS) as AgentCoreKind[]) {
            const p = planAgentCore(kind, AGENTCORE_ARGS[kind]());
            expect(await decisions(p, requests), kind).to.deep.equal(expected(requests));
        }
    });

    it("let a runtime's deployer create the runtime-identity service-linked role, and no other", async () => {
        const requests = awsRequests("agentcore.runtimeDeployer");
        expect(await decisions(planRuntime(runtimeArgs()), requests)).to.deep.equal(expected(requests));
    });

    it("let an agent's deployer pass its role to Bedrock only", async () => {
        const requests = awsRequests("agents.deployer");
        expect(await decisions(plan(minimalArgs()), requests)).to.deep.equal(expected(requests));
    });

    it("join several roles' statements into one policy that passes each role to its own service only", async () => {
        const runtime = planRuntime(runtimeArgs());
        const agent = plan(minimalArgs());
        const joined = joinedDeployerStatements([
            ...(runtime.deployerStatements ?? []),
            ...(agent.deployerStatements ?? []),
        ]);
        // Each role under the joined policy: AWS's requests for it, as the table writes them.
        const runtimeRequests = awsRequests("agentcore.deployer");
        const agentRequests = awsRequests("agents.deployer");
        expect(await decisions({ ...runtime, deployerStatements: joined }, runtimeRequests)).to.deep.equal(
            expected(runtimeRequests),
        );
        expect(await decisions({ ...agent, deployerStatements: joined }, agentRequests)).to.deep.equal(
            expected(agentRequests),
        );
    });
});
