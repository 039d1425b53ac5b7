import * as fs from "fs";
import * as path from "path";
import { ArgumentError } from "../../components/iam/argumentError";
import { readYamlFile } from "./yamlFile";

/** A Pulumi project of the Node.js runtime, as its `Pulumi.yaml` and `package.json` describe it. */
export interface PulumiProject {
    /** The project's name: the namespace of its own config keys. */
    name: string;
    /** The folder of `Pulumi.yaml`. */
    directory: string;
    /** The program's entry file, resolved as the Pulumi CLI resolves `main`. */
    entry: string;
}

/** The file Node would load for `target`: the file itself, or a folder's `package.json` main or index. */
function entryOf(target: string): string | undefined {
    if (fs.existsSync(target) && fs.statSync(target).isFile()) {
        return target;
    }
    const manifest = path.join(target, "package.json");
    if (fs.existsSync(manifest)) {
        const main = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { main?: unknown }).main;
        if (typeof main === "string") {
            return (
                entryOf(path.join(target, main)) ?? entryOf(path.join(target, main.replace(/\.js$/, ".ts")))
            );
        }
    }
    return ["index.ts", "index.js"]
        .map((file) => path.join(target, file))
        .find((file) => fs.existsSync(file));
}

/**
 * Reads the Pulumi project in `directory`: its name, and the entry of its program, `main` if
 * given (a file or a folder), else the folder's `package.json` main or `index.ts`/`index.js`.
 * @throws ArgumentError naming `Pulumi.yaml` when there is none, or its runtime is not Node.js,
 *   or its program cannot be found
 */
export function readPulumiProject(directory: string): PulumiProject {
    const file = path.join(directory, "Pulumi.yaml");
    if (!fs.existsSync(file)) {
        throw new ArgumentError(
            "--project",
            `${directory} holds no Pulumi.yaml`,
            "--project path/to/project",
        );
    }
    const project: { name?: unknown; runtime?: unknown; main?: unknown } = readYamlFile(file, "name: agents");
    if (typeof project.name !== "string") {
        throw new ArgumentError(`${file}: name`, "is missing", "name: agents");
    }
    const runtime =
        typeof project.runtime === "object" ? (project.runtime as { name?: unknown })?.name : project.runtime;
    if (runtime !== "nodejs") {
        throw new ArgumentError(
            `${file}: runtime`,
            `is ${JSON.stringify(runtime)}; the offline plan runs Node.js programs (Python, Go and .NET programs need the Pulumi CLI)`,
            "runtime: nodejs",
        );
    }
    if (project.main !== undefined && typeof project.main !== "string") {
        throw new ArgumentError(`${file}: main`, "is not a path", "main: index.ts");
    }
    const target = path.resolve(directory, project.main ?? ".");
    const entry = entryOf(target);
    if (!entry) {
        throw new ArgumentError(
            `${file}: main`,
            `names no program: no file, package.json main or index.ts/index.js at ${target}`,
            "main: index.ts",
        );
    }
    return { name: project.name, directory: path.resolve(directory), entry };
}
