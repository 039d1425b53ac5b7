// The plan as files: plan.json, and per component a folder of its documents as IAM takes them.
import * as fs from "fs";
import * as path from "path";
import type { AgentPermissionsPlan } from "../../components/agents/agentPermissionsPlan";
import { renderPolicy, renderStatements } from "../../components/iam/policyDocument";
import type { PlanFile } from "../planFile";
import { identityPolicies } from "./sections";

/** One role's documents, by file name. */
function roleFiles(plan: AgentPermissionsPlan): Record<string, string> {
    const files: Record<string, string> = { "trust-policy.json": renderPolicy(plan.trustPolicy) };
    identityPolicies(plan).forEach((policy, i) => {
        files[i === 0 ? "identity-policy.json" : `managed-policy-${policy.name}.json`] = renderPolicy(
            policy.document,
        );
    });
    for (const p of plan.lambdaPermissions) {
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
    return files;
}

/**
 * Writes `plan.json` and, per component, a folder of its documents; removes stale ones.
 * @returns the files written, relative to `folder`
 */
export function writePlan(file: PlanFile, folder: string): string[] {
    const files: Record<string, string> = { "plan.json": JSON.stringify(file, null, 2) };
    for (const { component, plan } of file.roles) {
        for (const [name, text] of Object.entries(roleFiles(plan))) {
            files[path.join(component, name)] = text;
        }
    }
    fs.mkdirSync(folder, { recursive: true });
    const stale = fs
        .readdirSync(folder, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".json") && !(f in files));
    stale.forEach((f) => fs.rmSync(path.join(folder, f)));
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        fs.writeFileSync(path.join(folder, name), `${text}\n`);
    }
    return Object.keys(files).sort();
}
