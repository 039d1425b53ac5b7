import * as fs from "fs";
import * as path from "path";
import { ArgumentError } from "../../components/iam/argumentError";
import type { PulumiProject } from "./pulumiProject";
import { stackDecrypter } from "./stackSecrets";
import { readYamlFile } from "./yamlFile";

/** A stack's config as the Pulumi CLI hands it to a program: every value a string, structures as JSON. */
export interface StackFile {
    project: string;
    stack: string;
    /** Path of the stack file read. */
    file: string;
    config: Record<string, string>;
    /** The keys whose values are secret in the stack (`secure:`), decrypted in `config`. */
    secretKeys: string[];
}

/** A secret as the stack file holds it, as the Pulumi CLI reads one: a map of `secure` alone, a string. */
const isSecure = (value: unknown): value is { secure: string } =>
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { secure?: unknown }).secure === "string";

/** A config path's next step as `pulumi config set --path` writes it: `[0]`, `.field` or `["a.b"]`. */
const pathStep = (key: string | number) =>
    typeof key === "number"
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `.${key}`
          : `[${JSON.stringify(key)}]`;

/** The path of the first `{ secure: ... }` inside a structured value, if any. */
function nestedSecretPath(value: unknown, path: string): string | undefined {
    if (typeof value !== "object" || value === null) {
        return undefined;
    }
    if (isSecure(value)) {
        return path;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
        ? value.map((item, i) => [i, item])
        : Object.entries(value);
    for (const [key, item] of entries) {
        const found = nestedSecretPath(item, `${path}${pathStep(key)}`);
        if (found) {
            return found;
        }
    }
    return undefined;
}

/**
 * Refuses a structured value holding a secret (`pulumi config set --path --secret`), naming the
 * secret's config path: the plan does not read secrets inside structures, and handing the
 * program `{ secure: ... }` for a value would be wrong in a way it could only report as a type.
 * @throws ArgumentError naming the path, as `project:key[0].field`
 */
function refuseNestedSecret(key: string, value: unknown): void {
    const path = nestedSecretPath(value, key);
    if (path) {
        throw new ArgumentError(
            path,
            "is a secret inside a structured config value (pulumi config set --path --secret), which the offline plan cannot read",
            "a plain value at this path in a stack used for planning, or the whole key as one secret (pulumi config set --secret)",
        );
    }
}

/**
 * Reads a stack's config from `Pulumi.<stack>.yaml`, given either the stack name (looked up in
 * the project's folder) or the file's path, wherever it is.
 * @throws ArgumentError when the file is missing or is not a Pulumi stack file
 */
export function readStackFile(stackOrFile: string, project: PulumiProject): StackFile {
    const isFile = /\.ya?ml$/.test(stackOrFile);
    const file = isFile
        ? path.resolve(stackOrFile)
        : path.resolve(project.directory, `Pulumi.${stackOrFile}.yaml`);
    if (!fs.existsSync(file)) {
        throw new ArgumentError("stack", `${file} does not exist`, "example, or path/to/Pulumi.example.yaml");
    }
    const stack = isFile ? path.basename(file).replace(/^Pulumi\.(.*)\.ya?ml$/, "$1") : stackOrFile;
    const document: { config?: Record<string, unknown>; encryptionsalt?: unknown } = readYamlFile(
        file,
        "config:\n  aws:region: us-east-1",
    );
    const config: Record<string, string> = {};
    const secretKeys: string[] = [];
    let decrypt: ((value: string) => string) | undefined;
    for (const [key, value] of Object.entries(document.config ?? {})) {
        if (isSecure(value)) {
            decrypt ??= stackDecrypter(document.encryptionsalt, key);
            config[key] = decrypt(value.secure);
            secretKeys.push(key);
        } else {
            refuseNestedSecret(key, value);
            config[key] = typeof value === "string" ? value : JSON.stringify(value);
        }
    }
    return { project: project.name, stack, file, config, secretKeys };
}
