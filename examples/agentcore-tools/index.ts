// An AgentCore runtime with its tools and memory, in one `pulumi up`: a memory whose semantic
// strategy is overridden with Claude through the US profile and whose self-managed strategy
// publishes to a topic and delivers to a bucket; a custom browser that records its sessions; a
// code interpreter reading one prefix and writing another; and the runtime that drives both tools
// and uses the memory. Each execution role's roleArn resolves once its policies are attached, and
// what uses a role waits a little longer for IAM to propagate.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
    AgentCoreBrowserRole,
    AgentCoreCodeInterpreterRole,
    AgentCoreMemoryRole,
    AgentCoreRuntimeRole,
} from "bedrock-agent-role";

const config = new pulumi.Config();
const propagationSeconds = config.getNumber("iamPropagationSeconds") ?? 10;
const afterPropagation = (roleArn: pulumi.Output<string>) =>
    roleArn.apply(async (arn) => {
        if (!pulumi.runtime.isDryRun() && propagationSeconds > 0) {
            await new Promise((resolve) => setTimeout(resolve, propagationSeconds * 1000));
        }
        return arn;
    });
const PROFILE = "us.anthropic.claude-sonnet-4-20250514-v1:0";

// --- The memory: a semantic strategy with its own model, a self-managed one of our pipeline's.
const extractions = new aws.sns.Topic("memory-extractions", { name: "memory-extractions" });
const payloads = new aws.s3.Bucket("memory-payloads", { bucket: "support-memory-payloads" });
const memoryRole = new AgentCoreMemoryRole("support-memory", {
    memoryName: "support_memory",
    foundationModels: [PROFILE],
    selfManagedStrategies: [{ topicArn: extractions.arn, bucket: payloads.bucket }],
});
const memory = new aws.bedrock.AgentcoreMemory("support_memory", {
    name: memoryRole.memoryName,
    eventExpiryDuration: 30,
    memoryExecutionRoleArn: afterPropagation(memoryRole.roleArn),
});
new aws.bedrock.AgentcoreMemoryStrategy("facts", {
    name: "facts",
    memoryId: memory.id,
    type: "CUSTOM",
    namespaces: ["support/{actorId}/facts"],
    memoryExecutionRoleArn: memoryRole.roleArn,
    configuration: {
        type: "SEMANTIC_OVERRIDE",
        extraction: { appendToPrompt: "Keep order numbers.", modelId: PROFILE },
        consolidation: { appendToPrompt: "Merge duplicates.", modelId: PROFILE },
    },
});
new aws.bedrock.AgentcoreMemoryStrategy("pipeline", {
    name: "pipeline",
    memoryId: memory.id,
    type: "CUSTOM",
    namespaces: ["support/{actorId}/pipeline"],
    memoryExecutionRoleArn: memoryRole.roleArn,
    configuration: {
        type: "SELF_MANAGED",
        selfManagedConfiguration: {
            invocationConfiguration: {
                topicArn: extractions.arn,
                payloadDeliveryBucketName: payloads.bucket,
            },
            triggerConditions: { messageBasedTrigger: { messageCount: 10 } },
        },
    },
});

// --- The tools: a browser that records its sessions, a sandboxed code interpreter.
const recordings = new aws.s3.Bucket("browser-recordings", { bucket: "support-browser-recordings" });
const browserRole = new AgentCoreBrowserRole("research-browser", {
    browserName: "research_browser",
    recording: { bucket: recordings.bucket, prefix: "sessions/" },
});
const browser = new aws.bedrock.AgentcoreBrowser("research-browser", {
    name: browserRole.browserName,
    executionRoleArn: afterPropagation(browserRole.roleArn),
    networkConfiguration: { networkMode: "PUBLIC" },
    recording: { enabled: true, s3Location: { bucket: recordings.bucket, prefix: "sessions/" } },
});

const analysis = new aws.s3.Bucket("analysis-data", { bucket: "support-analysis-data" });
const sandboxRole = new AgentCoreCodeInterpreterRole("analysis-sandbox", {
    codeInterpreterName: "analysis_sandbox",
    inputPrefixes: [{ bucket: analysis.bucket, prefix: "input/" }],
    outputPrefixes: [{ bucket: analysis.bucket, prefix: "output/" }],
});
const sandbox = new aws.bedrock.AgentcoreCodeInterpreter("analysis-sandbox", {
    name: sandboxRole.codeInterpreterName,
    executionRoleArn: afterPropagation(sandboxRole.roleArn),
    networkConfiguration: { networkMode: "SANDBOX" },
});

// --- The runtime: drives the browser and the code interpreter, reads and writes the memory.
const repository = new aws.ecr.Repository("support-agent", { name: "support-agent" });
const runtimeRole = new AgentCoreRuntimeRole("support-runtime", {
    runtimeName: "support_agent",
    containerRepository: repository.arn,
    foundationModels: [PROFILE],
    memories: [memory.arn],
    browsers: [browser.browserArn],
    codeInterpreters: [sandbox.codeInterpreterArn],
});
const runtime = new aws.bedrock.AgentcoreAgentRuntime("support-agent", {
    agentRuntimeName: runtimeRole.runtimeName,
    roleArn: afterPropagation(runtimeRole.roleArn),
    agentRuntimeArtifact: {
        containerConfiguration: { containerUri: pulumi.interpolate`${repository.repositoryUrl}:1.0` },
    },
    networkConfiguration: { networkMode: "PUBLIC" },
    environmentVariables: {
        MEMORY_ID: memory.id,
        BROWSER_ID: browser.browserId,
        CODE_INTERPRETER_ID: sandbox.codeInterpreterId,
    },
});

export const runtimeArn = runtime.agentRuntimeArn;
export const memoryPolicy = memoryRole.identityPolicy;
export const browserPolicy = browserRole.identityPolicy;
export const sandboxPolicy = sandboxRole.identityPolicy;
export const runtimePolicy = runtimeRole.identityPolicy;
