// An AgentCore runtime's, endpoint's or gateway's resource-based policy (resource-based-policies
// page): `Principal: "*"` is what OAuth callers need, and admits anyone the conditions do not
// narrow; AWS's VPC-only examples deny InvokeAgentRuntime alone, which leaves the for-user,
// WebSocket, command and other runtime actions open from anywhere; and a `*` resource AgentCore
// refuses ("Using "Resource": "*" is not supported").
import { RUNTIME_ACTIONS } from "../../components/agentcore/capabilities/runtimeActions";
import type { AgentIamRule, RuleFinding } from "../agentIamRule";
import type { InspectedDocument, InspectedStatement } from "../inspectedDocuments";
import { coversAction, pinnedValues } from "../statementMatching";

const PAGE = "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/resource-based-policies.html";

/** The keys that narrow who or where a `*` principal is. */
const NARROWING_KEYS = [
    "aws:SourceVpc",
    "aws:SourceVpce",
    "aws:SourceIp",
    "aws:PrincipalAccount",
    "aws:PrincipalOrgID",
    "aws:PrincipalArn",
];

const isEveryone = (s: InspectedStatement) =>
    s.principal === "*" || (s.principal as { AWS?: unknown } | undefined)?.AWS === "*";

const narrows = (s: InspectedStatement) => NARROWING_KEYS.some((key) => pinnedValues(s, key).length > 0);

/** Whether a Deny holds calls from outside a source (`StringNotEquals aws:SourceVpc`, ...). */
const deniesOutside = (s: InspectedStatement) =>
    s.effect === "Deny" &&
    Object.entries(s.conditions).some(
        ([operator, keys]) =>
            /^(StringNotEquals|StringNotLike|NotIpAddress)(IfExists)?$/.test(operator) &&
            Object.keys(keys).some((key) => /^aws:Source(Vpc|Vpce|Ip)$/i.test(key)),
    );

function findings(document: InspectedDocument): RuleFinding[] {
    const where = (s: InspectedStatement) => ({ input: document.input, statement: s.index });
    const open = document.statements
        .filter((s) => isEveryone(s) && s.effect === "Allow" && !narrows(s))
        .map((s) => ({
            ...where(s),
            message: `Principal "*" with no source or principal condition lets anyone call (an OAuth-inbound resource: anyone with a valid token): narrow it with aws:SourceVpc or aws:SourceVpce, as this package's resourcePolicy does for oauthCallers`,
        }));
    const wildResource = document.statements
        .filter((s) => s.resources.includes("*"))
        .map((s) => ({
            ...where(s),
            message: `Resource "*" is refused by AgentCore in a resource-based policy: write the ARN of the resource holding the policy, as this package's agentCoreResourcePolicyArgs does`,
        }));
    // A VPC restriction that leaves some runtime actions out: the rest stay open from anywhere.
    const partialDenies = document.statements.filter(deniesOutside).flatMap((s) => {
        const runtime = s.actions.some((a) => coversAction(a, "bedrock-agentcore:InvokeAgentRuntime"));
        // Callers of the resource's own account need no allow in this policy (their identity policy
        // is enough), so the actions left out are open to them whatever this policy allows.
        const left = RUNTIME_ACTIONS.filter((action) => !s.actions.some((a) => coversAction(a, action)));
        return runtime && left.length > 0
            ? [
                  {
                      ...where(s),
                      message: `the restriction to a source denies ${s.actions.join(", ")} but not ${left.join(", ")}: those stay open from anywhere to whoever IAM allows them. Deny every runtime action, as this package's resourcePolicy does with sourceVpcs or sourceVpcEndpoints`,
                  },
              ]
            : [];
    });
    return [...open, ...wildResource, ...partialDenies];
}

/** AgentCore resource-based policies open to anyone, with a partial VPC restriction, or on `*`. */
export const AGENTCORE_RESOURCE_POLICY: AgentIamRule = {
    id: "agent-iam-agentcore-resource-policy",
    description:
        "An AgentCore resource's policy admits Principal \"*\" only from named sources, restricts every runtime action when it restricts one, and names the resource's ARN",
    severity: "mandatory",
    page: PAGE,
    resourceTypes: ["aws:bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy"],
    check: (_resource, documents) => documents.flatMap(findings),
};
