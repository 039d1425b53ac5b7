// Offline IAM evaluation of the plan's documents with @cloud-copilot/iam-simulate, a test-only
// dependency (AGPL-3.0): nothing under components/ may import it.
import { runSimulation } from "@cloud-copilot/iam-simulate";
import type { AgentPermissionsPlan } from "../../components/agents/agentPermissionsPlan";
import type { RolePlan } from "../../components/grants/roleDocuments";
import { fullArgs } from "./fixtures";
import { plan } from "./plan";
import { lambdaResourceStatement, LambdaPermissionSpec } from "../../components/grants/lambdaFunctions";
import { policyDocument, PolicyDocument } from "../../components/iam/policyDocument";

/** The mocked account, another account, and the ARNs the evaluation tests ask about. */
export const ACCOUNT = "123456789012";
export const OTHER_ACCOUNT = "210987654321";
export const AGENT = `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/AGENT12345`;
export const MODEL = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0";
export const SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:pinecone-AbC123`;
export const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
/** A Bedrock ARN in the mocked account and us-east-1, unless told otherwise. */
export const bedrockArn = (resource: string, region = "us-east-1", account = ACCOUNT) =>
    `arn:aws:bedrock:${region}:${account}:${resource}`;
/** A KMS key's ARN in the mocked account and us-east-1. */
export const kmsKeyArn = (id: string) => `arn:aws:kms:us-east-1:${ACCOUNT}:key/${id}`;
/** The statements the plan hands the owner of one KMS key. */
export const keyPolicyOf = (plan: RolePlan, keyArn: string) =>
    plan.keyPolicies.find((k) => k.keyArn === keyArn)?.statements;
/** The context of a call Bedrock makes for AGENT. */
export const FROM_AGENT = { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": AGENT };

/** The plan of the full fixture, admitting any agent. */
export function fullPlan(): AgentPermissionsPlan {
    return plan(fullArgs());
}

/** The plan of the full fixture, pinned to AGENT12345. */
export function pinnedPlan(): AgentPermissionsPlan {
    return plan({ ...fullArgs(), agentIds: ["AGENT12345"] });
}

/** A request to evaluate: who asks, for what, on which resource, with which context keys. */
export interface IamRequest {
    principal: string;
    action: string;
    resource: string;
    /** Account owning the resource; the agent's account by default. */
    resourceAccount?: string;
    context?: Record<string, string | string[]>;
}

/** What IAM decides for a request. */
export type Decision = "Allowed" | "ImplicitlyDenied" | "ExplicitlyDenied";

/** Decides `request` under identity policies, and a resource policy if given. */
export async function simulate(
    request: IamRequest,
    identity: PolicyDocument[],
    resourcePolicy?: PolicyDocument,
): Promise<Decision> {
    const result = await runSimulation(
        {
            identityPolicies: identity.map((policy, i) => ({ name: `policy${i}`, policy })),
            serviceControlPolicies: [],
            resourceControlPolicies: [],
            resourcePolicy,
            request: {
                principal: request.principal,
                action: request.action,
                resource: {
                    resource: request.resource,
                    accountId: request.resourceAccount ?? "123456789012",
                },
                contextVariables: request.context ?? {},
            },
        },
        {},
    );
    if (result.resultType === "error") {
        throw new Error(`the evaluator rejected the request or a policy: ${JSON.stringify(result.errors)}`);
    }
    return result.overallResult as Decision;
}

/** The role's identity policies, inline and managed, as IAM would hold them. */
export function identityPolicies(plan: RolePlan): PolicyDocument[] {
    return [plan.inlinePolicy, ...plan.managedPolicies.map((part) => part.document)];
}

/** Decides a request made by the role under its identity policies, and `resourcePolicy` if given. */
export function asRole(
    plan: RolePlan,
    request: Omit<IamRequest, "principal">,
    resourcePolicy?: PolicyDocument,
): Promise<Decision> {
    return simulate({ ...request, principal: plan.roleArn }, identityPolicies(plan), resourcePolicy);
}

/** A role in the agent's account that calls the agent, holding the plan's callers' policy. */
export const CALLER = `arn:aws:iam::${ACCOUNT}:role/support-app`;

/** A KMS key's default key policy: the account's identity policies decide who uses the key. */
export function defaultKeyPolicy(keyArn: string): PolicyDocument {
    return policyDocument([
        {
            Sid: "EnableIamPolicies",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: ["kms:*"],
            Resource: [keyArn],
        },
    ]);
}

/** Whether a condition key is one the evaluator ignores: KMS encryption-context keys. */
const isEncryptionContextKey = (key: string) => key.startsWith("kms:EncryptionContext:");

/**
 * The policy without its encryption-context conditions, which the evaluator ignores (it reports
 * them as `ignoredContextKeys` and never matches them): tests check those by the documents'
 * structure and evaluate the rest.
 */
export function withoutEncryptionContext(policy: PolicyDocument): PolicyDocument {
    return policyDocument(
        policy.Statement.map((s) => {
            const kept = Object.entries(s.Condition ?? {})
                .map(([operator, keys]) => [
                    operator,
                    Object.fromEntries(Object.entries(keys).filter(([key]) => !isEncryptionContextKey(key))),
                ])
                .filter(([, keys]) => Object.keys(keys).length > 0);
            const rest = { ...s };
            delete rest.Condition;
            return kept.length > 0 ? { ...rest, Condition: Object.fromEntries(kept) } : rest;
        }),
    );
}

/**
 * Decides a request made by a caller of the agent under the plan's callers' policy (its
 * encryption-context conditions left out), against `resourcePolicy`, a KMS key's policy for example.
 */
export function asCaller(
    plan: AgentPermissionsPlan,
    request: Omit<IamRequest, "principal">,
    resourcePolicy?: PolicyDocument,
): Promise<Decision> {
    const policies = plan.callerPolicy ? [withoutEncryptionContext(plan.callerPolicy)] : [];
    return simulate({ ...request, principal: CALLER }, policies, resourcePolicy);
}

/** Decides an `sts:AssumeRole` on the role, the trust policy acting as its resource policy. */
export function assumeRole(
    plan: RolePlan,
    principal: string,
    context: Record<string, string>,
): Promise<Decision> {
    return simulate(
        { principal, action: "sts:AssumeRole", resource: plan.roleArn, context },
        [],
        plan.trustPolicy,
    );
}

/** Decides a request against a function whose resource policy holds one planned permission. */
export function invokeFunction(
    spec: LambdaPermissionSpec,
    request: Omit<IamRequest, "resource">,
    resource = spec.functionArn,
): Promise<Decision> {
    return simulate({ ...request, resource }, [], policyDocument([lambdaResourceStatement(spec)]));
}
