// The deployer's statements: each role passed to the service that takes it and to no other, the
// service-linked roles AgentCore creates with the deployer's credentials, the role's own creation
// and policies (within its boundary), an agent's Lambda permissions, and several components' joined,
// with requests from the cited table (tests/support/requests/deployer.ts).
import { expect } from "chai";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { joinedDeployerStatements } from "../../components/grants/deployer";
import {
    AGENTCORE_ARGS,
    browserArgs,
    codeInterpreterArgs,
    gatewayArgs,
    planAgentCore,
    planGateway,
    planRuntime,
    runtimeArgs,
} from "../support/agentCoreFixtures";
import { AwsRequest, awsRequests } from "../support/awsRequests";
import { fullArgs, minimalArgs } from "../support/fixtures";
import { decideAws } from "../support/iamEvaluation";
import { plan } from "../support/plan";
import { DEPLOYED_ROLE_SUFFIX, EXISTING_ROLE } from "../support/requests/deployer";

const decisions = (p: Parameters<typeof decideAws>[0], requests: AwsRequest[]) =>
    Promise.all(requests.map(async (r) => `${r.name}: ${await decideAws(p, r)}`));
const expected = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: ${r.expected}`);
const BOUNDARY = "arn:aws:iam::123456789012:policy/AgentBoundary";
const EXISTING = { existingRole: EXISTING_ROLE };
/** The role name the rows write for each role: the kind's prefix and this suffix. */
const NAMED = { roleNameSuffix: DEPLOYED_ROLE_SUFFIX };
/**
 * Every AgentCore kind's role and an agent's, from each one's fixture and `more`; a role the
 * component creates named as the rows write it.
 */
const everyRole = (more: object) => {
    const named: object = "existingRole" in more ? more : { ...NAMED, ...more };
    return [
        ...(Object.keys(AGENTCORE_KINDS) as AgentCoreKind[]).map((kind) => ({
            kind: kind as string,
            plan: planAgentCore(kind, { ...AGENTCORE_ARGS[kind](), ...named }),
        })),
        { kind: "agent", plan: plan({ ...minimalArgs(), ...named }) },
    ];
};

describe("IAM evaluation (iam-simulate): the deployer's statements", () => {
    it("let the deployer pass each AgentCore kind's role to AgentCore only, and no other role", async () => {
        for (const kind of Object.keys(AGENTCORE_KINDS) as AgentCoreKind[]) {
            const requests = awsRequests(`agentcore.deployer.${kind}`);
            const p = planAgentCore(kind, { ...AGENTCORE_ARGS[kind](), ...NAMED });
            expect(await decisions(p, requests), kind).to.deep.equal(expected(requests));
        }
    });

    it("let a runtime's deployer create the runtime-identity service-linked role, and no other", async () => {
        const requests = awsRequests("agentcore.runtimeDeployer");
        expect(await decisions(planRuntime(runtimeArgs()), requests)).to.deep.equal(expected(requests));
    });

    it("let an agent's deployer pass its role to Bedrock only", async () => {
        const requests = awsRequests("agents.deployer");
        expect(await decisions(plan({ ...minimalArgs(), ...NAMED }), requests)).to.deep.equal(
            expected(requests),
        );
    });

    it("join several roles' statements into one policy that passes each role to its own service only", async () => {
        const runtime = planRuntime({ ...runtimeArgs(), ...NAMED });
        const agent = plan({ ...minimalArgs(), ...NAMED });
        const joined = joinedDeployerStatements([
            ...(runtime.deployerStatements ?? []),
            ...(agent.deployerStatements ?? []),
        ]);
        // Each role under the joined policy: AWS's requests for it, as the table writes them.
        const runtimeRequests = awsRequests("agentcore.deployer.runtime");
        const agentRequests = awsRequests("agents.deployer");
        expect(await decisions({ ...runtime, deployerStatements: joined }, runtimeRequests)).to.deep.equal(
            expected(runtimeRequests),
        );
        expect(await decisions({ ...agent, deployerStatements: joined }, agentRequests)).to.deep.equal(
            expected(agentRequests),
        );
    });

    it("let the deployer create, read, update and delete each role it creates, of every kind, and no other role", async () => {
        for (const { kind, plan: p } of everyRole({})) {
            const requests = awsRequests(`deployer.role.${kind}`);
            expect(await decisions(p, requests), kind).to.deep.equal(expected(requests));
        }
    });

    it("let the deployer of an existing role write and read its policies only: never create, change or delete the role", async () => {
        const requests = awsRequests("deployer.existingRole");
        for (const { kind, plan: p } of everyRole(EXISTING)) {
            expect(await decisions(p, requests), kind).to.deep.equal(expected(requests));
        }
    });

    it("with a permissions boundary, let the deployer create and change the role only while it carries that boundary", async () => {
        for (const { kind, plan: p } of everyRole({ permissionsBoundary: BOUNDARY })) {
            const requests = awsRequests(`deployer.boundedRole.${kind}`);
            expect(await decisions(p, requests), kind).to.deep.equal(expected(requests));
        }
    });

    it("let the deployer create the managed policies the role's statements spill into, and attach those only, within the boundary", async () => {
        const ids = Array.from({ length: 300 }, (_, i) => `KB${String(i).padStart(8, "0")}`);
        const spilled = plan({
            ...minimalArgs(),
            ...NAMED,
            knowledgeBases: ids,
            permissionsBoundary: BOUNDARY,
        });
        expect(spilled.managedPolicies.length).to.be.greaterThan(1);
        // Every managed policy, not only the first: the rows ask of the first and of the last.
        const requests = awsRequests("deployer.managedPolicies");
        expect(await decisions(spilled, requests)).to.deep.equal(expected(requests));
    });

    it("let an agent's deployer add each function's permission for Bedrock only, read and remove it, and nothing on another function", async () => {
        const requests = awsRequests("agents.lambdaDeployer");
        expect(await decisions(plan(fullArgs()), requests)).to.deep.equal(expected(requests));
        // No function, no Lambda statement at all.
        const sids = (plan(minimalArgs()).deployerStatements ?? []).map((s) => s.Sid);
        expect(sids.filter((sid) => /Lambda/.test(sid))).to.deep.equal([]);
    });

    it("in a VPC, let the deployer of a runtime, browser, code interpreter or harness create the network service-linked role, and no other", async () => {
        const vpc = awsRequests("agentcore.vpcDeployer");
        const publicNetwork = awsRequests("agentcore.publicDeployer");
        for (const kind of ["runtime", "browser", "codeInterpreter", "harness"] as AgentCoreKind[]) {
            const inVpc = planAgentCore(kind, { ...AGENTCORE_ARGS[kind](), networkMode: "VPC" });
            expect(await decisions(inVpc, vpc), kind).to.deep.equal(expected(vpc));
            const onPublic = planAgentCore(kind, AGENTCORE_ARGS[kind]());
            expect(await decisions(onPublic, publicNetwork), kind).to.deep.equal(expected(publicNetwork));
        }
        const sandbox = planAgentCore("codeInterpreter", {
            ...codeInterpreterArgs(),
            networkMode: "SANDBOX",
        });
        expect(await decisions(sandbox, publicNetwork)).to.deep.equal(expected(publicNetwork));
    });

    it("with managed private endpoints, let a gateway's deployer create the gateway network service-linked role, and not without", async () => {
        const withEndpoints = awsRequests("agentcore.gatewayNetworkDeployer");
        const gateway = planGateway({ ...gatewayArgs(), managedPrivateEndpoints: true });
        expect(await decisions(gateway, withEndpoints)).to.deep.equal(expected(withEndpoints));
        const without = awsRequests("agentcore.gatewayDeployer");
        for (const args of [gatewayArgs(), { ...gatewayArgs(), managedPrivateEndpoints: false }]) {
            expect(await decisions(planGateway(args), without)).to.deep.equal(expected(without));
        }
    });

    it("join several components' role statements into one statement per Sid naming every role, whatever their order", async () => {
        const runtime = planRuntime({ ...runtimeArgs(), ...NAMED, networkMode: "VPC" });
        const browser = planAgentCore("browser", { ...browserArgs(), ...NAMED, networkMode: "VPC" });
        const agent = plan({ ...fullArgs(), ...NAMED });
        const bounded = planAgentCore("gateway", {
            ...gatewayArgs(),
            ...NAMED,
            permissionsBoundary: BOUNDARY,
        });
        const all = [runtime, browser, agent, bounded].flatMap((p) => p.deployerStatements ?? []);
        const joined = joinedDeployerStatements(all);
        // The same policy from the components in any order, and each Sid once per shape.
        const reversed = joinedDeployerStatements(
            [bounded, agent, browser, runtime].flatMap((p) => p.deployerStatements ?? []),
        );
        expect(JSON.stringify(reversed)).to.equal(JSON.stringify(joined));
        const sids = joined.map((s) => s.Sid);
        expect(sids).to.deep.equal([...new Set(sids)].sort());
        // The unbounded roles share one CreateRoles statement; the bounded gateway's, of another
        // shape, is apart under a numbered Sid.
        const createRoles = joined.filter((s) => s.Action.includes("iam:CreateRole"));
        expect(createRoles.map((s) => s.Sid)).to.deep.equal(["CreateRoles", "CreateRoles2"]);
        expect(createRoles.map((s) => [s.Resource, s.Condition ?? {}])).to.have.deep.members([
            [[agent.roleArn, browser.roleArn, runtime.roleArn].sort(), {}],
            [[bounded.roleArn], { StringEquals: { "iam:PermissionsBoundary": [BOUNDARY] } }],
        ]);
        expect(joined.find((s) => s.Sid === "ReadRolePolicies")?.Resource).to.deep.equal(
            [agent.roleArn, browser.roleArn, bounded.roleArn, runtime.roleArn].sort(),
        );
        // Each role under the joined policy: AWS's requests for it, as the table writes them.
        for (const [kind, p] of [
            ["runtime", runtime],
            ["browser", browser],
            ["agent", agent],
        ] as const) {
            const requests = awsRequests(`deployer.role.${kind}`);
            expect(await decisions({ ...p, deployerStatements: joined }, requests)).to.deep.equal(
                expected(requests),
            );
        }
        const boundedRequests = awsRequests("deployer.boundedRole.gateway");
        expect(await decisions({ ...bounded, deployerStatements: joined }, boundedRequests)).to.deep.equal(
            expected(boundedRequests),
        );
        const vpc = awsRequests("agentcore.vpcDeployer");
        expect(await decisions({ ...runtime, deployerStatements: joined }, vpc)).to.deep.equal(expected(vpc));
        const lambda = awsRequests("agents.lambdaDeployer");
        expect(await decisions({ ...agent, deployerStatements: joined }, lambda)).to.deep.equal(
            expected(lambda),
        );
    });
});
