import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { constructedShape, declareRoleComponent } from "../resources/roleComponent";
import { agentCoreComponent } from "./agentCoreComponent";
import { AGENTCORE_KINDS } from "./agentCoreKinds";
import type { AgentCoreEvaluationRoleArgs } from "./agentCoreEvaluationRoleArgs";

/** The online evaluation's role as its component declares it. */
const EVALUATION = agentCoreComponent(AGENTCORE_KINDS.evaluation);

/**
 * The execution role of an Amazon Bedrock AgentCore online evaluation configuration, and nothing
 * more: querying the agent's traces in the log groups named and in `aws/spans` (and indexing
 * `aws/spans`), writing results to the configuration's own results log group, using its custom
 * evaluators' judge models, Lambda functions and keys. The trust policy admits AgentCore acting
 * for the configurations of this name (and the custom evaluators named) in this account only.
 *
 * `roleArn` resolves only once every policy is attached: give it to
 * `aws.bedrock.AgentcoreOnlineEvaluationConfig.evaluationExecutionRoleArn`, whose creation
 * validates the role.
 */
export class AgentCoreEvaluationRole extends pulumi.ComponentResource {
    /** The online evaluation's execution role. */
    declare public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    declare public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    declare public readonly roleName: pulumi.Output<string>;
    /**
     * The configuration's name, as checked: give it to
     * `aws.bedrock.AgentcoreOnlineEvaluationConfig.onlineEvaluationConfigName`, so that the
     * configuration is the one the trust policy admits.
     */
    declare public readonly onlineEvaluationConfigName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    declare public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    declare public readonly identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding the statements that did not fit inline, as JSON; usually empty. */
    declare public readonly managedPolicies: pulumi.Output<string[]>;
    /**
     * Every KMS key's statements, by key ARN, as a JSON list: each evaluator key's, naming the role
     * and AgentCore acting for the evaluators. Resolved once the role exists, since KMS refuses a key
     * policy naming a principal that does not.
     */
    declare public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    /**
     * The statements the principal that creates the online evaluation configuration needs in its own identity policy
     * because of the role, as a JSON list: `iam:PassRole` on the role to AgentCore only, and
     * creating, updating and deleting the role and the policies the component writes on it (on their ARNs only; with `permissionsBoundary`, only while the role carries it).
     */
    declare public readonly deployerStatements: pulumi.Output<string>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args the configuration and what it reads and runs
     * @param opts options; a `provider` given here also supplies the account, region and partition
     */
    constructor(name: string, args: AgentCoreEvaluationRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const constructed = constructedShape(name, EVALUATION, args);
        super(EVALUATION.type, name, {}, opts);
        this.registerOutputs(declareRoleComponent(this, name, EVALUATION, args, constructed));
    }
}
