// Who may invoke an agent's functions: a Lambda permission for Bedrock (or AgentCore) admits the
// service acting for any resource of any account unless it names the source resource and account
// (sourceArn, sourceAccount), within one account, region and kind; and a role Bedrock or AgentCore
// assumes invokes only the functions it calls, never every function (Bedrock's Lambda
// resource-based policy for action groups; Lambda's resource-based policy page).
import { parseArn } from "../../components/iam/arn";
import type { AgentIamRule, RuleFinding } from "../agentIamRule";
import type { InspectedDocument, InspectedResource, InspectedStatement } from "../inspectedDocuments";
import {
    AGENTCORE,
    GUARDED_PRINCIPALS,
    isAccountId,
    pinnedSourceForm,
    placeOf,
    sourceArnBreadth,
} from "../sourceArns";
import { allowsAction, coversAction, servicePrincipals } from "../statementMatching";

const PAGE =
    "https://docs.aws.amazon.com/bedrock/latest/userguide/agents-permissions.html#agents-permissions-lambda";
const PERMISSION = "aws:lambda/permission:Permission";
const ROLE = "aws:iam/role:Role";
const INVOKE = "lambda:InvokeFunction";

const given = (value: unknown) =>
    typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

/** What a permission for the principal should say, and who in this package writes it so. */
function advice(principal: string, sourceArn?: string, sourceAccount?: string): string {
    const place = placeOf(sourceArn ? [sourceArn] : [], sourceAccount ? [sourceAccount] : []);
    const pinned = `Set sourceArn = ${pinnedSourceForm(principal, place)} and sourceAccount = ${place.account ?? "<account>"}`;
    return principal === AGENTCORE
        ? pinned
        : `${pinned}, as this package's BedrockAgentRole does for each function its actionGroups, customOrchestration and promptOverrideParser name (lambdaAgentIds pins the agents)`;
}

/** A permission for Bedrock or AgentCore without its source, or with one wider than one kind of one account. */
function permissionFindings(props: Record<string, unknown>): RuleFinding[] {
    const principal = given(props.principal)?.toLowerCase();
    if (principal === undefined || !GUARDED_PRINCIPALS.includes(principal)) {
        return [];
    }
    const sourceArn = given(props.sourceArn);
    const sourceAccount = given(props.sourceAccount);
    const breadth = sourceArn === undefined ? undefined : sourceArnBreadth(sourceArn);
    const problems: { input: string; problem: string | false }[] = [
        {
            input: "sourceArn",
            problem:
                sourceArn === undefined &&
                "no sourceArn, so it may invoke the function for a resource of any account",
        },
        {
            input: "sourceArn",
            problem: breadth !== undefined && `sourceArn "${sourceArn}", which admits ${breadth}`,
        },
        {
            input: "sourceAccount",
            problem: sourceAccount === undefined && "no sourceAccount, so the calling account is not pinned",
        },
        {
            input: "sourceAccount",
            problem:
                sourceAccount !== undefined &&
                !isAccountId(sourceAccount) &&
                `sourceAccount "${sourceAccount}", which is no account id`,
        },
    ];
    return problems.flatMap(({ input, problem }) =>
        problem === false
            ? []
            : [
                  {
                      input,
                      message: `The permission for ${principal} has ${problem}. ${advice(principal, sourceArn, sourceAccount)}`,
                  },
              ],
    );
}

/** Whether a resource of an identity statement covers every Lambda function (of an account, or of all). */
function everyFunction(resource: string): boolean {
    const arn = parseArn(resource);
    if (!arn) {
        // `*`, or an ARN cut short by a wildcard (`arn:aws:lambda:*`): every resource it reaches.
        return /[*?]/.test(resource);
    }
    if (!coversAction(arn.service, "lambda") || arn.resource === "") {
        return false;
    }
    const [type, name] = arn.resource.split(":");
    return (
        /^[*?]/.test(type) || (coversAction(type, "function") && (name === undefined || /^[*?]/.test(name)))
    );
}

/** Whether the statement names Lambda's invoke action itself (`lambda:InvokeFunction`, `lambda:Invoke*`, `lambda:*`). */
const namesInvoke = (s: InspectedStatement) =>
    s.actions.some((a) => a.toLowerCase().startsWith("lambda:") && coversAction(a, INVOKE));

/**
 * The statements of a document that may invoke every function. In a role Bedrock or AgentCore
 * assumes, any that allows the action (`*`, a NotAction); in a policy seen alone, whose role is not
 * known, those that name Lambda's invoke action, so that an administrator's `*` is left to others.
 */
function identityFindings(document: InspectedDocument, agentRole: boolean): RuleFinding[] {
    return document.statements
        .filter((s) => allowsAction(s, INVOKE) && (agentRole || namesInvoke(s)))
        .flatMap((s) => {
            const every =
                s.notResources.length > 0 ? [`every resource but ${s.notResources.join(", ")}`] : [];
            return [...every, ...s.resources.filter(everyFunction).map((r) => `"${r}"`)].map((resource) => ({
                input: document.input,
                statement: s.index,
                message:
                    `${INVOKE} on ${resource} lets the role invoke every function: a gateway's or an agent's role ` +
                    "invokes only the functions it calls. Name each function's ARN, as this package's " +
                    "AgentCoreGatewayRole does for lambdaTargets and interceptors (BedrockAgentRole: actionGroups, " +
                    "customOrchestration, promptOverrideParser; AgentCoreEvaluationRole: evaluatorFunctions)",
            }));
        });
}

/**
 * Whose identity documents the resource holds: a role Bedrock or AgentCore may assume (`agent`),
 * a role of another service (`other`), or a policy, or a role, whose trust is not seen (`unknown`).
 */
function roleOwner(
    resource: InspectedResource,
    documents: InspectedDocument[],
): "agent" | "other" | "unknown" {
    const trust = documents.find((d) => d.kind === "trust");
    if (resource.type !== ROLE || trust === undefined || trust.unreadable !== undefined) {
        return "unknown";
    }
    return trust.statements.some(
        (s) =>
            allowsAction(s, "sts:AssumeRole") &&
            servicePrincipals(s).some((principal) => GUARDED_PRINCIPALS.includes(principal)),
    )
        ? "agent"
        : "other";
}

/** Lambda permissions for Bedrock without their source, and Bedrock or AgentCore roles that may invoke any function. */
export const LAMBDA_PERMISSION_SOURCE: AgentIamRule = {
    id: "agent-iam-lambda-permission-source",
    description:
        "A Lambda permission for Bedrock or AgentCore names its source (sourceArn, sourceAccount), and their roles invoke only named functions",
    severity: "mandatory",
    page: PAGE,
    resourceTypes: [
        PERMISSION,
        ROLE,
        "aws:iam/rolePolicy:RolePolicy",
        "aws:iam/policy:Policy",
        "aws:iam/userPolicy:UserPolicy",
        "aws:iam/groupPolicy:GroupPolicy",
    ],
    check: (resource, documents) => {
        if (resource.type === PERMISSION) {
            return permissionFindings(resource.props);
        }
        const owner = roleOwner(resource, documents);
        return owner === "other"
            ? []
            : documents
                  .filter((d) => d.kind === "identity")
                  .flatMap((d) => identityFindings(d, owner === "agent"));
    },
};
