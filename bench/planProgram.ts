// The program the plan benchmark plans: a Pulumi project of N agents as a user would write it,
// each agent with its role, Lambda, knowledge base, guardrail and model through an inference
// profile, and an AgentCore runtime role every few agents; and the same program with the roles
// written by hand, which is what Pulumi's SDK costs without the components. Each in a folder laid
// out as after `npm install`: the package built into its node_modules, the Pulumi SDKs beside it.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");

/** Every how many agents an AgentCore runtime role is declared beside them. */
const RUNTIME_EVERY = 5;

/** Every how many agents the model goes through an application profile the program creates. */
const APPLICATION_PROFILE_EVERY = 4;

/** The roles of an agent and of a runtime, declared by the components. */
const COMPONENT_ROLES = `
import { AgentCoreRuntimeRole, BedrockAgentRole } from "bedrock-agent-role";

function agentRole(name: string, uses: AgentUses) {
    return new BedrockAgentRole(name, {
        foundationModels: [uses.model],
        knowledgeBases: [uses.knowledgeBase],
        actionGroups: [{ name: "actions", lambdaFunction: uses.actions }],
        guardrails: [{ guardrail: uses.guardrail, crossRegionProfile: "us.guardrail.v1:0" }],
        lambdaAgentIds: [uses.agentId],
    });
}

function runtimeRole(name: string, repository: pulumi.Output<string>): void {
    new AgentCoreRuntimeRole(name, {
        runtimeName: \`\${name.replace(/-/g, "_")}\`,
        containerRepository: repository,
        foundationModels: [PROFILE],
    });
}
`;

/** The same roles written by hand: a role, its policy and the Lambda permission, in literal JSON. */
const HAND_WRITTEN_ROLES = `
const document = (statements: object[]) => pulumi.jsonStringify({ Version: "2012-10-17", Statement: statements });
const allow = (action: string[], resource: pulumi.Input<string>[]) => ({ Effect: "Allow", Action: action, Resource: resource });

function agentRole(name: string, uses: AgentUses) {
    const role = new aws.iam.Role(name, {
        name: \`AmazonBedrockExecutionRoleForAgents_\${name}\`,
        assumeRolePolicy: trust("bedrock.amazonaws.com"),
    });
    new aws.iam.RolePolicy(name, {
        role: role.name,
        policy: document([
            allow(["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"], [uses.model]),
            allow(["bedrock:Retrieve"], [uses.knowledgeBase]),
            allow(["bedrock:ApplyGuardrail"], [uses.guardrail]),
        ]),
    });
    new aws.lambda.Permission(\`\${name}-actions\`, {
        function: uses.actions,
        action: "lambda:InvokeFunction",
        principal: "bedrock.amazonaws.com",
        sourceArn: pulumi.interpolate\`arn:aws:bedrock:us-east-1:123456789012:agent/\${uses.agentId}\`,
    });
    return { roleArn: role.arn, foundationModel: pulumi.output(uses.model) };
}

function runtimeRole(name: string, repository: pulumi.Output<string>): void {
    const role = new aws.iam.Role(name, { assumeRolePolicy: trust("bedrock-agentcore.amazonaws.com") });
    new aws.iam.RolePolicy(name, {
        role: role.name,
        policy: document([allow(["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"], [repository])]),
    });
}
`;

/** The program's TypeScript: shared roles and a repository, then each agent and what it uses. */
function programText(agents: number, roles: string): string {
    return `// ${agents} agents, each with its own role, Lambda, knowledge base and guardrail.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const AGENTS = ${agents};
const PROFILE = "us.anthropic.claude-sonnet-4-20250514-v1:0";

/** What an agent's role lets it use. */
interface AgentUses {
    model: pulumi.Input<string>;
    knowledgeBase: pulumi.Output<string>;
    actions: pulumi.Output<string>;
    guardrail: pulumi.Output<string>;
    agentId: pulumi.Output<string>;
}

const trust = (service: string) => aws.iam.assumeRolePolicyForPrincipal({ Service: service });
${roles}
const functionRole = new aws.iam.Role("agent-functions", {
    assumeRolePolicy: trust("lambda.amazonaws.com"),
    managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole],
});
// Bedrock assumes the knowledge bases' role for the knowledge bases of this account only (the
// confused-deputy conditions the policy pack's agent-iam-trust-confused-deputy asks for).
const knowledgeRole = new aws.iam.Role("knowledge-bases", {
    assumeRolePolicy: pulumi
        .all([aws.getCallerIdentityOutput().accountId, aws.getRegionOutput().region])
        .apply(([account, region]) =>
            JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                    {
                        Effect: "Allow",
                        Principal: { Service: "bedrock.amazonaws.com" },
                        Action: "sts:AssumeRole",
                        Condition: {
                            StringEquals: { "aws:SourceAccount": account },
                            ArnLike: { "aws:SourceArn": "arn:aws:bedrock:" + region + ":" + account + ":knowledge-base/*" },
                        },
                    },
                ],
            }),
        ),
});
const runtimes = new aws.ecr.Repository("runtimes", { name: "runtimes" });

function agent(index: number): void {
    const name = \`agent-\${String(index).padStart(4, "0")}\`;
    const actions = new aws.lambda.Function(\`\${name}-actions\`, {
        role: functionRole.arn,
        runtime: "nodejs20.x",
        handler: "index.handler",
        code: new pulumi.asset.AssetArchive({
            "index.js": new pulumi.asset.StringAsset("exports.handler = async (event) => ({ messageVersion: '1.0' });"),
        }),
    });
    const knowledge = new aws.bedrock.AgentKnowledgeBase(\`\${name}-kb\`, {
        name: \`\${name}-kb\`,
        roleArn: knowledgeRole.arn,
        knowledgeBaseConfiguration: {
            type: "VECTOR",
            vectorKnowledgeBaseConfiguration: {
                embeddingModelArn: "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0",
            },
        },
        storageConfiguration: {
            type: "OPENSEARCH_SERVERLESS",
            opensearchServerlessConfiguration: {
                collectionArn: "arn:aws:aoss:us-east-1:123456789012:collection/kbcollection1",
                vectorIndexName: \`\${name}-index\`,
                fieldMapping: { vectorField: "vector", textField: "text", metadataField: "metadata" },
            },
        },
    });
    const guardrail = new aws.bedrock.Guardrail(\`\${name}-guardrail\`, {
        name: \`\${name}-guardrail\`,
        blockedInputMessaging: "Sorry, I cannot help with that.",
        blockedOutputsMessaging: "Sorry, I cannot help with that.",
        crossRegionConfig: { guardrailProfileIdentifier: "us.guardrail.v1:0" },
        contentPolicyConfig: { filtersConfigs: [{ type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" }] },
    });
    const model =
        index % ${APPLICATION_PROFILE_EVERY} === 0
            ? new aws.bedrock.InferenceProfile(\`\${name}-profile\`, {
                  name: \`\${name}-profile\`,
                  modelSource: { copyFrom: \`arn:aws:bedrock:us-east-1:123456789012:inference-profile/\${PROFILE}\` },
              }).arn
            : PROFILE;
    const role = agentRole(name, {
        model,
        knowledgeBase: knowledge.arn,
        actions: actions.arn,
        guardrail: guardrail.guardrailArn,
        // The agent is declared below, from the role: its id is deferred.
        agentId: pulumi.output(null).apply(() => bedrockAgent.agentId),
    });
    const bedrockAgent = new aws.bedrock.AgentAgent(name, {
        agentName: name,
        agentResourceRoleArn: role.roleArn,
        foundationModel: role.foundationModel,
        instruction: "You answer the customer's questions from the manuals, and look up their orders.",
        guardrailConfigurations: [{ guardrailIdentifier: guardrail.guardrailId, guardrailVersion: guardrail.version }],
    });
    if (index % ${RUNTIME_EVERY} === 0) {
        runtimeRole(\`\${name}-runtime\`, runtimes.arn);
    }
}

for (let index = 0; index < AGENTS; index++) {
    agent(index);
}
`;
}

/** How many roles the program of `agents` agents plans: one an agent, and the runtimes'; none by hand. */
export const plannedRoles = (agents: number, byHand: boolean) =>
    byHand ? 0 : agents + Math.ceil(agents / RUNTIME_EVERY);

/**
 * Builds this checkout's package (`tsc`, as `npm pack` does) into `folder/node_modules`, as
 * `npm install` would leave it, with its dependency and the SDKs and compiler a program has.
 * @returns the path of its `bedrock-agent-plan` bin
 */
export function installPackage(folder: string): string {
    const installed = path.join(folder, "node_modules", "bedrock-agent-role");
    fs.mkdirSync(installed, { recursive: true });
    const tsc = require.resolve("typescript/bin/tsc");
    const outDir = path.join(installed, "dist");
    execFileSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.json"), "--outDir", outDir], {
        stdio: "inherit",
    });
    fs.cpSync(path.join(ROOT, "data"), path.join(installed, "data"), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "package.json"), path.join(installed, "package.json"));
    for (const dependency of ["yaml", "@pulumi", "typescript", "@types"]) {
        fs.symlinkSync(
            path.join(ROOT, "node_modules", dependency),
            path.join(folder, "node_modules", dependency),
        );
    }
    return path.join(outDir, "planner", "cli.js");
}

/**
 * Writes the Pulumi project of `agents` agents, with its stack `bench`, into `folder`, beside the
 * `node_modules` of `installed`: the roles declared by the components, or `byHand`.
 */
export function writePlanProgram(folder: string, installed: string, agents: number, byHand: boolean): void {
    fs.mkdirSync(folder, { recursive: true });
    fs.symlinkSync(path.join(installed, "node_modules"), path.join(folder, "node_modules"));
    fs.writeFileSync(
        path.join(folder, "Pulumi.yaml"),
        "name: agents-at-scale\nruntime:\n  name: nodejs\n  options:\n    typescript: true\n",
    );
    fs.writeFileSync(
        path.join(folder, "Pulumi.bench.yaml"),
        'config:\n  aws:region: us-east-1\n  aws:allowedAccountIds: ["123456789012"]\n',
    );
    fs.writeFileSync(
        path.join(folder, "package.json"),
        JSON.stringify({ name: "agents-at-scale", private: true, main: "index.ts" }, null, 4),
    );
    const compilerOptions = {
        target: "ES2022",
        module: "nodenext",
        moduleResolution: "nodenext",
        strict: true,
        skipLibCheck: true,
        types: ["node"],
    };
    fs.writeFileSync(
        path.join(folder, "tsconfig.json"),
        JSON.stringify({ compilerOptions, files: ["index.ts"] }, null, 4),
    );
    fs.writeFileSync(
        path.join(folder, "index.ts"),
        programText(agents, byHand ? HAND_WRITTEN_ROLES : COMPONENT_ROLES),
    );
}
