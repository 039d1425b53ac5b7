// One benchmark measurement, run in its own process so that its peak memory is its own.
// Usage: scenario.ts <component|handwritten> <knowledgeBases|models|lambdas> <count>
import * as aws from "@pulumi/aws";
import { BedrockAgentRole, planAgentPermissions, policySize } from "../index";
import { drainRegistrations, installMocks, settle } from "../tests/support/pulumiMocks";
import type { BedrockAgentRoleArgs } from "../components/agents/bedrockAgentRoleArgs";

const [mode, entity, countText] = process.argv.slice(2);
const count = Number(countText);
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

async function measureOnce(): Promise<number> {
    await installMocks();
    const start = process.hrtime.bigint();
    await (mode === "component" ? component() : handwritten());
    await drainRegistrations();
    return Number(process.hrtime.bigint() - start) / 1e6;
}

function planned(): { chars: number; policies: number; error?: string } {
    try {
        const plan = planAgentPermissions({
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
    const times: number[] = [];
    // The component refuses an agent over IAM's quotas before creating anything: nothing to time.
    for (let i = 0; i < 3 && !(plan.error && mode === "component"); i++) {
        times.push(await measureOnce());
    }
    times.sort((x, y) => x - y);
    const ms = times.length > 0 ? times[1] : NaN;
    console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...plan }));
})().catch((e) => {
    console.log(JSON.stringify({ error: String(e) }));
});
