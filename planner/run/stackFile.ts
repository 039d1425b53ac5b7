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
        const secure = (value as { secure?: unknown } | null)?.secure;
        if (typeof value === "object" && value !== null && "secure" in value) {
            decrypt ??= stackDecrypter(document.encryptionsalt, key);
            config[key] = decrypt(String(secure));
            secretKeys.push(key);
        } else {
            config[key] = typeof value === "string" ? value : JSON.stringify(value);
        }
    }
    return { project: project.name, stack, file, config, secretKeys };
}
