// Loads a Pulumi project's program as the Pulumi CLI's Node.js language host does: its TypeScript
// through its own ts-node and tsconfig, type-checked, and ES modules through import().
import { randomUUID } from "crypto";
import * as fs from "fs";
import * as nodeModule from "module";
import * as path from "path";
import { pathToFileURL } from "url";
import { ProgramError } from "./programError";
import type { PulumiProject } from "./pulumiProject";

/** Resolves a module as the program would, from its own folder. */
export const fromProgram = (project: PulumiProject, request: string) =>
    require.resolve(request, { paths: [project.directory] });

/**
 * Lets Node load the program's TypeScript as the Pulumi CLI's Node.js host does
 * (`@pulumi/pulumi/cmd/run/run.js`): with the project's own `ts-node` and `typescript` where it
 * has them, else those its `@pulumi/pulumi` ships; with the project's `tsconfig.json` (or the file
 * `PULUMI_NODEJS_TSCONFIG_PATH` names); type-checked unless `PULUMI_NODEJS_TRANSPILE_ONLY=true`,
 * the tsconfig's `noCheck`, or `typeCheck` is false. A program `pulumi up` would refuse for a type
 * error then fails the plan too.
 * @param sdkPath the entry of the program's `@pulumi/pulumi`
 */
export function registerTypeScript(project: PulumiProject, sdkPath: string, typeCheck: boolean): void {
    if (!/\.[cm]?ts$/.test(project.entry) || require.extensions[".ts"]) {
        return;
    }
    const vendor = path.join(path.dirname(sdkPath), "vendor");
    const own = (request: string, vendored: string) => {
        try {
            return fromProgram(project, request);
        } catch {
            return path.join(vendor, vendored);
        }
    };
    const compiler = own("typescript", path.join("typescript@3.8.3", "typescript.js"));
    const tsconfig = path.resolve(
        project.directory,
        process.env.PULUMI_NODEJS_TSCONFIG_PATH ?? "tsconfig.json",
    );
    const skipProject = !fs.existsSync(tsconfig);
    if (skipProject && process.env.PULUMI_NODEJS_TSCONFIG_PATH) {
        throw new ProgramError(
            project.name,
            new Error(`tsconfig path was set to ${tsconfig} but the file was not found`),
        );
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ts = require(compiler) as {
        version: string;
        readConfigFile(
            file: string,
            read: (file: string) => string | undefined,
        ): { config?: { compilerOptions?: { noCheck?: unknown } } };
        sys: { readFile(file: string): string | undefined };
    };
    // The project's own compiler options, as the compiler reads the file (comments and all).
    const projectOptions = skipProject
        ? {}
        : (ts.readConfigFile(tsconfig, ts.sys.readFile).config?.compilerOptions ?? {});
    const transpileEnv = process.env.PULUMI_NODEJS_TRANSPILE_ONLY;
    const transpileOnly =
        !typeCheck || (transpileEnv ? transpileEnv === "true" : projectOptions.noCheck === true);
    const [major, minor] = ts.version.split(".").map(Number);
    const nodeNext = major > 4 || (major === 4 && minor >= 7);
    const options = {
        compiler,
        transpileOnly,
        project: tsconfig,
        skipProject,
        // Pulumi's defaults, under the project's own options, as its host sets them.
        compilerOptions: {
            target: "ES2020",
            module: nodeNext ? "nodenext" : "commonjs",
            moduleResolution: nodeNext ? "nodenext" : "node",
            sourceMap: true,
            ...projectOptions,
        },
    };
    if (isModuleProject(project)) {
        registerModuleHooks(project, options);
        return;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require(own("ts-node", "ts-node@7.0.1")) as { register(options: object): void }).register(options);
}

/**
 * Registers ts-node's ES-module hooks with Node, as Pulumi's host does for an ES-module project:
 * the project's own ts-node, told the options through its environment variables.
 * @throws ProgramError when the project has no ts-node
 */
function registerModuleHooks(
    project: PulumiProject,
    options: {
        compiler: string;
        transpileOnly: boolean;
        project: string;
        skipProject: boolean;
        compilerOptions: object;
    },
): void {
    let loader: string;
    try {
        loader = fromProgram(project, "ts-node/esm");
    } catch {
        throw new ProgramError(
            project.name,
            new Error(
                "it is an ES-module TypeScript program, which needs ts-node in the project (its ts-node/esm loader), as pulumi up does",
            ),
        );
    }
    process.env.TS_NODE_PROJECT = options.project;
    process.env.TS_NODE_SKIP_PROJECT = String(options.skipProject);
    process.env.TS_NODE_TRANSPILE_ONLY = String(options.transpileOnly);
    process.env.TS_NODE_COMPILER = options.compiler;
    process.env.TS_NODE_COMPILER_OPTIONS = JSON.stringify(options.compilerOptions);
    nodeModule.register(pathToFileURL(loader).href);
}

/** Whether the program is an ES module: an `.mjs`/`.mts` entry, or its package.json says `"type": "module"`. */
function isModuleProject(project: PulumiProject): boolean {
    if (/\.m[jt]s$/.test(project.entry)) {
        return true;
    }
    for (let folder = path.dirname(project.entry); ; folder = path.dirname(folder)) {
        const manifest = path.join(folder, "package.json");
        if (fs.existsSync(manifest)) {
            return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { type?: unknown }).type === "module";
        }
        if (path.dirname(folder) === folder) {
            return false;
        }
    }
}

/** Loads the program: `require` for CommonJS, `import` for an ES module (top-level await included). */
export async function loadProgram(project: PulumiProject): Promise<unknown> {
    if (!isModuleProject(project)) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require(project.entry) as unknown;
    }
    // TypeScript compiles `import()` to `require()` in CommonJS output; Function keeps it an import.
    const importModule = new Function("url", "return import(url)") as (url: string) => Promise<unknown>;
    // Node keeps an ES module once loaded, whatever the require cache holds: a query of its own
    // makes each run import the program afresh.
    return importModule(`${pathToFileURL(project.entry).href}?run=${randomUUID()}`);
}
