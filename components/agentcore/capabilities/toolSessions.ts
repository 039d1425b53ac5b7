// The browsers and code interpreters a runtime or harness drives: custom ones of the account, by id
// or ARN, or AWS's built-in ones, which live in account `aws`. ARN forms: the AgentCore control
// plane's HarnessAgentCoreBrowserConfig and HarnessAgentCoreCodeInterpreterConfig
// (`arn:aws(-[^:]+)?:bedrock-agentcore:<region>:(aws|<account>):browser(-custom)?/(aws.browser.v1|<id>)`);
// actions: the harness-security page's tool statements and the Service Authorization Reference.
import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { optionalStrings } from "../../iam/argumentTypes";
import { arnFor, ArnRule, checkArn, idOrArn } from "../../iam/arn";
import type { ArnScope } from "../../iam/awsEnvironment";
import { IdentityStatement, sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { agentCoreRule, CUSTOM_BROWSER, CUSTOM_CODE_INTERPRETER } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The browsers and code interpreters the role starts sessions in. */
export interface ToolSessionsArgs {
    /**
     * Browsers whose sessions the role starts, drives and stops: AWS's built-in browser as
     * `aws.browser.v1` or its ARN (`arn:aws:bedrock-agentcore:<region>:aws:browser/aws.browser.v1`),
     * or a custom browser of the account by id (`support_browser-AbCdE12345`) or ARN
     * (`…:browser-custom/<id>`). No other browser's sessions can be started.
     */
    browsers?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Code interpreters whose sessions the role starts and runs code in: AWS's built-in one as
     * `aws.codeinterpreter.v1` or its ARN (`…:aws:code-interpreter/aws.codeinterpreter.v1`), or a
     * custom one of the account by id or ARN (`…:code-interpreter-custom/<id>`). Code run in a
     * custom interpreter holds that interpreter's execution role.
     */
    codeInterpreters?: pulumi.Input<pulumi.Input<string>[]>;
}

/** The account AWS's built-in tools live in. */
const BUILT_IN_ACCOUNT = "aws";

/** One kind of tool: its argument, its custom and built-in ARN rules, what a user of it does. */
interface ToolKind {
    argument: keyof ToolSessionsArgs;
    /** How errors and warnings name one. */
    what: string;
    custom: ArnRule;
    builtIn: ArnRule;
    sid: string;
    /** The actions on the tools named. */
    actions: string[];
}

const BROWSERS: ToolKind = {
    argument: "browsers",
    what: "browser",
    custom: CUSTOM_BROWSER,
    builtIn: agentCoreRule("browser/", /^aws\.browser\.v1$/, "aws.browser.v1"),
    sid: "UseBrowsers",
    actions: [
        "bedrock-agentcore:GetBrowserSession",
        "bedrock-agentcore:StartBrowserSession",
        "bedrock-agentcore:StopBrowserSession",
        "bedrock-agentcore:UpdateBrowserStream",
    ],
};

const CODE_INTERPRETERS: ToolKind = {
    argument: "codeInterpreters",
    what: "code interpreter",
    custom: CUSTOM_CODE_INTERPRETER,
    builtIn: agentCoreRule("code-interpreter/", /^aws\.codeinterpreter\.v1$/, "aws.codeinterpreter.v1"),
    sid: "UseCodeInterpreters",
    actions: [
        "bedrock-agentcore:GetCodeInterpreterSession",
        "bedrock-agentcore:InvokeCodeInterpreter",
        "bedrock-agentcore:ListCodeInterpreterSessions",
        "bedrock-agentcore:StartCodeInterpreterSession",
        "bedrock-agentcore:StopCodeInterpreterSession",
    ],
};

/**
 * The browser actions IAM's reference gives no resource type, so that IAM authorizes them against
 * `*` only: connecting to a session's automation stream (what drives the browser) and live view.
 * AWS's pages scope them to browser ARNs, which under the reference match nothing.
 * `ListBrowserSessions`, `*`-only too, is left out: with these it would let the role find and join
 * the live sessions of every browser of the account, and driving a session it started needs no list.
 */
const BROWSER_STREAM_ACTIONS = [
    "bedrock-agentcore:ConnectBrowserAutomationStream",
    "bedrock-agentcore:ConnectBrowserLiveViewStream",
];

/** A tool named by the args: its ARN, and whether it is a custom one of the account. */
interface NamedTool {
    arn: string;
    custom: boolean;
}

/**
 * The tool a value names: AWS's built-in one (its id, or its ARN in account `aws`), or a custom one
 * of the account (its id or ARN).
 * @throws ArgumentError naming `argument`, with both forms as the example
 */
function namedTool(argument: string, value: string, kind: ToolKind, scope: ArnScope): NamedTool {
    const builtInScope: ArnScope = { environment: { ...scope.environment, account: BUILT_IN_ACCOUNT } };
    const builtIn = kind.builtIn.exampleResource;
    if (
        value === builtIn ||
        (value.startsWith("arn:") && value.includes(`:${kind.builtIn.resourcePrefix}`))
    ) {
        const id = value === builtIn ? value : checkArn(argument, value, kind.builtIn, builtInScope);
        return { arn: arnFor(kind.builtIn, builtInScope, id), custom: false };
    }
    if (!value.startsWith("arn:") && !kind.custom.resource.test(value)) {
        throw new ArgumentError(
            argument,
            `"${value}" is neither AWS's built-in ${kind.what} (${builtIn}) nor the id of a custom ${kind.what}`,
            `${builtIn}, ${kind.custom.exampleResource} or ${arnFor(kind.custom, scope, kind.custom.exampleResource)}`,
        );
    }
    return { arn: idOrArn(argument, value, kind.custom, scope), custom: true };
}

/**
 * Tool sessions: for the browsers named, starting, reading, updating and stopping their sessions
 * (and connecting to the streams of a session, which IAM authorizes against `*` only); for the code
 * interpreters named, starting, listing, reading and stopping their sessions and running code in
 * them. No other tool, custom or built-in, of this or another account; no control plane action.
 * A custom code interpreter is flagged: the code run there holds its execution role.
 * @internal
 */
export const toolSessions: AgentCoreCapability<ToolSessionsArgs> = {
    grant(args, context) {
        const identity: IdentityStatement[] = [];
        const warnings: string[] = [];
        for (const kind of [BROWSERS, CODE_INTERPRETERS]) {
            const tools = optionalStrings(
                kind.argument,
                args[kind.argument],
                kind.builtIn.exampleResource,
            ).map((value, i) => namedTool(`${kind.argument}[${i}]`, value, kind, context));
            if (tools.length === 0) {
                continue;
            }
            identity.push(
                statement({
                    Sid: kind.sid,
                    Effect: "Allow",
                    Action: kind.actions,
                    Resource: sortedUnique(tools.map((tool) => tool.arn)),
                }),
            );
            if (kind === BROWSERS) {
                identity.push(
                    statement({
                        Sid: "ConnectBrowserStreams",
                        Effect: "Allow",
                        Action: BROWSER_STREAM_ACTIONS,
                        Resource: ["*"],
                    }),
                );
            }
            if (kind === CODE_INTERPRETERS) {
                warnings.push(
                    ...sortedUnique(tools.filter((tool) => tool.custom).map((tool) => tool.arn)).map(
                        (arn) =>
                            `codeInterpreters lets ${context.subject} ${context.resourceName} run code in ${arn}, with that code interpreter's execution role: it holds whatever that role may do`,
                    ),
                );
            }
        }
        if (identity.length === 0) {
            return noGrants();
        }
        return { identity, keyPolicy: [], ...(warnings.length > 0 ? { warnings } : {}) };
    },
};
