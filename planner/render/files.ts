// The plan as files: plan.json, and per component a folder of its documents as IAM takes them.
import * as fs from "fs";
import * as path from "path";
import type { RolePlanView } from "../planFile";
import { policyDocument, renderPolicy, renderStatements } from "../../components/iam/policyDocument";
import { joinedDeployerStatements } from "../../components/grants/deployer";
import { renderDeliveryPolicies } from "../../components/grants/deliveryPolicies";
import type { PlanFile } from "../planFile";
import { identityPolicies } from "./sections";
import { ArgumentError } from "../../components/iam/argumentError";
import { shortHash } from "../../components/iam/names";

/** One role's documents, by file name. */
function roleFiles(plan: RolePlanView): Record<string, string> {
    const files: Record<string, string> = { "trust-policy.json": renderPolicy(plan.trustPolicy) };
    identityPolicies(plan).forEach((policy, i) => {
        files[i === 0 ? "identity-policy.json" : `managed-policy-${policy.name}.json`] = renderPolicy(
            policy.document,
        );
    });
    for (const p of plan.kind === "agent" ? plan.lambdaPermissions : []) {
        const { key, function: fn, statementId, action, principal, sourceAccount, sourceArn } = p;
        files[`lambda-permission-${key}.json`] = JSON.stringify(
            { key, function: fn, statementId, action, principal, sourceAccount, sourceArn },
            null,
            2,
        );
    }
    for (const key of plan.keyPolicies) {
        files[`key-policy-${key.keyId}.json`] = renderStatements(key.statements);
    }
    if (plan.callerPolicy) {
        files["caller-policy.json"] = renderPolicy(plan.callerPolicy);
    }
    if (plan.kind !== "agent" && plan.resourcePolicy) {
        files["resource-policy-statements.json"] = renderStatements(plan.resourcePolicy);
    }
    if (plan.deliveryPolicies) {
        files["delivery-policies.json"] = renderDeliveryPolicies(plan.deliveryPolicies);
    }
    if (plan.deployerStatements) {
        files["deployer-statements.json"] = renderStatements(plan.deployerStatements);
    }
    return files;
}

/**
 * The program's deployer policy: every role's deployer statements joined, for the principal that
 * runs `pulumi up` (its CI role).
 */
export const DEPLOYER_POLICY = "deployer-policy.json";

/** The file in each folder the plan writes that lists what it wrote there: only those it ever removes. */
export const MANIFEST = ".bedrock-agent-plan-files";

interface Manifest {
    writtenBy: "bedrock-agent-plan";
    files: string[];
}

/** The files an earlier run wrote in `folder`, by its manifest; none when it has none. */
function previouslyWritten(folder: string): Set<string> {
    const file = path.join(folder, MANIFEST);
    if (!fs.existsSync(file)) {
        return new Set();
    }
    try {
        const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Manifest>;
        return manifest.writtenBy === "bedrock-agent-plan" && Array.isArray(manifest.files)
            ? new Set(manifest.files.filter((f): f is string => typeof f === "string"))
            : new Set();
    } catch {
        return new Set();
    }
}

/**
 * A component's folder: its name when that is a plain file name, else the name with every other
 * character replaced and a hash of it, so that no name (`../..`, `a/b`) leads out of the folder.
 */
function folderOf(component: string): string {
    return /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(component) && !component.includes("..")
        ? component
        : `${component.replace(/[^A-Za-z0-9_-]/g, "_")}-${shortHash(component)}`;
}

/**
 * Writes `plan.json`, the program's deployer policy and, per component, a folder of its documents, and lists them in the
 * folder's manifest. It removes only files an earlier run listed there and this one no longer
 * writes, and overwrites only those: a file it did not write (a project's package.json, when
 * `--out` is the project's root) is never touched.
 * @returns the files written, relative to `folder`
 * @throws ArgumentError naming `--out` when it is a file, or when a file the plan would write
 *   exists and no earlier run wrote it
 */
export function writePlan(file: PlanFile, folder: string): string[] {
    if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) {
        throw new ArgumentError("--out", `${folder} is a file, not a folder`, "--out plan/example");
    }
    const files: Record<string, string> = { "plan.json": JSON.stringify(file, null, 2) };
    const deployer = joinedDeployerStatements(
        file.roles.flatMap(({ plan }) => plan.deployerStatements ?? []),
    );
    if (deployer.length > 0) {
        files[DEPLOYER_POLICY] = renderPolicy(policyDocument(deployer));
    }
    for (const { component, plan } of file.roles) {
        for (const [name, text] of Object.entries(roleFiles(plan))) {
            files[path.join(folderOf(component), name)] = text;
        }
    }
    const previous = previouslyWritten(folder);
    const foreign = Object.keys(files).find(
        (name) => fs.existsSync(path.join(folder, name)) && !previous.has(name),
    );
    if (foreign) {
        throw new ArgumentError(
            "--out",
            `${path.join(folder, foreign)} exists and bedrock-agent-plan did not write it, so it is left as it is`,
            "--out plan/example, a folder of its own",
        );
    }
    for (const stale of previous) {
        const target = path.join(folder, stale);
        if (!(stale in files) && !path.relative(folder, target).startsWith("..") && fs.existsSync(target)) {
            fs.rmSync(target);
        }
    }
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        fs.writeFileSync(path.join(folder, name), `${text}\n`);
    }
    const manifest: Manifest = { writtenBy: "bedrock-agent-plan", files: Object.keys(files).sort() };
    fs.writeFileSync(path.join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest.files;
}
