import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { ArgumentError } from "../components/argumentError";

/** A stack's config as the Pulumi CLI hands it to a program: every value a string, structures as JSON. */
export interface StackFile {
    project: string;
    stack: string;
    /** Path of the stack file read. */
    file: string;
    config: Record<string, string>;
}

function projectName(directory: string): string {
    const projectFile = path.join(directory, "Pulumi.yaml");
    if (!fs.existsSync(projectFile)) {
        throw new ArgumentError(
            "stack",
            `no Pulumi.yaml in ${directory} to name the project`,
            "run it in the project folder",
        );
    }
    const project = parse(fs.readFileSync(projectFile, "utf8")) as { name?: unknown };
    if (typeof project?.name !== "string") {
        throw new ArgumentError(projectFile, "has no project name", "name: bedrock-agent-role");
    }
    return project.name;
}

/**
 * Reads a stack's config from `Pulumi.<stack>.yaml`, given either the stack name (looked up in
 * `projectDirectory`) or the file's path (the project is the one whose Pulumi.yaml sits beside it).
 * @throws ArgumentError when the file is missing or is not a Pulumi stack file
 */
export function readStackFile(stackOrFile: string, projectDirectory: string): StackFile {
    const isFile = /\.ya?ml$/.test(stackOrFile);
    const file = isFile
        ? path.resolve(stackOrFile)
        : path.resolve(projectDirectory, `Pulumi.${stackOrFile}.yaml`);
    if (!fs.existsSync(file)) {
        throw new ArgumentError("stack", `${file} does not exist`, "example, or path/to/Pulumi.example.yaml");
    }
    const stack = isFile ? path.basename(file).replace(/^Pulumi\.(.*)\.ya?ml$/, "$1") : stackOrFile;
    let document: { config?: Record<string, unknown> };
    try {
        document = (parse(fs.readFileSync(file, "utf8")) ?? {}) as { config?: Record<string, unknown> };
    } catch (error) {
        throw new ArgumentError(
            file,
            `is not valid YAML (${(error as Error).message.split("\n")[0]})`,
            "config:\n  aws:region: us-east-1",
        );
    }
    const config: Record<string, string> = {};
    for (const [key, value] of Object.entries(document.config ?? {})) {
        if (value !== null && typeof value === "object" && "secure" in value) {
            throw new ArgumentError(
                key,
                "is a secret, which the offline plan cannot decrypt",
                "a plain value in the stack used for planning",
            );
        }
        config[key] = typeof value === "string" ? value : JSON.stringify(value);
    }
    return { project: projectName(path.dirname(file)), stack, file, config };
}
