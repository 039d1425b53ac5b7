// A user's own Pulumi project in a folder of its own, as the offline plan meets it.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { offlineRun, OfflineRun } from "../../planner/offlineRun";
import { readPulumiProject } from "../../planner/run/pulumiProject";
import { readStackFile } from "../../planner/run/stackFile";

const ROOT = path.resolve(__dirname, "../..");
const AWS = require.resolve("@pulumi/aws");
const PULUMI = require.resolve("@pulumi/pulumi");

/** The config of the stack `dev` every user project has, unless given. */
export const DEV_STACK =
    'config:\n  aws:region: eu-west-1\n  aws:allowedAccountIds: ["111122223333"]\n  shop:model: amazon.nova-pro-v1:0\n';

/**
 * A Node.js Pulumi project `shop` in a folder of its own, whose program is `program` (JavaScript),
 * with `aws`, `pulumi` and `BedrockAgentRole` in scope, and a stack `dev`.
 * @returns the project's folder
 */
export function userProject(
    program: string,
    pulumiYaml = "name: shop\nruntime: nodejs\n",
    stack = DEV_STACK,
): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "user-project-"));
    fs.writeFileSync(path.join(folder, "Pulumi.yaml"), pulumiYaml);
    fs.writeFileSync(path.join(folder, "Pulumi.dev.yaml"), stack);
    fs.writeFileSync(
        path.join(folder, "index.js"),
        [
            `const aws = require(${JSON.stringify(PROGRAM_MODULES.aws)});`,
            `const pulumi = require(${JSON.stringify(PROGRAM_MODULES.pulumi)});`,
            `const { BedrockAgentRole } = require(${JSON.stringify(PROGRAM_MODULES.component)});`,
            program,
        ].join("\n"),
    );
    return folder;
}

/**
 * A Lambda function's trust policy, as a program's JavaScript expression: a hand-written role that
 * the policy pack's rules find nothing in.
 */
export const LAMBDA_TRUST_POLICY =
    'JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }] })';

/** The modules a user's program loads, by absolute path: the SDKs and this package. */
export const PROGRAM_MODULES = { aws: AWS, pulumi: PULUMI, component: path.join(ROOT, "index.ts") };

/** Plans the stack `dev` of the project in `folder`, in this process. */
export function planUserProject(folder: string, timeoutSeconds?: number): Promise<OfflineRun> {
    const project = readPulumiProject(folder);
    return offlineRun(readStackFile("dev", project), project, { timeoutSeconds });
}
