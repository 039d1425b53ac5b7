// One benchmark measurement, run in its own process so that its peak memory is its own.
// Usage: scenario.ts <component|handwritten> <knowledgeBases|models|lambdas> <count>
import * as aws from "@pulumi/aws";
import { BedrockAgentRole, planBedrockAgentRole, policySize } from "../index";
import { drainRegistrations, installMocks, settle } from "../tests/support/pulumiMocks";
import type { BedrockAgentRoleArgs } from "../components/agents/bedrockAgentRoleArgs";

const [mode, entity, countText] = process.argv.slice(2);
const count = Number(countText);
/** Measured runs per process; the figures are the least of them. */
const RUNS = 5;
const ACCOUNT = "123456789012";
const ids = (prefix: string) =>
    Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(10 - prefix.length, "0")}`);

function args(): BedrockAgentRoleArgs {
    const base: BedrockAgentRoleArgs = { foundationModels: ["anthropic.claude-3-5-sonnet-20240620-v1:0"] };
    if (entity === "knowledgeBases") return { ...base, knowledgeBases: ids("KB") };
    if (entity === "models") return { foundationModels: ids("m").map((id) => `anthropic.${id}-v1:0`) };
    return { ...base, actionGroups: ids("g").map((name) => ({ name, lambdaFunction: `fn-${name}` })) };
}

/** The same resources as the component, written by hand with literal JSON and no checks. */
function handwritten(): Promise<unknown> {
    const a = args();
    const agents = `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/*`;
    const role = new aws.iam.Role("hand", {
        name: "AmazonBedrockExecutionRoleForAgents_hand",
        assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { Service: "bedrock.amazonaws.com" },
                    Action: "sts:AssumeRole",
                    Condition: {
                        StringEquals: { "aws:SourceAccount": ACCOUNT },
                        ArnLike: { "aws:SourceArn": agents },
                    },
                },
            ],
        }),
    });
    const statements: object[] = [
        {
            Effect: "Allow",
            Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
            Resource: (a.foundationModels as string[]).map(
                (m) => `arn:aws:bedrock:us-east-1::foundation-model/${m}`,
            ),
        },
    ];
    if (a.knowledgeBases) {
        statements.push({
            Effect: "Allow",
            Action: ["bedrock:Retrieve"],
            Resource: (a.knowledgeBases as string[]).map(
                (kb) => `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/${kb}`,
            ),
        });
    }
    const policy = new aws.iam.RolePolicy("hand", {
        role: role.name,
        policy: JSON.stringify({ Version: "2012-10-17", Statement: statements }),
    });
    const permissions = (a.actionGroups ?? []).map(
        (group) =>
            new aws.lambda.Permission(`hand-${group.name}`, {
                function: group.lambdaFunction as string,
                action: "lambda:InvokeFunction",
                principal: "bedrock.amazonaws.com",
                sourceAccount: ACCOUNT,
                sourceArn: agents,
            }),
    );
    return Promise.all([settle(role.arn), settle(policy.id), ...permissions.map((p) => settle(p.id))]);
}

async function component(): Promise<unknown> {
    const c = new BedrockAgentRole("bench", args());
    return Promise.all([settle(c.roleArn), ...c.lambdaPermissions.map((p) => settle(p.id))]);
}

/** One run: its wall-clock and CPU (user + system) milliseconds, from declaring to the last registration. */
async function measureOnce(): Promise<{ ms: number; cpuMs: number }> {
    // Each run starts from a collected heap (bench.ts passes --expose-gc), as a deployment starts
    // in a new process: otherwise the peak also holds the garbage of the runs before it, as
    // much as the collector's timing leaves, which measures the collector rather than the code.
    (globalThis as { gc?: () => void }).gc?.();
    await installMocks();
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    await (mode === "component" ? component() : handwritten());
    await drainRegistrations();
    const used = process.cpuUsage(cpu);
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000 };
}

function planned(): { chars: number; policies: number; error?: string } {
    try {
        const plan = planBedrockAgentRole({
            args: args() as never,
            provider: { partition: "aws", account: ACCOUNT, region: "us-east-1" },
            source: { project: "bench", stack: "bench", componentName: "bench" },
        });
        const chars =
            policySize(plan.inlinePolicy) +
            plan.managedPolicies.reduce((n, p) => n + policySize(p.document), 0);
        return { chars, policies: 1 + plan.managedPolicies.length };
    } catch (e) {
        return { chars: 0, policies: 0, error: (e as Error).message };
    }
}

(async () => {
    const plan = mode === "component" ? planned() : { chars: 0, policies: 0 };
    const runs: { ms: number; cpuMs: number }[] = [];
    // The component refuses an agent over IAM's quotas before creating anything: nothing to time.
    for (let i = 0; i < RUNS && !(plan.error && mode === "component"); i++) {
        runs.push(await measureOnce());
    }
    // The least of several runs: what the work costs when the machine's other load intrudes least.
    const ms = Math.min(...runs.map((r) => r.ms));
    const cpuMs = Math.min(...runs.map((r) => r.cpuMs));
    console.log(JSON.stringify({ ms, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, ...plan }));
})().catch((e) => {
    console.log(JSON.stringify({ error: String(e) }));
});
