// The requests an AgentCore online evaluation makes with its execution role, as AWS presents them:
// configuration `support_evaluation` (id support_evaluation-AbCdE12345) reading runtime
// support_agent-AbCdE12345's DEFAULT log group and aws/spans, judging with a custom evaluator's
// model through the US profile, scoring with a code-based evaluator's function `score-refunds`; and
// AWS's form of the same requests for neighbours: a configuration whose name extends ours, another
// runtime's log group, another function. Written from AWS's pages, never from the package's
// statements (see ../awsRequests.ts); tests/support/evaluationFixtures.ts holds the matching args.
import { AwsRequest, Citation, requestRow, THE_ROLE, AGENTCORE_GUIDE } from "./requestRows";
import { agentCoreArn } from "../agentCoreFixtures";
import { EVALUATOR_KEY, RUNTIME_LOG_GROUP } from "../evaluationFixtures";
import { ACCOUNT } from "../iamEvaluation";

const PAGES = {
    prerequisites: `${AGENTCORE_GUIDE}/evaluations-prerequisites.html`,
    createOnline: `${AGENTCORE_GUIDE}/create-online-evaluations.html`,
    results: `${AGENTCORE_GUIDE}/results-and-output.html`,
    codeBased: `${AGENTCORE_GUIDE}/code-based-evaluators.html`,
    createConfig:
        "https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateOnlineEvaluationConfig.html",
    logsActions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html",
    insightsRole:
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/OpenSearch-Dashboards-CreateRole.html",
    profilesPrereq: "https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-prereq.html",
    encryption: `${AGENTCORE_GUIDE}/evaluations-encryption.html`,
};

const CONFIG = agentCoreArn("online-evaluation-config/support_evaluation-AbCdE12345");
const LONGER_CONFIG = agentCoreArn("online-evaluation-config/support_evaluation_v2-AbCdE12345");
const EVALUATOR = agentCoreArn("evaluator/helpfulness_judge-AbCdE12345");
const logGroup = (name: string) => `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${name}`;
const RESULTS = "/aws/bedrock-agentcore/evaluations/results";
const PROFILE = `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/us.anthropic.claude-sonnet-4-20250514-v1:0`;
const model = (region: string) =>
    `arn:aws:bedrock:${region}::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0`;
const fn = (name: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;

/** A row of this file: a request of the role unless it names another principal. */
const row = (
    at: string,
    spec: Pick<AwsRequest, "action" | "resource"> & Partial<Pick<AwsRequest, "principal" | "context">>,
    source: Citation,
    expected: AwsRequest["expected"] = "Allowed",
): AwsRequest => requestRow({ at, principal: "role", ...spec, source }, expected);

const TRUST: Citation = {
    url: PAGES.prerequisites,
    shows: 'service execution role trust: bedrock-agentcore.amazonaws.com, StringEquals "aws:SourceAccount" and "aws:ResourceAccount" = the account, ArnLike "aws:SourceArn" = [arn:aws:bedrock-agentcore:<region>:<account>:evaluator/*, …:online-evaluation-config/*]',
};
const WHICH_SOURCE =
    "which of the two ARNs AgentCore presents in which call is not documented (facts-23.md §1)";
const CONFIG_ID: Citation = {
    url: PAGES.createConfig,
    shows: "onlineEvaluationConfigName [a-zA-Z][a-zA-Z0-9_]{0,47}; onlineEvaluationConfigId [a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}: support_evaluation_v2 gets the id support_evaluation_v2-<ten characters>",
};
const trustContext = (source: string) => ({
    "aws:SourceAccount": ACCOUNT,
    "aws:ResourceAccount": ACCOUNT,
    "aws:SourceArn": source,
});
const READ: Citation = {
    url: PAGES.prerequisites,
    shows: "CloudWatchLogReadStatement: logs:DescribeLogGroups, logs:GetQueryResults, logs:StartQuery; the data source's log groups (create-online-evaluations: /aws/bedrock-agentcore/runtimes/<runtime id>-<endpoint>) and aws/spans, where Transaction Search keeps spans",
};
const SAR_FORM =
    "AWS's evaluation policy grants these on *; the log-group form is the SAR's (list_amazoncloudwatchlogs: StartQuery and GetQueryResults take log-group arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}); which form the service's call presents is not documented";
const STAR_FORM: Citation = {
    url: PAGES.insightsRole,
    shows: 'logs:StartQuery, logs:GetQueryResults scoped to "arn:aws:logs:us-east-1:123456789012:log-group:myLogGroup:*"',
    unconfirmed:
        "that AgentCore's queries present the :* form, as this CloudWatch Logs page's scoped policy implies",
};
const RESULTS_GROUP: Citation = {
    url: PAGES.results,
    shows: "results go to the dedicated log group /aws/bedrock-agentcore/evaluations/results/<online-evaluation-config-id>, which the service creates (CloudWatchLogWriteStatement: logs:CreateLogGroup, CreateLogStream, PutLogEvents)",
};
const JUDGE: Citation = {
    url: PAGES.prerequisites,
    shows: "BedrockInvokeStatement: bedrock:InvokeModel, bedrock:InvokeModelWithResponseStream on foundation models and inference profiles, required when using a custom evaluator",
};
const LAMBDA: Citation = {
    url: PAGES.codeBased,
    shows: "the service execution role needs lambda:InvokeFunction and lambda:GetFunction on arn:aws:lambda:region:account-id:function:function-name",
};

const OTHER_EVALUATOR = agentCoreArn("evaluator/tone_judge-AbCdE12345");
const EVALUATOR_CONTEXT = "kms:EncryptionContext:aws:bedrock-agentcore:evaluatorArn";
const ROLE_DECRYPTS: Citation = {
    url: PAGES.createConfig,
    shows: "evaluationExecutionRoleArn: if any evaluator uses a customer managed KMS key, the role must also have kms:Decrypt permission on the key; validated at configuration creation time",
    unconfirmed:
        "the evaluation encryption page says AgentCore's service principal decrypts for online evaluations instead; that the role's call carries kms:ViaService and the evaluator's encryption context (that page's kms:EncryptionContext:aws:bedrock-agentcore:evaluatorArn) is inferred",
};
const SERVICE_DECRYPTS: Citation = {
    url: PAGES.encryption,
    shows: "for online evaluation, the service decrypts evaluator instructions asynchronously using its own service principal (bedrock-agentcore.amazonaws.com), granted kms:Decrypt in the key policy, scoped by aws:SourceAccount and aws:SourceArn = the evaluator's ARN",
};
const decryptBy = (principal: AwsRequest["principal"], evaluator: string): Record<string, string> =>
    principal === "role"
        ? {
              "kms:ViaService": "bedrock-agentcore.us-east-1.amazonaws.com",
              [EVALUATOR_CONTEXT]: evaluator,
          }
        : { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": evaluator, [EVALUATOR_CONTEXT]: evaluator };

/** Every request of the online evaluation's role, and its neighbours'. */
export const ONLINE_EVALUATION_REQUESTS: AwsRequest[] = [
    row(
        "agentcore.evaluation.trust.config",
        {
            principal: "bedrock-agentcore.amazonaws.com",
            action: "sts:AssumeRole",
            resource: THE_ROLE,
            context: trustContext(CONFIG),
        },
        { ...TRUST, unconfirmed: WHICH_SOURCE },
    ),
    row(
        "agentcore.evaluation.trust.evaluator",
        {
            principal: "bedrock-agentcore.amazonaws.com",
            action: "sts:AssumeRole",
            resource: THE_ROLE,
            context: trustContext(EVALUATOR),
        },
        { ...TRUST, unconfirmed: WHICH_SOURCE },
    ),
    row(
        "agentcore.evaluation.trust.config",
        {
            principal: "bedrock-agentcore.amazonaws.com",
            action: "sts:AssumeRole",
            resource: THE_ROLE,
            context: trustContext(LONGER_CONFIG),
        },
        CONFIG_ID,
        "ImplicitlyDenied",
    ),
    ...[
        ["runtime", RUNTIME_LOG_GROUP],
        ["spans", "aws/spans"],
    ].flatMap(([at, group]) => [
        ...["logs:StartQuery", "logs:GetQueryResults"].flatMap((action) => [
            row(
                `agentcore.evaluation.logs.${at}`,
                { action, resource: logGroup(group) },
                { ...READ, unconfirmed: SAR_FORM },
            ),
            row(
                `agentcore.evaluation.logs.${at}.anyStream`,
                { action, resource: `${logGroup(group)}:*` },
                STAR_FORM,
            ),
        ]),
    ]),
    row(
        "agentcore.evaluation.logs.otherRuntime",
        {
            action: "logs:StartQuery",
            resource: logGroup("/aws/bedrock-agentcore/runtimes/billing_agent-AbCdE12345-DEFAULT"),
        },
        { ...READ, unconfirmed: SAR_FORM },
        "ImplicitlyDenied",
    ),
    row(
        "agentcore.evaluation.logs",
        { action: "logs:DescribeLogGroups", resource: "*" },
        {
            ...READ,
            unconfirmed: "DescribeLogGroups has no resource type in the SAR, so IAM authorizes it against *",
        },
    ),
    ...["logs:DescribeIndexPolicies", "logs:PutIndexPolicy"].map((action) =>
        row(
            "agentcore.evaluation.spansIndex",
            { action, resource: "*" },
            {
                url: PAGES.prerequisites,
                shows: "CloudWatchIndexPolicyStatement: logs:DescribeIndexPolicies, logs:PutIndexPolicy on log-group:aws/spans and log-group:aws/spans:*, to configure log indexing for trace analysis",
                unconfirmed:
                    "the SAR (list_amazoncloudwatchlogs) gives both actions no resource type, so IAM authorizes them against *, not the aws/spans ARN AWS's evaluation page names",
            },
        ),
    ),
    ...["", ":*"].map((suffix) =>
        row(
            `agentcore.evaluation.results${suffix ? ".anyStream" : ""}`,
            {
                action: "logs:CreateLogGroup",
                resource: `${logGroup(`${RESULTS}/support_evaluation-AbCdE12345`)}${suffix}`,
            },
            {
                ...RESULTS_GROUP,
                ...(suffix
                    ? {
                          unconfirmed:
                              "whether CreateLogGroup is authorized against the group's :* form, as CloudWatch Logs does for some actions",
                      }
                    : {}),
            },
        ),
    ),
    ...["logs:CreateLogStream", "logs:PutLogEvents"].map((action) =>
        row(
            "agentcore.evaluation.results",
            {
                action,
                resource: `${logGroup(`${RESULTS}/support_evaluation-AbCdE12345`)}:log-stream:2026/12/03/online-evaluation`,
            },
            { ...RESULTS_GROUP, unconfirmed: "the results group's log stream names are not documented" },
        ),
    ),
    row(
        "agentcore.evaluation.results",
        {
            action: "logs:PutLogEvents",
            resource: `${logGroup(`${RESULTS}/support_evaluation_v2-AbCdE12345`)}:log-stream:2026/12/03/online-evaluation`,
        },
        CONFIG_ID,
        "ImplicitlyDenied",
    ),
    row("agentcore.evaluation.judge.profile", { action: "bedrock:InvokeModel", resource: PROFILE }, JUDGE),
    ...["us-east-1", "us-east-2", "us-west-2"].map((region) =>
        row(
            `agentcore.evaluation.judge.model.${region}`,
            {
                action: "bedrock:InvokeModel",
                resource: model(region),
                context: { "bedrock:InferenceProfileArn": PROFILE },
            },
            {
                url: PAGES.profilesPrereq,
                shows: "a profile's destination models are invoked through it: bedrock:InvokeModel on the foundation model with bedrock:InferenceProfileArn = the profile",
            },
        ),
    ),
    row(
        "agentcore.evaluation.judge.onDemand",
        { action: "bedrock:InvokeModel", resource: model("us-east-1") },
        {
            ...JUDGE,
            unconfirmed: "the same model called on demand, not through the profile the evaluator names",
        },
        "ImplicitlyDenied",
    ),
    ...["lambda:InvokeFunction", "lambda:GetFunction"].map((action) =>
        row("agentcore.evaluation.codeEvaluator", { action, resource: fn("score-refunds") }, LAMBDA),
    ),
    row(
        "agentcore.evaluation.codeEvaluator",
        { action: "lambda:InvokeFunction", resource: fn("score-refunds-admin") },
        LAMBDA,
        "ImplicitlyDenied",
    ),
    ...(
        [
            ["role", ROLE_DECRYPTS],
            ["bedrock-agentcore.amazonaws.com", SERVICE_DECRYPTS],
        ] as const
    ).flatMap(([principal, source]) => {
        const at = `agentcore.evaluation.key.${principal === "role" ? "role" : "service"}`;
        const decrypt = (evaluator: string) => ({
            principal,
            action: "kms:Decrypt",
            resource: EVALUATOR_KEY,
            context: decryptBy(principal, evaluator),
        });
        return [
            row(at, decrypt(EVALUATOR), source),
            row(at, decrypt(OTHER_EVALUATOR), source, "ImplicitlyDenied"),
        ];
    }),
];
