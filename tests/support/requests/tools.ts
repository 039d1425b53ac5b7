// The requests AgentCore's custom tools make with their execution roles, as AWS presents them: a
// browser's trust and session recordings and its enterprise policy files; a code interpreter's
// trust, and the S3 calls of the code it runs. Written from AWS's pages and the fixtures' names
// (tests/support/agentCoreFixtures.ts), never from the package's statements; joined into
// tests/support/awsRequests.ts's table.
import { allowed, AwsRequest, Citation, neighbour, THE_ROLE, AGENTCORE_GUIDE } from "./requestRows";
import { ACCOUNT } from "../iamEvaluation";

const AGENTCORE = "bedrock-agentcore.amazonaws.com";
const CONTROL = "https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference";
const PAGES = {
    browserSessions: `${AGENTCORE_GUIDE}/browser-resource-session-management.html`,
    browserRecording: `${AGENTCORE_GUIDE}/browser-session-recording.html`,
    browserPolicies: `${AGENTCORE_GUIDE}/browser-enterprise-policies.html`,
    getBrowser: `${CONTROL}/API_GetBrowser.html`,
    interpreterSessions: `${AGENTCORE_GUIDE}/code-interpreter-resource-session-management.html`,
    interpreterS3: `${AGENTCORE_GUIDE}/code-interpreter-s3-integration.html`,
    getCodeInterpreter: `${CONTROL}/API_GetCodeInterpreter.html`,
    listObjects: "https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html",
    s3Conditions: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html",
};

const agentCoreArn = (resource: string) => `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:${resource}`;
const inAccount = { "aws:ResourceAccount": ACCOUNT };
const fromSource = (source: string) => ({ "aws:SourceAccount": ACCOUNT, "aws:SourceArn": source });

const SOURCE_ARN_UNCONFIRMED =
    "AWS's trust admits any AgentCore resource of the account; that the ARN AgentCore presents is the tool's own rests on CDK's shipped browser-custom/<name>* and code-interpreter-custom/<name>* trusts (agentcore-iam-facts-2.md); no AWS page shows it";

// ---------------------------------------------------------------------------------------------
// A custom browser: research_browser, recording to browser-recordings/sessions/.

const BROWSER = agentCoreArn("browser-custom/research_browser-AbCdE12345");
const BROWSER_IDS: Citation = {
    url: PAGES.getBrowser,
    shows: "browserId ([a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}); browserArn arn:…:bedrock-agentcore:<region>:<account>:browser(-custom)?/<browserId>: browser research_browser_admin gets the id research_browser_admin-<ten characters>",
};
/** A browser session's id, as a placeholder: the grant covers any key under the prefix. */
const SESSION = "01K6Q5Z2V4X8N3T7R9M1B2C3D4";
const RECORDING_ACTIONS = ["s3:PutObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"];
const RECORDING_GRANT: Citation = {
    url: PAGES.browserSessions,
    shows: 'session recording: the execution role needs s3:PutObject, s3:ListMultipartUploadParts, s3:AbortMultipartUpload on "arn:aws:s3:::example-s3-bucket/example-prefix/*" with "aws:ResourceAccount"',
};
const RECORDING_LAYOUT = `${PAGES.browserRecording}: recordings are uploaded during the session as s3://<bucket>/<prefix>/<session-id>/batch_<n>.ndjson.gz`;
const POLICY_FILE = (key: string) => `arn:aws:s3:::browser-policies/${key}`;
const POLICY_GRANT: Citation = {
    url: PAGES.browserPolicies,
    shows: 'EnterprisePolicyS3Access: s3:GetObject, s3:GetObjectVersion on "arn:aws:s3:::<S3Bucket>/<path_to_policies>/*"; managed policies are given at CreateBrowser and read "at the time of the API call"',
    unconfirmed:
        "the page asks for these in \"your IAM policy\" and never names the execution role; that AgentCore reads a browser's MANAGED files as the browser's role (rather than as CreateBrowser's caller) is undocumented",
};

const BROWSER_REQUESTS: AwsRequest[] = [
    allowed({
        at: "agentcore.browser.trust",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: fromSource(BROWSER),
        source: {
            url: PAGES.browserSessions,
            shows: 'execution role trust: bedrock-agentcore.amazonaws.com, "aws:SourceAccount": "111122223333", "aws:SourceArn": "arn:aws:bedrock-agentcore:us-east-1:111122223333:*"',
            unconfirmed: SOURCE_ARN_UNCONFIRMED,
        },
    }),
    neighbour({
        at: "agentcore.browser.trust",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: fromSource(agentCoreArn("browser-custom/research_browser_admin-AbCdE12345")),
        source: BROWSER_IDS,
    }),
    neighbour({
        at: "agentcore.browser.trust.interpreter",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: fromSource(agentCoreArn("code-interpreter-custom/research_browser-AbCdE12345")),
        source: { ...BROWSER_IDS, shows: `${BROWSER_IDS.shows}; a code interpreter may bear the same name` },
    }),
    ...RECORDING_ACTIONS.map((action) =>
        allowed({
            at: "agentcore.browser.recording",
            principal: "role",
            action,
            resource: `arn:aws:s3:::browser-recordings/sessions/${SESSION}/batch_1.ndjson.gz`,
            context: inAccount,
            source: { ...RECORDING_GRANT, shows: `${RECORDING_GRANT.shows}; ${RECORDING_LAYOUT}` },
        }),
    ),
    // The fixture's prefix ends with "/": whether AgentCore drops it before adding its own is not documented.
    ...RECORDING_ACTIONS.map((action) =>
        allowed({
            at: "agentcore.browser.recording.doubleSlash",
            principal: "role",
            action,
            resource: `arn:aws:s3:::browser-recordings/sessions//${SESSION}/batch_1.ndjson.gz`,
            context: inAccount,
            source: {
                ...RECORDING_GRANT,
                shows: `${RECORDING_GRANT.shows}; ${RECORDING_LAYOUT}`,
                unconfirmed:
                    "with the prefix sessions/ (Pulumi's AgentcoreBrowser example gives browser-sessions/), the layout joined literally gives sessions//<session-id>/; whether AgentCore writes that or sessions/<session-id>/ is undocumented, so both must be allowed",
            },
        }),
    ),
    neighbour({
        at: "agentcore.browser.recording.longerPrefix",
        principal: "role",
        action: "s3:PutObject",
        resource: `arn:aws:s3:::browser-recordings/sessions-archive/${SESSION}/batch_1.ndjson.gz`,
        context: inAccount,
        source: { ...RECORDING_GRANT, shows: `${RECORDING_GRANT.shows}; ${RECORDING_LAYOUT}` },
    }),
    ...["s3:GetObject", "s3:GetObjectVersion"].map((action) =>
        allowed({
            at: "agentcore.browser.policies",
            principal: "role",
            action,
            resource: POLICY_FILE("managed/allow-list.json"),
            context: inAccount,
            source: POLICY_GRANT,
        }),
    ),
    neighbour({
        at: "agentcore.browser.policies.otherFile",
        principal: "role",
        action: "s3:GetObject",
        resource: POLICY_FILE("managed/allow-list.json.bak"),
        context: inAccount,
        source: POLICY_GRANT,
    }),
];

// ---------------------------------------------------------------------------------------------
// A custom code interpreter: analysis_sandbox, reading analysis-data/input/ and
// reference-data/rates, writing analysis-data/output/. The requests are the sandboxed code's, made
// with the role's credentials (agentcore-iam-facts-2.md: MMDS serves them inside the microVM).

const INTERPRETER = agentCoreArn("code-interpreter-custom/analysis_sandbox-AbCdE12345");
const INTERPRETER_IDS: Citation = {
    url: PAGES.getCodeInterpreter,
    shows: "codeInterpreterId ([a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}); codeInterpreterArn …:code-interpreter(-custom)?/<codeInterpreterId>: code interpreter analysis_sandbox_v2 gets the id analysis_sandbox_v2-<ten characters>",
};
const INTERPRETER_S3: Citation = {
    url: PAGES.interpreterS3,
    shows: 'the execution role lets the code interpreter call S3: s3:GetObject, s3:PutObject on "arn:aws:s3:::<bucket>/*" (the package narrows it to the prefixes named)',
};
const LISTING: Citation = {
    url: PAGES.s3Conditions,
    shows: "s3:ListBucket (ListObjects, ListObjectsV2) with the s3:prefix condition key: the Prefix the request asks for",
};

const INTERPRETER_REQUESTS: AwsRequest[] = [
    allowed({
        at: "agentcore.codeInterpreter.trust",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: fromSource(INTERPRETER),
        source: {
            url: PAGES.interpreterSessions,
            shows: 'execution role trust: bedrock-agentcore.amazonaws.com with "aws:SourceAccount" and "aws:SourceArn": "arn:aws:bedrock-agentcore:<region>:<account>:*"',
            unconfirmed: SOURCE_ARN_UNCONFIRMED,
        },
    }),
    neighbour({
        at: "agentcore.codeInterpreter.trust",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: fromSource(agentCoreArn("code-interpreter-custom/analysis_sandbox_v2-AbCdE12345")),
        source: INTERPRETER_IDS,
    }),
    ...(
        [
            ["input", "arn:aws:s3:::analysis-data/input/2026/sales.csv"],
            ["rates", "arn:aws:s3:::reference-data/rates/eur.json"],
        ] as const
    ).map(([which, resource]) =>
        allowed({
            at: `agentcore.codeInterpreter.read.${which}`,
            principal: "role",
            action: "s3:GetObject",
            resource,
            context: inAccount,
            source: INTERPRETER_S3,
        }),
    ),
    ...(
        [
            ["input", "analysis-data", "input/"],
            ["inputFolder", "analysis-data", "input/2026/"],
            ["rates", "reference-data", "rates/"],
        ] as const
    ).map(([which, bucket, prefix]) =>
        allowed({
            at: `agentcore.codeInterpreter.list.${which}`,
            principal: "role",
            action: "s3:ListBucket",
            resource: `arn:aws:s3:::${bucket}`,
            context: { ...inAccount, "s3:prefix": prefix },
            source: LISTING,
        }),
    ),
    allowed({
        at: "agentcore.codeInterpreter.write",
        principal: "role",
        action: "s3:PutObject",
        resource: "arn:aws:s3:::analysis-data/output/2026/report.csv",
        context: inAccount,
        source: INTERPRETER_S3,
    }),
    neighbour({
        at: "agentcore.codeInterpreter.read.longerPrefix",
        principal: "role",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::analysis-data/input-archive/2025/sales.csv",
        context: inAccount,
        source: INTERPRETER_S3,
    }),
    neighbour({
        at: "agentcore.codeInterpreter.read.output",
        principal: "role",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::analysis-data/output/2026/report.csv",
        context: inAccount,
        source: INTERPRETER_S3,
    }),
    neighbour({
        at: "agentcore.codeInterpreter.write.input",
        principal: "role",
        action: "s3:PutObject",
        resource: "arn:aws:s3:::analysis-data/input/2026/sales.csv",
        context: inAccount,
        source: INTERPRETER_S3,
    }),
    ...(
        [
            ["output", "analysis-data", "output/"],
            ["longerPrefix", "analysis-data", "input-archive/"],
            ["noSlash", "analysis-data", "input"],
            ["otherBucket", "reference-data", "input/"],
        ] as const
    ).map(([which, bucket, prefix]) =>
        neighbour({
            at: `agentcore.codeInterpreter.list.${which}`,
            principal: "role",
            action: "s3:ListBucket",
            resource: `arn:aws:s3:::${bucket}`,
            context: { ...inAccount, "s3:prefix": prefix },
            source: {
                ...LISTING,
                shows: `${LISTING.shows}; ${PAGES.listObjects}: Prefix limits the response to keys that begin with it (input also lists input-archive/)`,
            },
        }),
    ),
    neighbour({
        at: "agentcore.codeInterpreter.list.wholeBucket",
        principal: "role",
        action: "s3:ListBucket",
        resource: "arn:aws:s3:::analysis-data",
        context: inAccount,
        source: {
            ...LISTING,
            shows: `${LISTING.shows}; a listing without Prefix carries no s3:prefix and lists the whole bucket`,
        },
    }),
];

/** Every request of the custom tools' roles. */
export const TOOL_REQUESTS: readonly AwsRequest[] = [...BROWSER_REQUESTS, ...INTERPRETER_REQUESTS];
