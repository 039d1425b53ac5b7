// Offline IAM evaluation of the plan's documents with @cloud-copilot/iam-simulate, a test-only
// dependency (AGPL-3.0): nothing under components/ may import it.
import { anonymousPrincipal, runSimulation } from "@cloud-copilot/iam-simulate";
import type { AgentPermissionsPlan } from "../../components/agents/agentPermissionsPlan";
import type { RolePlan } from "../../components/grants/roleDocuments";
import { fullArgs } from "./fixtures";
import { plan } from "./plan";
import { lambdaResourceStatement, LambdaPermissionSpec } from "../../components/agents/lambdaPermissions";
import { IdentityStatement, policyDocument, PolicyDocument } from "../../components/iam/policyDocument";
import type { AwsRequest } from "./awsRequests";
import { ANONYMOUS } from "./requests/requestRows";

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

const ENCRYPTION_CONTEXT = "kms:EncryptionContext:";

/**
 * The key the evaluator is asked in place of `key`. It never matches `kms:EncryptionContext:<key>`
 * keys (it reports them as ignored), so each is asked as the principal tag of the same name, which
 * IAM compares with the same operators, in the policies and in the request alike.
 */
const evaluableKey = (key: string) => (key.startsWith(ENCRYPTION_CONTEXT) ? `aws:PrincipalTag/${key}` : key);

/** The policy with its encryption-context keys renamed as {@link evaluableKey} asks them. */
function evaluablePolicy(policy: PolicyDocument): PolicyDocument {
    return policyDocument(
        policy.Statement.map((s) =>
            s.Condition
                ? {
                      ...s,
                      Condition: Object.fromEntries(
                          Object.entries(s.Condition).map(([operator, keys]) => [
                              operator,
                              Object.fromEntries(
                                  Object.entries(keys).map(([key, v]) => [evaluableKey(key), v]),
                              ),
                          ]),
                      ),
                  }
                : s,
        ),
    );
}

/** Decides `request` under identity policies, and a resource policy if given. */
export async function simulate(
    request: IamRequest,
    identity: PolicyDocument[],
    resourcePolicy?: PolicyDocument,
): Promise<Decision> {
    const result = await runSimulation(
        {
            identityPolicies: identity.map((policy, i) => ({
                name: `policy${i}`,
                policy: evaluablePolicy(policy),
            })),
            serviceControlPolicies: [],
            resourceControlPolicies: [],
            resourcePolicy: resourcePolicy && evaluablePolicy(resourcePolicy),
            request: {
                principal: request.principal === ANONYMOUS ? anonymousPrincipal : request.principal,
                action: request.action,
                resource: {
                    resource: request.resource,
                    accountId: request.resourceAccount ?? "123456789012",
                },
                contextVariables: Object.fromEntries(
                    Object.entries(request.context ?? {}).map(([key, value]) => [evaluableKey(key), value]),
                ),
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

/** The role that deploys the stack, holding the plan's deployer's statements. */
export const DEPLOYER = `arn:aws:iam::${ACCOUNT}:role/platform-deployer`;

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

/**
 * Decides a request made by a caller of the agent under the plan's callers' policy, against
 * `resourcePolicy`, a KMS key's policy for example.
 */
export function asCaller(
    plan: AgentPermissionsPlan,
    request: Omit<IamRequest, "principal">,
    resourcePolicy?: PolicyDocument,
): Promise<Decision> {
    const policies = plan.callerPolicy ? [plan.callerPolicy] : [];
    return simulate({ ...request, principal: CALLER }, policies, resourcePolicy);
}

/** The context AWS sends with a service's request made for a resource: its account and ARN. */
export const sourceContext = (sourceArn: string, account = ACCOUNT): Record<string, string> => ({
    "aws:SourceAccount": account,
    "aws:SourceArn": sourceArn,
});

/** Decides an `sts:AssumeRole` on the role, the trust policy acting as its resource policy. */
export function assumeRole(
    plan: RolePlan,
    principal: string,
    context: Record<string, string | string[]>,
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

/**
 * Decides one of AWS's requests (tests/support/awsRequests.ts) against a plan's documents: the
 * role's under its identity policies, a caller's under the callers' policy, the deployer's under
 * the deployer's statements, a service principal's under the resource's policy alone. `resourcePolicy` is the resource's policy (a KMS key's, a
 * function's); for `sts:AssumeRole` it is the role's trust policy, on the role itself.
 */
export function decideAws(
    plan: RolePlan & { callerPolicy?: PolicyDocument; deployerStatements?: IdentityStatement[] },
    request: AwsRequest,
    resourcePolicy?: PolicyDocument,
): Promise<Decision> {
    const assumesRole = request.action === "sts:AssumeRole";
    const principal =
        request.principal === "role"
            ? plan.roleArn
            : request.principal === "caller"
              ? CALLER
              : request.principal === "deployer"
                ? DEPLOYER
                : request.principal;
    const identity =
        request.principal === "role"
            ? identityPolicies(plan)
            : request.principal === "caller" && plan.callerPolicy
              ? [plan.callerPolicy]
              : request.principal === "deployer" && plan.deployerStatements
                ? [policyDocument(plan.deployerStatements)]
                : [];
    return simulate(
        {
            principal,
            action: request.action,
            resource: assumesRole ? plan.roleArn : request.resource,
            context: request.context,
        },
        identity,
        assumesRole ? plan.trustPolicy : resourcePolicy,
    );
}
